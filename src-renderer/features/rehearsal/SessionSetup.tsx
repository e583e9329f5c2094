// Chooses a session's deck (a deal, all price objections, one type, due today), its size, clock and mode.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealSummary } from '@shared/domain/deal-list';
import {
  DEFAULT_CARD_COUNT,
  DEFAULT_SECONDS_PER_CARD,
  type DeckSourceInput,
  type RehearsalOverview,
  type RehearsalSession,
} from '@shared/domain/rehearsal/records';
import { OBJECTION_TYPE_INFO } from '@shared/playbook/objection-types';
import { OBJECTION_TYPES, type ObjectionType } from '@shared/playbook/types';
import { call } from '../../ipc-client';
import { Field } from '../../ui/Field';
import { useContentLanguage } from '../playbook/use-content-language';
import styles from './Rehearse.module.css';
import { Button } from '../../ui/Button';

type SourceKind = DeckSourceInput['kind'];
const SOURCE_KINDS: SourceKind[] = ['deal', 'price', 'type', 'due'];

type Errors = Partial<Record<'deal' | 'count' | 'seconds' | 'form', string>>;

const wholeNumber = (text: string): number | null => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

export function SessionSetup({
  deals,
  overview,
  initialDealId,
  onStart,
}: {
  deals: DealSummary[];
  overview: RehearsalOverview;
  initialDealId: string | null;
  onStart: (session: RehearsalSession) => void;
}) {
  const { t } = useTranslation('rehearsal');
  const { text } = useContentLanguage();
  const hasInitialDeal = initialDealId !== null && deals.some((deal) => deal.id === initialDealId);
  const [kind, setKind] = useState<SourceKind>(() => {
    if (hasInitialDeal) return 'deal';
    if (overview.dueCount > 0) return 'due';
    return deals.length > 0 ? 'deal' : 'price';
  });
  const [dealId, setDealId] = useState(hasInitialDeal ? (initialDealId ?? '') : (deals[0]?.id ?? ''));
  const [type, setType] = useState<ObjectionType>('price');
  const [count, setCount] = useState(String(DEFAULT_CARD_COUNT));
  const [seconds, setSeconds] = useState(String(DEFAULT_SECONDS_PER_CARD));
  const [isPracticeMode, setIsPracticeMode] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [isStarting, setIsStarting] = useState(false);

  const hint = (source: SourceKind): string => {
    if (source === 'price') return t('setup.sourceHints.price', { count: overview.cardCounts.price });
    if (source === 'due') return t('setup.sourceHints.due', { count: overview.dueCount });
    return t(`setup.sourceHints.${source}`);
  };

  const start = async (): Promise<void> => {
    const cardCount = wholeNumber(count);
    const secondsPerCard = wholeNumber(seconds);
    const next: Errors = {};
    if (kind === 'deal' && dealId === '') next.deal = t('setup.errors.deal');
    if (cardCount === null || cardCount < 1 || cardCount > 50) next.count = t('setup.errors.count');
    if (secondsPerCard === null || secondsPerCard < 5 || secondsPerCard > 600) next.seconds = t('setup.errors.seconds');
    setErrors(next);
    if (Object.keys(next).length > 0 || cardCount === null || secondsPerCard === null) return;
    const source: DeckSourceInput = kind === 'deal' ? { kind, dealId } : kind === 'type' ? { kind, type } : { kind };
    setIsStarting(true);
    try {
      const session = await call('rehearsal:start', { source, count: cardCount, secondsPerCard, isPracticeMode });
      if (session.cards.length === 0) {
        setErrors({ form: kind === 'due' ? t('setup.errors.nothingDue') : t('setup.errors.empty') });
        return;
      }
      onStart(session);
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    } finally {
      setIsStarting(false);
    }
  };

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <fieldset className={styles.sources}>
        <legend className={styles.legend}>{t('setup.source')}</legend>
        {SOURCE_KINDS.map((source) => (
          <label key={source} className={`${styles.source} ${kind === source ? styles.sourceActive : ''}`}>
            <input
              type="radio"
              name="deck-source"
              value={source}
              checked={kind === source}
              onChange={() => setKind(source)}
            />
            <span className={styles.sourceText}>
              <span className={styles.sourceName}>{t(`setup.sources.${source}`)}</span>
              <span className={styles.sourceHint}>{hint(source)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {kind === 'deal' &&
        (deals.length === 0 ? (
          <p className="muted">{t('setup.noDeals')}</p>
        ) : (
          <Field label={t('setup.deal')} error={errors.deal}>
            <select className="select" value={dealId} onChange={(event) => setDealId(event.target.value)}>
              <option value="" disabled>
                {t('setup.chooseDeal')}
              </option>
              {deals.map((deal) => (
                <option key={deal.id} value={deal.id}>
                  {deal.title}
                </option>
              ))}
            </select>
          </Field>
        ))}
      {kind === 'type' && (
        <Field label={t('setup.type')}>
          <select className="select" value={type} onChange={(event) => setType(event.target.value as ObjectionType)}>
            {OBJECTION_TYPES.map((id) => {
              const info = OBJECTION_TYPE_INFO.find((entry) => entry.id === id);
              const available = overview.cardCounts.byType[id];
              return (
                <option key={id} value={id}>
                  {info ? text(info.name) : id} ({available})
                </option>
              );
            })}
          </select>
        </Field>
      )}

      <div className={styles.row}>
        <Field label={t('setup.count')} error={errors.count}>
          <input
            className="input"
            inputMode="numeric"
            value={count}
            onChange={(event) => setCount(event.target.value)}
          />
        </Field>
        <Field label={t('setup.seconds')} error={errors.seconds}>
          <input
            className="input"
            inputMode="numeric"
            value={seconds}
            onChange={(event) => setSeconds(event.target.value)}
          />
        </Field>
      </div>
      <label className={styles.check}>
        <input type="checkbox" checked={isPracticeMode} onChange={(event) => setIsPracticeMode(event.target.checked)} />
        <span>
          <span className={styles.checkLabel}>{t('setup.practice')}</span>
          <span className={styles.checkHint}>{t('setup.practiceHint')}</span>
        </span>
      </label>
      {errors.form && (
        <p className={styles.formError} role="alert">
          {errors.form}
        </p>
      )}
      <div className={styles.actions}>
        <Button type="submit" className="btn btn-primary" disabled={isStarting}>
          {t('setup.start')}
        </Button>
      </div>
    </form>
  );
}
