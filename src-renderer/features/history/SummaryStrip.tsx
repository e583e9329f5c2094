// The four headline figures above the charts: deals, win rate with its range, objections logged, price realisation.
import type { HistoryStats } from '@shared/domain/stats/history-stats';
import { useFormat } from '../../i18n/format';
import { useTranslation } from 'react-i18next';
import styles from './HistoryPage.module.css';

export function SummaryStrip({ stats }: { stats: HistoryStats }) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const { totals, priceRealisation } = stats;
  const resolved = stats.objectionsByType.reduce((sum, bar) => sum + bar.resolved, 0);
  const { winRate } = totals;
  const tiles = [
    {
      key: 'deals',
      label: t('kpi.deals'),
      value: format.number(totals.deals),
      detail: t('kpi.dealsDetail', { open: format.number(totals.open), closed: format.number(totals.closed) }),
    },
    {
      key: 'win-rate',
      label: t('kpi.winRate'),
      value: winRate.rate === null ? '—' : format.percent(winRate.rate),
      detail:
        winRate.rate === null
          ? t('kpi.noneClosed')
          : t('kpi.winRateDetail', {
              won: format.number(totals.won),
              closed: format.number(totals.closed),
              low: format.percent(winRate.low),
              high: format.percent(winRate.high),
            }),
    },
    {
      key: 'objections',
      label: t('kpi.objections'),
      value: format.number(totals.objections),
      detail: t('kpi.objectionsDetail', {
        resolved: format.number(resolved),
        signals: format.number(totals.signalObservations),
      }),
    },
    {
      key: 'realisation',
      label: t('kpi.realisation'),
      value: priceRealisation.avgRatio === null ? '—' : format.percent(priceRealisation.avgRatio),
      detail:
        priceRealisation.avgRatio === null
          ? t('kpi.noRealisation')
          : t('kpi.realisationDetail', { n: format.number(priceRealisation.n) }),
    },
  ];
  return (
    <section className={styles.summary} aria-label={t('kpi.label')}>
      <dl>
        {tiles.map((tile) => (
          <div key={tile.key} className={`card ${styles.tile}`}>
            <dt>{tile.label}</dt>
            <dd>
              <strong>{tile.value}</strong>
              <span>{tile.detail}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
