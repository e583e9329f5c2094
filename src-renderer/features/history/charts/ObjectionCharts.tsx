// Objection figures: by type and by nature (stacked by result), the most frequent ones, and win rate by type raised.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { HistoryView } from '@shared/domain/history/records';
import type { ResultCounts } from '@shared/domain/stats/history-stats';
import type { BarSelection } from '@shared/domain/stats/select-deals';
import { useFormat } from '../../../i18n/format';
import { useHistoryNames } from '../history-names';
import { axisTick, CategoryTick, chartColours, rateRow, shorten, tooltipFor, useRateFormat } from './chart-kit';
import { ColumnChart, COUNT_AXIS } from './ColumnChart';
import { ChartCard, type SelectBar, type TableRow } from './ChartCard';
import { RateBars } from './RateBars';
import { useTranslation } from 'react-i18next';
import styles from './Charts.module.css';

type ChartProps = { view: HistoryView; onSelect: SelectBar };

type ResultBar = ResultCounts & {
  key: string;
  label: string;
  count: number;
  dealCount: number;
  isSmallSample: boolean;
  selection: BarSelection;
};

const RESULTS = ['resolved', 'partly', 'unresolved'] as const;

function ResultStack({
  id,
  title,
  hint,
  bars,
  firstColumn,
  onSelect,
}: {
  id: string;
  title: string;
  hint: string;
  bars: readonly ResultBar[];
  firstColumn: string;
  onSelect: SelectBar;
}) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const colours = chartColours();
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  const fills = { resolved: colours.resolved, partly: colours.partly, unresolved: colours.unresolved };
  const select = (index: number): void => {
    const bar = bars[index];
    if (bar && bar.count > 0) onSelect(bar.selection, bar.label);
  };
  const rows: TableRow[] = bars.map((bar) => ({
    key: bar.key,
    label: bar.label,
    selection: bar.selection,
    dealCount: bar.dealCount,
    isSmall: bar.isSmallSample,
    cells: {
      label: bar.label,
      count: format.number(bar.count),
      resolved: format.number(bar.resolved),
      partly: format.number(bar.partly),
      unresolved: format.number(bar.unresolved),
    },
  }));
  const describe = (index: number) => {
    const bar = bars[index];
    return bar
      ? {
          title: bar.label,
          lines: [
            t('chart.n', { n: format.number(bar.count) }),
            ...RESULTS.map((result) => `${t(`results.${result}`)}: ${format.number(bar[result])}`),
          ],
        }
      : null;
  };
  return (
    <ChartCard
      id={id}
      title={title}
      hint={hint}
      n={total}
      isSmallSample={total < 5}
      isEmpty={total === 0}
      table={{
        caption: title,
        onSelect,
        rows: rows,
        columns: [
          { key: 'label', label: firstColumn },
          { key: 'count', label: t('columns.count'), isNumeric: true },
          ...RESULTS.map((result) => ({ key: result, label: t(`results.${result}`), isNumeric: true })),
        ],
      }}
      footer={
        <span className={styles.legend}>
          {RESULTS.map((result) => (
            <span key={result} className={styles.legendItem}>
              <span className={styles.swatch} style={{ background: fills[result] }} />
              {t(`results.${result}`)}
            </span>
          ))}
        </span>
      }
    >
      <ColumnChart
        data={bars.map((bar) => ({ ...bar, label: shorten(bar.label, 440 / bars.length) }))}
        height={220}
        describe={describe}
        isEveryTickShown
      >
        {RESULTS.map((result) => (
          <Bar
            key={result}
            yAxisId={COUNT_AXIS}
            dataKey={result}
            stackId="result"
            name={t(`results.${result}`)}
            fill={fills[result]}
            maxBarSize={48}
            isAnimationActive={false}
            onClick={(_data, index) => select(index)}
          />
        ))}
      </ColumnChart>
    </ChartCard>
  );
}

export function ObjectionsByType({ view, onSelect }: ChartProps) {
  const { t } = useTranslation('history');
  const names = useHistoryNames(view.labels);
  return (
    <ResultStack
      id="objections-by-type"
      title={t('charts.byType.title')}
      hint={t('charts.byType.hint')}
      firstColumn={t('columns.type')}
      onSelect={onSelect}
      bars={view.stats.objectionsByType.map((bar) => ({
        ...bar,
        key: bar.type,
        label: names.type(bar.type),
        selection: { chart: 'objection-type', type: bar.type },
      }))}
    />
  );
}

export function ObjectionsByNature({ view, onSelect }: ChartProps) {
  const { t } = useTranslation('history');
  const names = useHistoryNames(view.labels);
  return (
    <ResultStack
      id="objections-by-nature"
      title={t('charts.byNature.title')}
      hint={t('charts.byNature.hint')}
      firstColumn={t('columns.nature')}
      onSelect={onSelect}
      bars={view.stats.objectionsByNature.map((bar) => ({
        ...bar,
        key: bar.nature,
        label: names.nature(bar.nature),
        selection: { chart: 'objection-nature', nature: bar.nature },
      }))}
    />
  );
}

/** Bars the chart draws; the table lists every entry of the summary. */
const TOP_IN_CHART = 10;
const TOP_TICK_WIDTH = 340;

