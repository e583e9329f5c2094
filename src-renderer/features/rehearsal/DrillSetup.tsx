// Sets up the concession drill from a deal's worksheet numbers and estimate, or from numbers typed here.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEGOTIATION_SIDES, type NegotiationSide } from '@shared/domain/deal';
import type { DealSummary } from '@shared/domain/deal-list';
import type { DrillStartInput, DrillView } from '@shared/domain/rehearsal/records';
import { resolveNumbers, theirRangeOf } from '@shared/domain/worksheet';
import { call } from '../../ipc-client';
import { Field } from '../../ui/Field';
import { AmountInput } from '../../ui/AmountInput';
import { currencySymbol } from '../worksheet/money';
import styles from './Rehearse.module.css';
import { Button } from '../../ui/Button';

const PRICE_FIELDS = ['opening', 'target', 'walkAway', 'theirWalkAwayLow', 'theirWalkAwayHigh'] as const;
type PriceField = (typeof PRICE_FIELDS)[number];
type Prices = Record<PriceField, number | null>;
type Errors = Partial<Record<PriceField | 'currency' | 'rounds' | 'form', string>>;

const DEFAULT_ROUNDS = 6;
const emptyPrices = (): Prices => ({
  opening: null,
  target: null,
  walkAway: null,
  theirWalkAwayLow: null,
  theirWalkAwayHigh: null,
});

export function DrillSetup({
  deals,
  initialDealId,
  onStart,
}: {
  deals: DealSummary[];
  initialDealId: string | null;
  onStart: (drill: DrillView, start: DrillStartInput, dealTitle: string | null) => void;
}) {
  const { t, i18n } = useTranslation('rehearsal');
  const { t: tc } = useTranslation();
  const [dealId, setDealId] = useState(() =>
    initialDealId !== null && deals.some((deal) => deal.id === initialDealId) ? initialDealId : (deals[0]?.id ?? ''),
  );
  const [side, setSide] = useState<NegotiationSide>('sell');
  const [currency, setCurrency] = useState('CNY');
  const [prices, setPrices] = useState<Prices>(emptyPrices);
  const [rounds, setRounds] = useState(String(DEFAULT_ROUNDS));
  const [errors, setErrors] = useState<Errors>({});
  const [isStarting, setIsStarting] = useState(false);

  useEffect(() => {
    if (dealId === '') return;
    let isCurrent = true;
    void call('deals:get', { id: dealId }).then((deal) => {
      if (!isCurrent) return;
      const numbers = resolveNumbers(deal.worksheet, deal.side);
      const range = theirRangeOf(numbers);
      setSide(deal.side);
      setCurrency(deal.currency);
      setPrices({
        opening: numbers.opening ?? deal.value,
        target: numbers.target,
        walkAway: numbers.walkAway,
        theirWalkAwayLow: range?.low ?? null,
        theirWalkAwayHigh: range?.high ?? null,
      });
      setErrors({});
    });
    return () => {
      isCurrent = false;
    };
  }, [dealId]);

  const validate = (): Errors => {
    const next: Errors = {};
    for (const field of PRICE_FIELDS) if (prices[field] === null) next[field] = t('drill.errors.required');
    const dir = side === 'sell' ? 1 : -1;
    const { opening, target, walkAway, theirWalkAwayLow: low, theirWalkAwayHigh: high } = prices;
    if (opening !== null && target !== null && dir * target > dir * opening)
      next.target = t(`drill.errors.target.${side}`);
    if (target !== null && walkAway !== null && dir * walkAway > dir * target) {
      next.walkAway = t(`drill.errors.walkAway.${side}`);
    }
    if (low !== null && high !== null && low > high) next.theirWalkAwayLow = t('drill.errors.range');
    if (!/^[A-Za-z]{3}$/.test(currency.trim())) next.currency = t('drill.errors.currency');
    const maxRounds = Number(rounds);
    if (!Number.isInteger(maxRounds) || maxRounds < 2 || maxRounds > 12) next.rounds = t('drill.errors.rounds');
    return next;
  };

  const start = async (): Promise<void> => {
    const next = validate();
    setErrors(next);
    const { opening, target, walkAway, theirWalkAwayLow, theirWalkAwayHigh } = prices;
    if (Object.keys(next).length > 0) return;
    if (opening === null || target === null || walkAway === null || theirWalkAwayLow === null) return;
    if (theirWalkAwayHigh === null) return;
    const input: DrillStartInput = {
      dealId: dealId === '' ? null : dealId,
      side,
      currency: currency.trim().toUpperCase(),
      opening,
      target,
      walkAway,
      theirWalkAwayLow,
      theirWalkAwayHigh,
      maxRounds: Number(rounds),
    };
    setIsStarting(true);
    try {
      const drill = await call('rehearsal:drill-start', input);
      onStart(drill, input, deals.find((deal) => deal.id === dealId)?.title ?? null);
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    } finally {
      setIsStarting(false);
    }
  };

  const symbol = currencySymbol(i18n.language, currency.trim().toUpperCase() || 'CNY');
  const priceField = (field: PriceField, label: string) => (
    <Field label={label} error={errors[field]}>
      <AmountInput
        prefix={symbol}
        value={prices[field]}
        onChange={(value) => setPrices((current) => ({ ...current, [field]: value }))}
      />
    </Field>
  );

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <Field label={t('drill.numbersFrom')}>
        <select className="select" value={dealId} onChange={(event) => setDealId(event.target.value)}>
          {deals.map((deal) => (
            <option key={deal.id} value={deal.id}>
              {deal.title}
            </option>
          ))}
          <option value="">{t('drill.noDeal')}</option>
        </select>
      </Field>
      <div className={styles.row3}>
        <Field label={t('drill.side')}>
          <select className="select" value={side} onChange={(event) => setSide(event.target.value as NegotiationSide)}>
            {NEGOTIATION_SIDES.map((value) => (
              <option key={value} value={value}>
                {tc(`sides.${value}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('drill.currency')} error={errors.currency}>
          <input
            className="input"
            value={currency}
            maxLength={3}
            onChange={(event) => setCurrency(event.target.value)}
          />
        </Field>
        <Field label={t('drill.rounds')} error={errors.rounds}>
          <input
            className="input"
            inputMode="numeric"
            value={rounds}
            onChange={(event) => setRounds(event.target.value)}
          />
        </Field>
      </div>
      <div className={styles.row3}>
        {priceField('opening', t('drill.opening'))}
        {priceField('target', t('drill.target'))}
        {priceField('walkAway', t('drill.walkAway'))}
      </div>
      <div className={styles.row}>
        {priceField('theirWalkAwayLow', t('drill.theirLow'))}
        {priceField('theirWalkAwayHigh', t('drill.theirHigh'))}
      </div>
      <p className={styles.note}>{t('drill.hiddenLimit')}</p>
      {errors.form && (
        <p className={styles.formError} role="alert">
          {errors.form}
        </p>
      )}
      <div className={styles.actions}>
        <Button type="submit" className="btn btn-primary" disabled={isStarting}>
          {t('drill.start')}
        </Button>
      </div>
    </form>
  );
}
