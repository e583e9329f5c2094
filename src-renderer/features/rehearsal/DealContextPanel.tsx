// What the user should keep in mind while answering: the deal's numbers, BATNA, their top interests and style.
import { useTranslation } from 'react-i18next';
import type { RehearsalDealContext } from '@shared/domain/rehearsal/records';
import { useFormat } from '../../i18n/format';
import styles from './Session.module.css';
import { confidential } from '../../ui/Confidential';

export function DealContextPanel({ deal }: { deal: RehearsalDealContext | null }) {
  const { t } = useTranslation('rehearsal');
  const { t: tc } = useTranslation();
  const format = useFormat();
  if (deal === null) {
    return (
      <section className={`card ${styles.panel}`}>
        <h2 className={styles.panelTitle}>{t('context.title')}</h2>
        <p className="muted">{t('context.noDeal')}</p>
      </section>
    );
  }
  const money = (value: number | null): string =>
    value === null ? t('context.notSet') : format.money(value, deal.currency);
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="deal-context-title">
      <div>
        <h2 id="deal-context-title" className={styles.panelTitle}>
          {t('context.title')}
        </h2>
        <p className={styles.dealName}>{deal.title}</p>
      </div>
      <dl className={styles.numbers} {...confidential}>
        <div>
          <dt>{t('context.opening')}</dt>
          <dd>{money(deal.opening)}</dd>
        </div>
        <div>
          <dt>{t('context.target')}</dt>
          <dd className={styles.targetValue}>{money(deal.target)}</dd>
        </div>
        <div>
          <dt>{t('context.walkAway')}</dt>
          <dd className={styles.walkAwayValue}>{money(deal.walkAway)}</dd>
        </div>
        <div>
          <dt>{t('context.batna')}</dt>
          <dd>
            {deal.batna === null ? (
              t('context.notSet')
            ) : (
              <>
                {format.money(deal.batna.value, deal.currency)}
                <span className={styles.batnaText}>
                  {deal.batna.description}
                  {!deal.batna.isReal && ` · ${t('context.batnaNotSecured')}`}
                </span>
              </>
            )}
          </dd>
        </div>
      </dl>
      <div>
        <h3 className={styles.subTitle}>{t('context.theirInterests')}</h3>
        {deal.theirTopInterests.length === 0 ? (
          <p className="muted">{t('context.noInterests')}</p>
        ) : (
          <ul className={styles.interests}>
            {deal.theirTopInterests.map((interest) => (
              <li key={interest}>{interest}</li>
            ))}
          </ul>
        )}
      </div>
      {deal.style && (
        <div>
          <h3 className={styles.subTitle}>{t('context.style', { style: tc(`styles.${deal.style}`) })}</h3>
          <p className={styles.styleHint}>{tc(`styleHints.${deal.style}`)}</p>
        </div>
      )}
    </section>
  );
}