export function TopObjections({ view, onSelect }: ChartProps) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const colours = chartColours();
  const names = useHistoryNames(view.labels);
  const { items, others } = view.stats.topObjections;
  const entries = items.map((item) => ({
    ...item,
    label: names.objection(item.cardId, item.text),
    selection: { chart: 'top-objection', key: item.key } satisfies BarSelection,
  }));
  const shown = entries.slice(0, TOP_IN_CHART);
  const n = view.stats.totals.objections;
  const rates = useRateFormat();
  const describe = (index: number) => {
    const entry = shown[index];
    return entry
      ? {
          title: entry.label,
          lines: [
            `${names.type(entry.type)} · ${rates.n(entry.count)}`,
            `${t('columns.resolution')}: ${rates.percent(entry.resolution.rate)} (${rates.range(entry.resolution)})`,
          ],
        }
      : null;
  };
  return (
    <ChartCard
      id="top-objections"
      title={t('charts.top.title')}
      hint={t('charts.top.hint')}
      n={n}
      isSmallSample={n < 5}
      isEmpty={entries.length === 0}
      footer={
        others + entries.length - shown.length > 0 &&
        t('chart.others', { count: others + entries.length - shown.length })
      }
      table={{
        caption: t('charts.top.title'),
        onSelect,
        columns: [
          { key: 'label', label: t('columns.objection') },
          { key: 'type', label: t('columns.type') },
          { key: 'count', label: t('columns.count'), isNumeric: true },
          { key: 'rate', label: t('columns.resolution'), isNumeric: true },
          { key: 'range', label: t('columns.range'), isNumeric: true },
        ],
        rows: entries.map((entry) =>
          rateRow({ ...entry, rate: entry.resolution }, rates, {
            type: names.type(entry.type),
            count: format.number(entry.count),
          }),
        ),
      }}
    >
      <BarChart
        accessibilityLayer={false}
        layout="vertical"
        data={shown.map((entry) => ({ label: entry.label, count: entry.count }))}
        responsive
        style={{ width: '100%', height: shown.length * 34 + 34 }}
        margin={{ top: 4, right: 20, bottom: 0, left: 0 }}
      >
        <CartesianGrid horizontal={false} stroke={colours.grid} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} tick={axisTick(colours)} stroke={colours.grid} height={22} />
        <YAxis
          type="category"
          dataKey="label"
          width={TOP_TICK_WIDTH}
          interval={0}
          stroke={colours.grid}
          tickLine={false}
          tick={(props) => (
            <CategoryTick
              {...props}
              colours={colours}
              width={TOP_TICK_WIDTH}
              rows={shown.map((entry) => ({
                label: entry.label,
                n: `${names.type(entry.type)} · ${t('chart.resolvedShare', { percent: rates.percent(entry.resolution.rate) })}`,
                isSmall: false,
              }))}
            />
          )}
        />
        <Tooltip content={tooltipFor(describe)} cursor={{ fill: colours.grid, fillOpacity: 0.35 }} />
        <Bar
          dataKey="count"
          fill={colours.accent}
          barSize={14}
          isAnimationActive={false}
          onClick={(_data, index) => {
            const entry = shown[index];
            if (entry) onSelect(entry.selection, entry.label);
          }}
        />
      </BarChart>
    </ChartCard>
  );
}

export function WinRateByObjectionType({ view, onSelect }: ChartProps) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const names = useHistoryNames(view.labels);
  const { overall, items } = view.stats.winRateByObjectionType;
  const rates = useRateFormat();
  const { percent, n } = rates;
  const rows = items.map((item) => ({
    key: item.type,
    label: names.type(item.type),
    nLabel: n(item.whenRaised.n),
    rate: item.whenRaised,
    selection: { chart: 'win-rate-by-objection-type', type: item.type } satisfies BarSelection,
    details: [`${t('columns.winWhenNot')}: ${percent(item.whenNotRaised.rate)}`],
    dealCount: item.dealCount,
  }));
  const raised = items.reduce((sum, item) => sum + item.whenRaised.n, 0);
  return (
    <ChartCard
      id="win-rate-by-type"
      title={t('charts.winRate.title')}
      hint={t('charts.winRate.hint')}
      n={overall.n}
      isSmallSample={overall.isSmallSample}
      isEmpty={overall.n === 0 || raised === 0}
      table={{
        caption: t('charts.winRate.title'),
        onSelect,
        columns: [
          { key: 'label', label: t('columns.type') },
          { key: 'n', label: t('columns.deals'), isNumeric: true },
          { key: 'rate', label: t('columns.winWhenRaised'), isNumeric: true },
          { key: 'range', label: t('columns.range'), isNumeric: true },
          { key: 'not', label: t('columns.winWhenNot'), isNumeric: true },
        ],
        rows: [
          ...rows.map((row, index) =>
            rateRow(row, rates, {
              n: format.number(row.rate.n),
              not: percent(items[index]?.whenNotRaised.rate ?? null),
            }),
          ),
          rateRow({ key: 'overall', label: t('chart.overall'), selection: null, dealCount: 0, rate: overall }, rates, {
            n: format.number(overall.n),
            not: '',
          }),
        ],
      }}
    >
      <RateBars
        rows={rows}
        rateLabel={t('columns.winWhenRaised')}
        reference={
          overall.rate === null
            ? null
            : { value: overall.rate, label: `${t('chart.overall')} ${percent(overall.rate)}` }
        }
        onSelect={onSelect}
      />
    </ChartCard>
  );
}
