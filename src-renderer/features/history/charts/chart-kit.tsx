// The pieces every History chart shares: theme colours, axis styling, category ticks with their n, tooltips.
import type { ReactNode } from 'react';
import type { TooltipContentProps } from 'recharts';
import type { BarSelection } from '@shared/domain/stats/select-deals';
import type { Rate } from '@shared/domain/stats/wilson';
import { useFormat } from '../../../i18n/format';
import { useTranslation } from 'react-i18next';
import type { TableRow } from './ChartCard';
import styles from './Charts.module.css';

const token = (name: string, fallback: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

export type ChartColours = {
  accent: string;
  muted: string;
  grid: string;
  text: string;
  resolved: string;
  partly: string;
  warningText: string;
  unresolved: string;
  line: string;
  surface: string;
};

/** Read from the design tokens at render time, so the charts follow the light or dark theme. */
export function chartColours(): ChartColours {
  return {
    accent: token('--accent', '#2f5bd8'),
    muted: token('--border-strong', '#c9d0db'),
    grid: token('--border', '#e1e5ec'),
    text: token('--text-2', '#4c5667'),
    resolved: token('--success', '#17864b'),
    // The warning token is a text colour (dark brown in the light theme); bars need a clear amber in both themes.
    partly: '#e0a12b',
    warningText: token('--warning', '#a15c00'),
    unresolved: token('--danger', '#c2362f'),
    line: token('--text', '#18202d'),
    surface: token('--surface', '#ffffff'),
  };
}

export const axisTick = (colours: ChartColours) => ({ fill: colours.text, fontSize: 12 });

const WIDE_CHARACTER = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Long category names are cut to about `width` pixels (CJK characters count double) so the bars keep
 * their room; the table and the tooltip show them whole.
 */
export function shorten(text: string, width: number): string {
  const budget = width / 6.6;
  let used = 0;
  const characters = [...text];
  for (let index = 0; index < characters.length; index++) {
    used += WIDE_CHARACTER.test(characters[index] ?? '') ? 2 : 1;
    if (used > budget) return `${characters.slice(0, Math.max(1, index - 1)).join('')}…`;
  }
  return text;
}

/** A bar's rate with its 95% range as the whisker recharts' ErrorBar expects (distances below and above). */
export const rateDatum = (rate: Rate): { rate: number | null; whisker: [number, number] } => ({
  rate: rate.rate,
  whisker: rate.rate === null ? [0, 0] : [rate.rate - rate.low, rate.high - rate.rate],
});

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown; index?: number } };

/**
 * A category label on the left of a horizontal bar chart: the name, and under it the n (with a
 * small-sample mark) so every bar carries its sample size.
 */
export function CategoryTick({
  x = 0,
  y = 0,
  payload,
  rows,
  colours,
  width,
}: TickProps & {
  rows: readonly { label: string; n: string; isSmall: boolean }[];
  colours: ChartColours;
  width: number;
}) {
  const row = rows[payload?.index ?? -1];
  if (!row) return null;
  return (
    <g transform={`translate(${Number(x) - 6},${Number(y)})`}>
      <title>{row.label}</title>
      <text textAnchor="end" fill={colours.line} fontSize={12} dy={-1}>
        {shorten(row.label, width - 10)}
      </text>
      <text textAnchor="end" fill={row.isSmall ? colours.warningText : colours.text} fontSize={10.5} dy={12}>
        {row.n}
      </text>
    </g>
  );
}

/** Tooltip body: a title and a few lines, in the app's own look. */
export function TooltipBox({ title, lines }: { title: string; lines: readonly ReactNode[] }) {
  return (
    <div className={styles.tooltip}>
      <strong>{title}</strong>
      {lines.map((line, index) => (
        <span key={index}>{line}</span>
      ))}
    </div>
  );
}

/** What the tooltip says about the bar (or point) at an index; null for none. */
export type Describe = (index: number) => { title: string; lines: ReactNode[] } | null;

/** recharts' tooltip content for rows described by index. */
export const tooltipFor =
  (describe: Describe) =>
  ({ active, activeIndex }: Pick<TooltipContentProps, 'active' | 'activeIndex'>) => {
    if (!active || activeIndex === undefined || activeIndex === null) return null;
    const content = describe(Number(activeIndex));
    return content ? <TooltipBox title={content.title} lines={content.lines} /> : null;
  };

/** How rates, their ranges and sample sizes read in every History chart and table. */
export function useRateFormat() {
  const { t, i18n } = useTranslation('history');
  const format = useFormat();
  return {
    /** A ratio such as a lift: two decimals at most. */
    ratio: (value: number): string => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(value),
    percent: (value: number | null): string => (value === null ? '—' : format.percent(value)),
    range: ({ low, high }: Pick<Rate, 'low' | 'high'>): string =>
      t('chart.range', { low: format.percent(low), high: format.percent(high) }),
    n: (count: number): string => t('chart.n', { n: format.number(count) }),
  };
}

export type RateFormat = ReturnType<typeof useRateFormat>;

/** A table row for a bar that carries a rate: the chart's own cells, then the rate and its 95% range. */
export function rateRow(
  bar: { key: string; label: string; selection: BarSelection | null; dealCount: number; rate: Rate },
  rates: RateFormat,
  cells: Record<string, ReactNode>,
): TableRow {
  return {
    key: bar.key,
    label: bar.label,
    selection: bar.selection,
    dealCount: bar.dealCount,
    isSmall: bar.rate.isSmallSample,
    cells: { label: bar.label, ...cells, rate: rates.percent(bar.rate.rate), range: rates.range(bar.rate) },
  };
}
