// Columns over categories or periods (counts on the left), optionally with a 0–100% axis on the right for a rate line.
import type { ReactNode } from 'react';
import { CartesianGrid, ComposedChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../../../i18n/format';
import { axisTick, chartColours, tooltipFor, type Describe } from './chart-kit';

const PERCENT_TICKS = [0, 0.25, 0.5, 0.75, 1];

/** The axis ids bars and lines refer to. */
export const COUNT_AXIS = 'count';
export const SHARE_AXIS = 'share';

export function ColumnChart({
  data,
  height,
  describe,
  hasShareAxis = false,
  isEveryTickShown = false,
  tickFontSize = 12,
  children,
}: {
  data: readonly object[];
  height: number;
  describe: Describe;
  hasShareAxis?: boolean;
  /** Categories show every label; periods skip labels that would collide. */
  isEveryTickShown?: boolean;
  tickFontSize?: number;
  children: ReactNode;
}) {
  const format = useFormat();
  const colours = chartColours();
  return (
    <ComposedChart
      accessibilityLayer={false}
      data={[...data]}
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 8, right: hasShareAxis ? 4 : 8, bottom: 0, left: 0 }}
    >
      <CartesianGrid vertical={false} stroke={colours.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="label"
        tick={{ ...axisTick(colours), fontSize: tickFontSize }}
        stroke={colours.grid}
        tickLine={false}
        {...(isEveryTickShown ? { interval: 0 } : { minTickGap: 8 })}
      />
      {/* "auto" measures the widest tick ("1,000", "12,500"), so no count label is ever clipped. */}
      <YAxis
        yAxisId={COUNT_AXIS}
        allowDecimals={false}
        tickFormatter={(value: number) => format.number(value)}
        tick={axisTick(colours)}
        stroke={colours.grid}
        width="auto"
      />
      {hasShareAxis && (
        <YAxis
          yAxisId={SHARE_AXIS}
          orientation="right"
          domain={[0, 1]}
          ticks={PERCENT_TICKS}
          tickFormatter={(value: number) => format.percent(value)}
          tick={axisTick(colours)}
          stroke={colours.grid}
          width={44}
        />
      )}
      <Tooltip content={tooltipFor(describe)} cursor={{ fill: colours.grid, fillOpacity: 0.35 }} />
      {children}
    </ComposedChart>
  );
}
