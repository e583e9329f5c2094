// Results over time: price realisation against target and walk-away, closed deals and win rate by period, rehearsal.
import { Bar, Cell, Line } from 'recharts';
import type { HistoryView } from '@shared/domain/history/records';
import type { RehearsalProgress } from '@shared/domain/rehearsal/progress';
import type { TrendGranularity } from '@shared/domain/stats/history-filters';
import type { BarSelection } from '@shared/domain/stats/select-deals';
import { routeHref } from '../../../app/routes';
import { useFormat } from '../../../i18n/format';
import { chartColours, rateRow, useRateFormat } from './chart-kit';
import { ColumnChart, COUNT_AXIS, SHARE_AXIS } from './ColumnChart';
import { ChartCard, type SelectBar } from './ChartCard';
import { useTranslation } from 'react-i18next';
import styles from './Charts.module.css';
import { Button } from '../../../ui/Button';

type ChartProps = { view: HistoryView; onSelect: SelectBar };

export function PriceRealisation({ view, onSelect }: ChartProps) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const colours = chartColours();
  const { percent } = useRateFormat();
  const realisation = view.stats.priceRealisation;
  // Ticks stay short ("90–95"); the tooltip and the table say it in full ("90%–95%").
  const points = (value: number): string => format.number(Math.round(value * 100));
  const bucketTick = (from: number | null, to: number | null): string =>
    from === null ? `<${points(to ?? 0)}%` : to === null ? `≥${points(from)}%` : `${points(from)}–${points(to)}`;
  const bucketLabel = (from: number | null, to: number | null): string =>
    from === null
      ? `< ${format.percent(to ?? 0)}`
      : to === null
        ? `≥ ${format.percent(from)}`
        : `${format.percent(from)}–${format.percent(to)}`;
  const buckets = realisation.buckets.map((bucket) => ({
    ...bucket,
    label: bucketLabel(bucket.from, bucket.to),
    tick: bucketTick(bucket.from, bucket.to),
    selection: { chart: 'realisation-bucket', key: bucket.key } satisfies BarSelection,
  }));
  const beyond = realisation.beyondWalkAway;
  const beyondLabel = t('charts.realisation.beyond', { count: beyond.count });
  const describe = (index: number) => {
    const bucket = buckets[index];
    return bucket ? { title: bucket.label, lines: [t('chart.n', { n: format.number(bucket.count) })] } : null;
  };
  return (
    <ChartCard
      id="price-realisation"
      title={t('charts.realisation.title')}
      hint={t('charts.realisation.hint')}
      n={realisation.n}
      isSmallSample={realisation.isSmallSample}
      isEmpty={realisation.n === 0}
      footer={
        <div className={styles.figures}>
          <span>
            {t('charts.realisation.summary', {
              median: percent(realisation.medianRatio),
              atTarget: format.number(realisation.atOrBetterThanTarget),
              n: format.number(realisation.n),
            })}
          </span>
          {beyond.count > 0 ? (
            <span>
              <Button
                type="button"
                className={styles.linkButton}
                onClick={() => onSelect({ chart: 'beyond-walk-away' }, beyondLabel)}
              >
                {beyondLabel}
              </Button>{' '}
              {t('charts.realisation.beyondOf', { n: format.number(beyond.n) })}
            </span>
          ) : (
            <span>{t('charts.realisation.noneBeyond', { n: format.number(beyond.n) })}</span>
          )}
        </div>
      }
      table={{
        caption: t('charts.realisation.title'),
        onSelect,
        columns: [
          { key: 'label', label: t('columns.bucket') },
          { key: 'count', label: t('columns.deals'), isNumeric: true },
        ],
        rows: buckets.map((bucket) => ({
          key: bucket.key,
          label: bucket.label,
          selection: bucket.selection,
          dealCount: bucket.dealCount,
          cells: { label: bucket.label, count: format.number(bucket.count) },
        })),
      }}
    >
      <ColumnChart
        data={buckets.map((bucket) => ({ label: bucket.tick, count: bucket.count }))}
        height={220}
        describe={describe}
        isEveryTickShown
        tickFontSize={11}
      >
        <Bar
          yAxisId={COUNT_AXIS}
          dataKey="count"
          maxBarSize={44}
          isAnimationActive={false}
          onClick={(_data, index) => {
            const bucket = buckets[index];
            if (bucket && bucket.count > 0) onSelect(bucket.selection, bucket.label);
          }}
        >
          {buckets.map((bucket) => (
            <Cell key={bucket.key} fill={(bucket.from ?? 0) >= 1 ? colours.resolved : colours.partly} />
          ))}
        </Bar>
      </ColumnChart>
    </ChartCard>
  );
}

