// The drill's debrief: how it ended, the concession curve against target and walk-away, and what to watch.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { isBeyondWalkAway } from '@shared/domain/rehearsal/auto-checks';
import type { DrillView } from '@shared/domain/rehearsal/records';
import { useFormat } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { useContentLanguage } from '../playbook/use-content-language';
import styles from './Drill.module.css';
import { Button } from '../../ui/Button';
import { confidential } from '../../ui/Confidential';

// recharts is heavy: it loads with the first summary, never with the app.
const ConcessionChart = lazy(() => import('./ConcessionChart').then((module) => ({ default: module.ConcessionChart })));

const OUTCOME_BADGE = { deal: 'badge-success', stalemate: 'badge-warning', walked: '', running: '' } as const;

export function DrillSummaryView({
  drill,
  dealTitle,
  onExit,
  onAgain,
}: {
  drill: DrillView;
  dealTitle: string | null;
  onExit: () => void;
  onAgain: () => void;
}) {
  const { t } = useTranslation('rehearsal');
  const { text } = useContentLanguage();
  const format = useFormat();
  const { summary } = drill;
  const money = (value: number): string => format.money(value, summary.currency);
  const outcome = t(`drill.summary.outcomes.${summary.outcome}`, {
    price: summary.finalPrice === null ? '' : money(summary.finalPrice),
  });

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1>{t('drill.summary.title')}</h1>
          <p className="muted">{dealTitle ?? t('drill.noDeal')}</p>
        </div>
        <div className={styles.headerActions}>
          <Button type="button" className="btn" onClick={onExit}>
            {t('back')}
          </Button>
          <Button type="button" className="btn btn-primary" onClick={onAgain}>
            {t('drill.summary.again')}
          </Button>
        </div>
      </header>

      <section className={`card ${styles.outcome}`} aria-label={outcome}>
        <span
          className={`badge ${
            summary.finalPrice !== null && isBeyondWalkAway(summary.finalPrice, summary.walkAway, summary.side)
              ? 'badge-danger'
              : OUTCOME_BADGE[summary.outcome]
          } ${styles.outcomeBadge}`}
        >
          {outcome}
        </span>
        <p className={styles.outcomeText} {...confidential}>
          {summary.theirWalkAway !== null && (
            <span>{t('drill.summary.theirLimit', { price: money(summary.theirWalkAway) })}</span>
          )}
          <span>
            {t('drill.summary.conceded', {
              amount: money(Math.max(0, summary.totalConcession)),
              percent: format.percent(Math.max(0, summary.totalConcession) / summary.opening),
              rounds: summary.rounds,
            })}
          </span>
        </p>
      </section>

      <div className={styles.summaryGrid}>
        <section className={`card ${styles.chartCard}`} aria-labelledby="concession-chart-title">
          <h2 id="concession-chart-title">{t('drill.summary.chartTitle')}</h2>
          <Suspense fallback={<div className={styles.chartPlaceholder} aria-busy="true" />}>
            <ConcessionChart summary={summary} />
          </Suspense>
        </section>
        <section className={`card ${styles.flags}`} aria-labelledby="drill-flags-title">
          <h2 id="drill-flags-title">{t('drill.summary.flagsTitle')}</h2>
          {summary.flags.length === 0 ? (
            <p className={styles.clean}>
              <Icon name="check" size={16} />
              {t('drill.summary.noFlags')}
            </p>
          ) : (
            <ul className={styles.flagList} {...confidential}>
              {summary.flags.map((flag) => (
                <li
                  key={`${flag.code}-${flag.round}`}
                  className={flag.code === 'beyond-walk-away' ? styles.flagDanger : styles.flagWarning}
                >
                  <Icon name="alert" size={16} />
                  <span>
                    {t(`drill.summary.flags.${flag.code}`, {
                      round: flag.round,
                      price: money(flag.params.price),
                      concession: money(flag.params.concession),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section className={`card ${styles.roundsCard}`} aria-labelledby="drill-rounds-title">
        <h2 id="drill-rounds-title">{t('drill.summary.roundsTitle')}</h2>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('drill.summary.round')}</th>
              <th scope="col">{t('drill.summary.you')}</th>
              <th scope="col">{t('drill.inReturn')}</th>
              <th scope="col">{t('drill.they')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{t('drill.summary.start')}</td>
              <td className={styles.num} {...confidential}>
                {money(summary.opening)}
              </td>
              <td />
              <td>{text(drill.openingLine.text)}</td>
            </tr>
            {drill.rounds.map((round) => (
              <tr key={round.round}>
                <td>{round.round}</td>
                <td className={styles.num} {...confidential}>
                  {money(round.price)}
                </td>
                <td>{round.inReturn || <span className="muted">{t('drill.nothingAsked')}</span>}</td>
                <td>{text(round.reply.text)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
