// Offer check – the verdict on an offer on the table against target, walk-away and BATNA, as the user types.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkOffer, type OfferCheck } from '@shared/domain/worksheet';
import type { NegotiationSide } from '@shared/domain/deal';
import { Field } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { AmountInput } from '../../ui/AmountInput';
import { compactMoney, currencySymbol } from './money';
import { Section } from './Section';
import { useWorksheet } from './worksheet-context';
import styles from './OfferCheckSection.module.css';
import { confidential } from '../../ui/Confidential';

const VERDICT_ICON = { accept: 'check', close: 'flag', negotiate: 'scale', 'walk-away': 'close' } as const;

export function OfferCheckSection() {
  const { t, i18n } = useTranslation('worksheet');
  const { worksheet, side, money, currency } = useWorksheet();
  const [offer, setOffer] = useState<number | null>(null);
  const check = checkOffer(offer, worksheet, side);
  const { params } = check;
  const reasonParams = {
    offer: params.offer === null ? '' : money(params.offer),
    opening: money(params.opening),
    target: money(params.target),
    walkAway: money(params.walkAway),
    batna: money(params.batna),
    theirLimit: money(params.theirLimit),
  };
  const reference = (label: string, value: number | null) => (
    <div className={styles.reference}>
      <dt>{label}</dt>
      <dd>{value === null ? <span className="muted">{t('offer.notSet')}</span> : money(value)}</dd>
    </div>
  );

  return (
    <Section id="offer" aside={<span className="badge badge-accent">{t(`header.side.${side}`)}</span>}>
      <div className={styles.layout}>
        <div className={`card ${styles.inputCard}`}>
          <Field label={t('offer.input')}>
            <AmountInput
              className={styles.offerInput}
              prefix={currencySymbol(i18n.language, currency)}
              placeholder={t('offer.placeholder')}
              value={offer}
              onChange={setOffer}
              isEmptyWhenInvalid
            />
          </Field>
          <dl className={styles.references} {...confidential}>
            {reference(t('offer.target'), params.target)}
            {reference(t('offer.walkAway'), params.walkAway)}
            {reference(t('offer.batna'), params.batna)}
          </dl>
        </div>
        <div className={`${styles.verdict} ${offer === null ? styles.idle : styles[check.verdict]}`} aria-live="polite">
          {offer === null ? (
            <p className={styles.prompt}>{t('offer.prompt')}</p>
          ) : (
            <>
              <div className={styles.verdictHead}>
                <span className={styles.verdictIcon}>
                  <Icon name={VERDICT_ICON[check.verdict]} size={22} />
                </span>
                <h3>{t(`offer.verdicts.${check.verdict}`)}</h3>
              </div>
              <p className={styles.reason} {...confidential}>
                {t(`offer.reasons.${side}.${check.reason}`, reasonParams)}
              </p>
              <Margins check={check} side={side} />
              <OfferScale check={check} side={side} />
            </>
          )}
        </div>
      </div>
    </Section>
  );
}

function Margins({ check, side }: { check: OfferCheck; side: NegotiationSide }) {
  const { t } = useTranslation('worksheet');
  const { money } = useWorksheet();
  const lines: string[] = [];
  const { marginOverWalkAway: margin, shortOfTarget: short } = check;
  if (margin !== null)
    lines.push(
      t(`offer.margins.${side}.${margin >= 0 ? 'margin' : 'marginWorse'}`, { amount: money(Math.abs(margin)) }),
    );
  if (short !== null) {
    lines.push(t(`offer.margins.${side}.${short > 0 ? 'short' : 'beyond'}`, { amount: money(Math.abs(short)) }));
  }
  if (lines.length === 0) return null;
  return (
    <ul className={styles.margins} {...confidential}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** The offer on a price line coloured by what each stretch of it means: walk away, negotiate, accept. */
function OfferScale({ check, side }: { check: OfferCheck; side: NegotiationSide }) {
  const { t, i18n } = useTranslation('worksheet');
  const { currency } = useWorksheet();
  const { offer, target, walkAway, batna } = check.params;
  const floor =
    walkAway === null
      ? batna
      : batna === null
        ? walkAway
        : side === 'sell'
          ? Math.max(walkAway, batna)
          : Math.min(walkAway, batna);
  const points = [offer, target, floor].filter((value): value is number => value !== null);
  if (offer === null || points.length < 2) return null;
  const min = Math.min(...points);
  const max = Math.max(...points);
  const pad = (max - min) * 0.2 || Math.abs(max) * 0.1 || 1;
  const lo = min - pad;
  const hi = max + pad;
  const at = (value: number): number => ((value - lo) / (hi - lo)) * 100;
  // For a seller, low prices are bad: red on the left; for a buyer the other way round.
  const stops = [floor, target].filter((value): value is number => value !== null).map(at);
  const [bad, good] = side === 'sell' ? ['var(--danger)', 'var(--success)'] : ['var(--success)', 'var(--danger)'];
  const first = Math.min(...stops);
  const last = Math.max(...stops);
  const background =
    stops.length === 2
      ? `linear-gradient(to right, ${bad} 0 ${first}%, var(--warning) ${first}% ${last}%, ${good} ${last}% 100%)`
      : `linear-gradient(to right, ${bad} 0 ${first}%, ${good} ${first}% 100%)`;
  const marks = [
    { key: 'walkAway', value: floor },
    { key: 'target', value: target },
  ] as const;
  return (
    <div className={styles.scale} aria-hidden="true">
      <div className={styles.track} style={{ background }} />
      {marks.map(
        ({ key, value }) =>
          value !== null && (
            <span key={key} className={styles.mark} style={{ left: `${at(value)}%` }}>
              {t(`numbers.${key}Short`)}
            </span>
          ),
      )}
      <span className={styles.offerMark} style={{ left: `${at(offer)}%` }}>
        {compactMoney(i18n.language, currency, offer)}
      </span>
    </div>
  );
}