/** "Mar 2025" for a month (never "Mar 25", which reads as a day), "Q1 2025" for a quarter. */
function usePeriodLabel(): (period: string) => string {
  const { t, i18n } = useTranslation('history');
  return (period) => {
    const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
    if (quarter) return t('charts.trends.quarterLabel', { year: quarter[1], quarter: quarter[2] });
    const month = new Date(`${period}-01T00:00:00Z`);
    return Number.isNaN(month.getTime())
      ? period
      : new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(month);
  };
}

export function Trend({
  view,
  onSelect,
  onGranularity,
}: ChartProps & { onGranularity: (granularity: TrendGranularity) => void }) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const colours = chartColours();
  const rates = useRateFormat();
  const { percent } = rates;
  const periodLabel = usePeriodLabel();
  const { points, granularity, isTruncated } = view.stats.trends;
  const closed = points.reduce((sum, point) => sum + point.closed, 0);
  const rows = points.map((point) => ({
    ...point,
    label: periodLabel(point.period),
    notWon: point.closed - point.won,
    rate: point.winRate.rate,
    selection: { chart: 'trend-period', period: point.period } satisfies BarSelection,
  }));
  const select = (index: number): void => {
    const row = rows[index];
    if (row && row.closed > 0) onSelect(row.selection, row.label);
  };
  const describe = (index: number) => {
    const row = rows[index];
    return row
      ? {
          title: row.label,
          lines: [
            `${t('columns.closed')}: ${format.number(row.closed)} · ${t('columns.won')}: ${format.number(row.won)}`,
            `${t('columns.winRate')}: ${percent(row.rate)}`,
            ...(row.realisation.avgRatio === null
              ? []
              : [`${t('columns.realisation')}: ${percent(row.realisation.avgRatio)}`]),
          ],
        }
      : null;
  };
  return (
    <ChartCard
      id="trend"
      title={t('charts.trends.title')}
      hint={t('charts.trends.hint')}
      n={closed}
      isSmallSample={closed < 5}
      isEmpty={closed === 0}
      headerExtra={
        <label className={styles.legendItem}>
          <span className="visually-hidden">{t('charts.trends.granularity')}</span>
          <select
            className={`select ${styles.inlineSelect}`}
            value={granularity}
            aria-label={t('charts.trends.granularity')}
            onChange={(event) => onGranularity(event.target.value === 'quarter' ? 'quarter' : 'month')}
          >
            <option value="month">{t('charts.trends.month')}</option>
            <option value="quarter">{t('charts.trends.quarter')}</option>
          </select>
        </label>
      }
      footer={
        <>
          <span className={styles.legend}>
            <span className={styles.legendItem}>
              <span className={styles.swatch} style={{ background: colours.accent }} />
              {t('columns.won')}
            </span>
            <span className={styles.legendItem}>
              <span className={styles.swatch} style={{ background: colours.muted }} />
              {t('charts.trends.notWon')}
            </span>
            <span className={styles.legendItem}>
              <span className={styles.swatch} style={{ background: colours.line, height: 2 }} />
              {t('columns.winRate')}
            </span>
            <span className={styles.legendItem}>
              <span className={styles.hollow} style={{ borderColor: colours.line }} />
              {t('charts.trends.smallDot')}
            </span>
          </span>
          {isTruncated && <span>{t('charts.trends.truncated')}</span>}
        </>
      }
      table={{
        caption: t('charts.trends.title'),
        onSelect,
        columns: [
          { key: 'label', label: t('columns.period') },
          { key: 'closed', label: t('columns.closed'), isNumeric: true },
          { key: 'won', label: t('columns.won'), isNumeric: true },
          { key: 'rate', label: t('columns.winRate'), isNumeric: true },
          { key: 'range', label: t('columns.range'), isNumeric: true },
          { key: 'realisation', label: t('columns.realisation'), isNumeric: true },
        ],
        rows: rows.map((row) =>
          rateRow({ ...row, key: row.period, dealCount: row.closed, rate: row.winRate }, rates, {
            closed: format.number(row.closed),
            won: format.number(row.won),
            realisation: percent(row.realisation.avgRatio),
          }),
        ),
      }}
    >
      <ColumnChart data={rows} height={240} describe={describe} hasShareAxis>
        <Bar
          yAxisId={COUNT_AXIS}
          dataKey="won"
          stackId="closed"
          fill={colours.accent}
          maxBarSize={28}
          isAnimationActive={false}
          onClick={(_data, index) => select(index)}
        />
        <Bar
          yAxisId={COUNT_AXIS}
          dataKey="notWon"
          stackId="closed"
          fill={colours.muted}
          maxBarSize={28}
          isAnimationActive={false}
          onClick={(_data, index) => select(index)}
        />
        <Line
          yAxisId={SHARE_AXIS}
          dataKey="rate"
          stroke={colours.line}
          strokeWidth={2}
          // A period with fewer than 5 closed deals gets a hollow dot: its rate swings on one deal.
          dot={({ cx, cy, index }: { cx?: number; cy?: number; index?: number }) =>
            cx === undefined || cy === undefined ? (
              <g key={index} />
            ) : (
              <circle
                key={index}
                cx={cx}
                cy={cy}
                r={rows[index ?? -1]?.winRate.isSmallSample ? 3 : 3.5}
                stroke={colours.line}
                strokeWidth={1.5}
                fill={rows[index ?? -1]?.winRate.isSmallSample ? colours.surface : colours.line}
              />
            )
          }
          connectNulls
          isAnimationActive={false}
        />
      </ColumnChart>
    </ChartCard>
  );
}

