// Horizontal bars of rates with their 95% whiskers (techniques, closing methods, win rates), optionally against a second rate.
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarSelection } from '@shared/domain/stats/select-deals';
import type { Rate } from '@shared/domain/stats/wilson';
import { useFormat } from '../../../i18n/format';
import { axisTick, CategoryTick, chartColours, rateDatum, tooltipFor } from './chart-kit';
import type { SelectBar } from './ChartCard';

export type RateBarRow = {
  key: string;
  label: string;
  /** The sample size shown under the label, e.g. "n = 12". */
  nLabel: string;
  rate: Rate;
  /** A second, muted bar to compare with (e.g. win rate when the signal was not seen). */
  compare?: Rate;
  selection: BarSelection | null;
  /** Extra tooltip lines. */
  details?: ReactNode[];
};

const TICK_WIDTH = 156;
const PERCENT_TICKS = [0, 0.25, 0.5, 0.75, 1];

export function RateBars({
  rows,
  rateLabel,
  compareLabel,
  reference,
  onSelect,
}: {
  rows: readonly RateBarRow[];
  rateLabel: string;
  compareLabel?: string;
  /** A vertical line across all bars, e.g. the overall win rate. */
  reference?: { value: number; label: string } | null;
  onSelect: SelectBar;
}) {
  const format = useFormat();
  const colours = chartColours();
  const hasCompare = rows.some((row) => row.compare !== undefined);
  const data = rows.map((row) => ({
    label: row.label,
    ...rateDatum(row.rate),
    compare: row.compare?.rate ?? null,
  }));
  const ticks = rows.map((row) => ({ label: row.label, n: row.nLabel, isSmall: row.rate.isSmallSample }));
  const select = (index: number): void => {
    const row = rows[index];
    if (row?.selection) onSelect(row.selection, row.label);
  };
  const percent = (value: number | null): string => (value === null ? '—' : format.percent(value));
  const describe = (index: number) => {
    const row = rows[index];
    if (!row) return null;
    const range = `${format.percent(row.rate.low)}–${format.percent(row.rate.high)}`;
    return {
      title: row.label,
      lines: [
        `${rateLabel}: ${percent(row.rate.rate)} (${range})`,
        row.nLabel,
        ...(row.compare && compareLabel ? [`${compareLabel}: ${percent(row.compare.rate)}`] : []),
        ...(row.details ?? []),
      ],
    };
  };

  return (
    <BarChart
      accessibilityLayer={false}
      layout="vertical"
      data={data}
      responsive
      style={{ width: '100%', height: rows.length * (hasCompare ? 40 : 34) + (reference ? 50 : 34) }}
      margin={{ top: reference ? 20 : 4, right: 20, bottom: 0, left: 0 }}
      barGap={2}
    >
      <CartesianGrid horizontal={false} stroke={colours.grid} strokeDasharray="3 3" />
      <XAxis
        type="number"
        domain={[0, 1]}
        ticks={PERCENT_TICKS}
        tickFormatter={(value: number) => format.percent(value)}
        tick={axisTick(colours)}
        stroke={colours.grid}
        height={22}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={TICK_WIDTH}
        interval={0}
        stroke={colours.grid}
        tickLine={false}
        tick={(props) => <CategoryTick {...props} rows={ticks} colours={colours} width={TICK_WIDTH} />}
      />
      <Tooltip content={tooltipFor(describe)} cursor={{ fill: colours.grid, fillOpacity: 0.35 }} />
      {reference && (
        <ReferenceLine
          x={reference.value}
          stroke={colours.line}
          strokeDasharray="4 3"
          label={{ value: reference.label, position: 'top', fill: colours.text, fontSize: 11 }}
        />
      )}
      <Bar
        dataKey="rate"
        name={rateLabel}
        fill={colours.accent}
        barSize={12}
        isAnimationActive={false}
        onClick={(_data, index) => select(index)}
      >
        {rows.map((row) => (
          <Cell key={row.key} fillOpacity={row.rate.isSmallSample ? 0.4 : 1} />
        ))}
        <ErrorBar dataKey="whisker" direction="x" width={6} stroke={colours.line} strokeWidth={1.2} />
      </Bar>
      {hasCompare && (
        <Bar
          dataKey="compare"
          {...(compareLabel === undefined ? {} : { name: compareLabel })}
          fill={colours.muted}
          barSize={7}
          isAnimationActive={false}
          onClick={(_data, index) => select(index)}
        />
      )}
    </BarChart>
  );
}
