// The concession curve: the user's price and the counterpart's offers by round, against target and walk-away.
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DrillSummary } from '@shared/domain/rehearsal/drill';
import { useFormat } from '../../i18n/format';
import { compactMoney } from '../worksheet/money';
import styles from './Drill.module.css';
import { confidential } from '../../ui/Confidential';

const token = (name: string, fallback: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/** Round tick values (1, 2 or 5 × a power of ten) that cover the values with a little room. */
function niceTicks(values: readonly number[], count = 5): number[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const rough = Math.max(max - min, Math.abs(max) * 0.02, 1) / (count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let tick = Math.floor(min / step) * step; tick <= Math.ceil(max / step) * step + step / 2; tick += step) {
    ticks.push(tick);
  }
  return ticks;
}

type Series = { key: string; label: string; colour: string; dash: string | null; isLine: boolean };

export function ConcessionChart({ summary }: { summary: DrillSummary }) {
  const { t, i18n } = useTranslation('rehearsal');
  const format = useFormat();
  const money = (value: number): string => format.money(value, summary.currency);
  const theirs = new Map(summary.theirPoints.map((point) => [point.round, point.price]));
  const data = summary.points.map((point) => ({ round: point.round, you: point.price, them: theirs.get(point.round) }));
  const ticks = niceTicks([
    ...summary.points.map((point) => point.price),
    ...summary.theirPoints.map((point) => point.price),
    summary.target,
    summary.walkAway,
    ...(summary.theirWalkAway === null ? [] : [summary.theirWalkAway]),
  ]);
  const grid = token('--border', '#e1e5ec');
  const text = token('--text-2', '#4c5667');
  const series: Series[] = [
    { key: 'you', label: t('drill.summary.you'), colour: token('--accent', '#2f5bd8'), dash: null, isLine: true },
    { key: 'them', label: t('drill.summary.them'), colour: token('--text-3', '#7b8494'), dash: '4 3', isLine: true },
    {
      key: 'target',
      label: `${t('drill.summary.target')} ${money(summary.target)}`,
      colour: token('--success', '#17864b'),
      dash: '6 4',
      isLine: false,
    },
    {
      key: 'walkAway',
      label: `${t('drill.summary.walkAway')} ${money(summary.walkAway)}`,
      colour: token('--danger', '#c2362f'),
      dash: '6 4',
      isLine: false,
    },
    ...(summary.theirWalkAway === null
      ? []
      : [
          {
            key: 'theirLimit',
            label: `${t('drill.summary.theirLimitLine')} ${money(summary.theirWalkAway)}`,
            colour: token('--text-3', '#7b8494'),
            dash: '2 4',
            isLine: false,
          },
        ]),
  ];
  const style = (key: string): Series => series.find((entry) => entry.key === key) ?? series[0]!;
  const references = [
    { key: 'target', y: summary.target },
    { key: 'walkAway', y: summary.walkAway },
    ...(summary.theirWalkAway === null ? [] : [{ key: 'theirLimit', y: summary.theirWalkAway }]),
  ];

  return (
    <figure className={styles.chart} {...confidential} role="img" aria-label={t('drill.summary.chartLabel')}>
      <ResponsiveContainer width="100%" height={280}>
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid stroke={grid} strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="round"
            tick={{ fill: text, fontSize: 12 }}
            tickFormatter={(round: number) => (round === 0 ? t('drill.summary.start') : String(round))}
            stroke={grid}
          />
          <YAxis
            domain={[ticks[0] ?? 'auto', ticks.at(-1) ?? 'auto']}
            ticks={ticks}
            width={76}
            tick={{ fill: text, fontSize: 12 }}
            tickFormatter={(value: number) => compactMoney(i18n.language, summary.currency, value)}
            stroke={grid}
          />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? money(value) : String(value))}
            labelFormatter={(round) =>
              round === 0 ? t('drill.summary.start') : `${t('drill.summary.round')} ${round}`
            }
          />
          {references.map(({ key, y }) => (
            <ReferenceLine key={key} y={y} stroke={style(key).colour} strokeDasharray={style(key).dash ?? undefined} />
          ))}
          {(['them', 'you'] as const).map((key) => (
            <Line
              key={key}
              type="linear"
              dataKey={key}
              name={style(key).label}
              stroke={style(key).colour}
              strokeWidth={key === 'you' ? 2.5 : 2}
              strokeDasharray={style(key).dash ?? 'none'}
              dot={{ r: key === 'you' ? 4 : 3 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <figcaption className={styles.legend}>
        {series.map((entry) => (
          <span key={entry.key} className={styles.legendItem}>
            <svg width="22" height="10" aria-hidden="true">
              <line
                x1="1"
                x2="21"
                y1="5"
                y2="5"
                stroke={entry.colour}
                strokeWidth={entry.isLine ? 2.5 : 1.5}
                strokeDasharray={entry.dash ?? undefined}
              />
            </svg>
            {entry.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