export function RehearsalProgressChart({ progress }: { progress: RehearsalProgress }) {
  const { t, i18n } = useTranslation('history');
  const format = useFormat();
  const colours = chartColours();
  const { percent } = useRateFormat();
  const weekLabel = (weekStart: string): string =>
    new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${weekStart}T00:00:00Z`),
    );
  const weeks = progress.weeks.map((week) => ({ ...week, label: weekLabel(week.weekStart) }));
  const inWeeks = weeks.reduce((sum, week) => sum + week.attempts, 0);
  const describe = (index: number) => {
    const week = weeks[index];
    return week
      ? {
          title: week.label,
          lines: [
            `${t('columns.answers')}: ${format.number(week.attempts)}`,
            `${t('columns.score')}: ${percent(week.averageScore)}`,
          ],
        }
      : null;
  };
  return (
    <ChartCard
      id="rehearsal"
      title={t('charts.rehearsal.title')}
      hint={t('charts.rehearsal.hint')}
      n={inWeeks}
      isSmallSample={inWeeks < 5}
      isEmpty={inWeeks === 0}
      emptyText={
        <>
          {t('charts.rehearsal.empty')} <a href={routeHref({ name: 'rehearse' })}>{t('charts.rehearsal.start')}</a>
        </>
      }
      footer={t('charts.rehearsal.summary', {
        attempts: format.number(progress.totalAttempts),
        cards: format.number(progress.cardsRehearsed),
        due: format.number(progress.dueCount),
      })}
      table={{
        caption: t('charts.rehearsal.title'),
        onSelect: () => undefined,
        columns: [
          { key: 'label', label: t('columns.week') },
          { key: 'attempts', label: t('columns.answers'), isNumeric: true },
          { key: 'score', label: t('columns.score'), isNumeric: true },
        ],
        rows: weeks.map((week) => ({
          key: week.weekStart,
          label: week.label,
          selection: null,
          dealCount: 0,
          cells: {
            label: week.label,
            attempts: format.number(week.attempts),
            score: percent(week.averageScore),
          },
        })),
      }}
    >
      <ColumnChart data={weeks} height={220} describe={describe} hasShareAxis>
        <Bar yAxisId={COUNT_AXIS} dataKey="attempts" fill={colours.accent} maxBarSize={18} isAnimationActive={false} />
        <Line
          yAxisId={SHARE_AXIS}
          dataKey="averageScore"
          stroke={colours.resolved}
          strokeWidth={2}
          dot={{ r: 2.5 }}
          connectNulls
          isAnimationActive={false}
        />
      </ColumnChart>
    </ChartCard>
  );
}
