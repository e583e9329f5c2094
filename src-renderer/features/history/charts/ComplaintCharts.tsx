// Complaint figures: by category and channel (shares with their 95% ranges), over time, time to resolve,
// repeat complainers, and how later deals went after a complaint the client was or was not satisfied with.
import { useState } from 'react';
import { Bar } from 'recharts';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  type ComplaintCategory,
  type ComplaintChannel,
} from '@shared/domain/complaints/complaint';
import type { HistoryView } from '@shared/domain/history/records';
import type { ComplaintShareBar } from '@shared/domain/stats/complaint-stats';
import type { BarSelection } from '@shared/domain/stats/select-deals';
import { useFormat } from '../../../i18n/format';
import { chartColours, rateRow, shorten, useRateFormat } from './chart-kit';
import { ColumnChart, COUNT_AXIS } from './ColumnChart';
import { ChartCard, type SelectBar } from './ChartCard';
import { RateBars } from './RateBars';
import { useTranslation } from 'react-i18next';
import styles from './Charts.module.css';

type ChartProps = { view: HistoryView; onSelect: SelectBar };

/** One palette step per category or channel, so stacked columns read apart in both themes. */
const SERIES_COLOURS = ['#2f6fdb', '#e0a12b', '#c2362f', '#17864b', '#8a4fd8', '#6b7785'];

function ShareChart<K extends string>({
  id,
  title,
  hint,
  bars,
  nameOf,
  selectionOf,
  firstColumn,
  total,
  onSelect,
}: {
  id: string;
  title: string;
  hint: string;
  bars: readonly ComplaintShareBar<K>[];
  nameOf: (key: K) => string;
  selectionOf: (key: K) => BarSelection;
  firstColumn: string;
  total: number;
  onSelect: SelectBar;
}) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const rates = useRateFormat();
  const rows = bars.map((bar) => ({
    key: bar.key,
    label: nameOf(bar.key),
    nLabel: rates.n(bar.count),
    rate: bar.share,
    selection: bar.count > 0 ? selectionOf(bar.key) : null,
    dealCount: bar.dealCount,
  }));
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
        columns: [
          { key: 'label', label: firstColumn },
          { key: 'count', label: t('columns.count'), isNumeric: true },
          { key: 'rate', label: t('columns.share'), isNumeric: true },
          { key: 'range', label: t('columns.range'), isNumeric: true },
        ],
        rows: rows.map((row, index) => rateRow(row, rates, { count: format.number(bars[index]?.count ?? 0) })),
      }}
    >
      <RateBars rows={rows} rateLabel={t('columns.share')} onSelect={onSelect} />
    </ChartCard>
  );
}

export function ComplaintsByCategory({ view, onSelect }: ChartProps) {
  const { t } = useTranslation(['history', 'care']);
  const { complaints } = view;
  return (
    <ShareChart
      id="complaints-by-category"
      title={t('charts.complaintCategory.title')}
      hint={t('charts.complaintCategory.hint')}
      bars={complaints.byCategory}
      nameOf={(key) => t(`care:categories.${key}`)}
      selectionOf={(category) => ({ chart: 'complaint-category', category })}
      firstColumn={t('care:form.category')}
      total={complaints.total}
      onSelect={onSelect}
    />
  );
}

export function ComplaintsByChannel({ view, onSelect }: ChartProps) {
  const { t } = useTranslation(['history', 'care']);
  const { complaints } = view;
  return (
    <ShareChart
      id="complaints-by-channel"
      title={t('charts.complaintChannel.title')}
      hint={t('charts.complaintChannel.hint')}
      bars={complaints.byChannel}
      nameOf={(key) => t(`care:channels.${key}`)}
      selectionOf={(channel) => ({ chart: 'complaint-channel', channel })}
      firstColumn={t('care:form.channel')}
      total={complaints.total}
      onSelect={onSelect}
    />
  );
}

export function ComplaintsOverTime({ view, onSelect }: ChartProps) {
  const { t } = useTranslation(['history', 'care']);
  const format = useFormat();
  const [dimension, setDimension] = useState<'category' | 'channel'>('category');
  const { points } = view.complaints.overTime;
  const keys: readonly (ComplaintCategory | ComplaintChannel)[] =
    dimension === 'category' ? COMPLAINT_CATEGORIES : COMPLAINT_CHANNELS;
  const nameOf = (key: ComplaintCategory | ComplaintChannel): string =>
    dimension === 'category'
      ? t(`care:categories.${key as ComplaintCategory}`)
      : t(`care:channels.${key as ComplaintChannel}`);
  const data = points.map((point) => ({
    label: point.period,
    ...Object.fromEntries(
      keys.map((key, index) => [key, (dimension === 'category' ? point.byCategory : point.byChannel)[index] ?? 0]),
    ),
  }));
  const select = (index: number): void => {
    const point = points[index];
    if (point && point.total > 0) onSelect({ chart: 'complaint-period', period: point.period }, point.period);
  };
  const describe = (index: number) => {
    const point = points[index];
    if (!point) return null;
    const counts = dimension === 'category' ? point.byCategory : point.byChannel;
    return {
      title: point.period,
      lines: [
        t('chart.n', { n: format.number(point.total) }),
        ...keys.flatMap((key, i) => ((counts[i] ?? 0) > 0 ? [`${nameOf(key)}: ${format.number(counts[i] ?? 0)}`] : [])),
      ],
    };
  };
  const title = t('charts.complaintTrend.title');
  return (
    <ChartCard
      id="complaints-over-time"
      title={title}
      hint={t('charts.complaintTrend.hint')}
      n={view.complaints.total}
      isSmallSample={view.complaints.isSmallSample}
      isEmpty={view.complaints.total === 0}
      headerExtra={
        <select
          className={`input ${styles.dimension}`}
          aria-label={t('charts.complaintTrend.by')}
          value={dimension}
          onChange={(event) => setDimension(event.target.value === 'channel' ? 'channel' : 'category')}
        >
          <option value="category">{t('care:form.category')}</option>
          <option value="channel">{t('care:form.channel')}</option>
        </select>
      }
      footer={
        <span className={styles.legend}>
          {keys.map((key, index) => (
            <span key={key} className={styles.legendItem}>
              <span className={styles.swatch} style={{ background: SERIES_COLOURS[index] }} />
              {nameOf(key)}
            </span>
          ))}
        </span>
      }
      table={{
        caption: title,
        onSelect,
        columns: [
          { key: 'label', label: t('columns.period') },
          { key: 'total', label: t('columns.count'), isNumeric: true },
          ...keys.map((key) => ({ key, label: nameOf(key), isNumeric: true })),
        ],
        rows: points.map((point, index) => ({
          key: point.period,
          label: point.period,
          selection: point.total > 0 ? { chart: 'complaint-period', period: point.period } : null,
          dealCount: point.total,
          cells: {
            label: point.period,
            total: format.number(point.total),
            ...Object.fromEntries(keys.map((key) => [key, format.number(Number(data[index]?.[key as never] ?? 0))])),
          },
        })),
      }}
    >
      <ColumnChart data={data} height={220} describe={describe}>
        {keys.map((key, index) => (
          <Bar
            key={key}
            yAxisId={COUNT_AXIS}
            dataKey={key}
            stackId="complaints"
            name={nameOf(key)}
            fill={SERIES_COLOURS[index]}
            isAnimationActive={false}
            onClick={(_data, pointIndex) => select(pointIndex)}
          />
        ))}
      </ColumnChart>
    </ChartCard>
  );
}

export function TimeToResolve({ view, onSelect }: ChartProps) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const colours = chartColours();
  const time = view.complaints.resolveTime;
  const days = (value: number | null): string =>
    value === null ? '—' : t('charts.resolveTime.days', { count: value, days: format.number(value) });
  const buckets = time.buckets.map((bucket) => ({
    ...bucket,
    label:
      bucket.to === null
        ? t('charts.resolveTime.over', { from: format.number(bucket.from) })
        : t('charts.resolveTime.range', { from: format.number(bucket.from), to: format.number(bucket.to) }),
    selection: { chart: 'complaint-resolve-time', key: bucket.key } satisfies BarSelection,
  }));
  const describe = (index: number) => {
    const bucket = buckets[index];
    return bucket ? { title: bucket.label, lines: [t('chart.n', { n: format.number(bucket.count) })] } : null;
  };
  const title = t('charts.resolveTime.title');
  return (
    <ChartCard
      id="time-to-resolve"
      title={title}
      hint={t('charts.resolveTime.hint')}
      n={time.n}
      isSmallSample={time.isSmallSample}
      isEmpty={time.n === 0}
      footer={t('charts.resolveTime.summary', {
        median: days(time.medianDays),
        p90: days(time.p90Days),
        open: format.number(time.open),
      })}
      table={{
        caption: title,
        onSelect,
        columns: [
          { key: 'label', label: t('charts.resolveTime.column') },
          { key: 'count', label: t('columns.count'), isNumeric: true },
        ],
        rows: buckets.map((bucket) => ({
          key: bucket.key,
          label: bucket.label,
          selection: bucket.count > 0 ? bucket.selection : null,
          dealCount: bucket.dealCount,
          cells: { label: bucket.label, count: format.number(bucket.count) },
        })),
      }}
    >
      <ColumnChart data={buckets} height={200} describe={describe} isEveryTickShown>
        <Bar
          yAxisId={COUNT_AXIS}
          dataKey="count"
          fill={colours.accent}
          isAnimationActive={false}
          onClick={(_data, index) => {
            const bucket = buckets[index];
            if (bucket && bucket.count > 0) onSelect(bucket.selection, bucket.label);
          }}
        />
      </ColumnChart>
    </ChartCard>
  );
}

export function RepeatComplainers({ view, onSelect }: ChartProps) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const colours = chartColours();
  const rates = useRateFormat();
  const { items, others, repeat } = view.complaints.repeatClients;
  const clients = items.map((item) => ({
    ...item,
    label: item.name,
    tick: shorten(item.name, 440 / Math.max(1, items.length)),
    selection: { chart: 'repeat-client', client: item.client } satisfies BarSelection,
  }));
  const describe = (index: number) => {
    const client = clients[index];
    return client
      ? { title: client.label, lines: [t('charts.repeat.complaints', { count: client.complaints })] }
      : null;
  };
  const title = t('charts.repeat.title');
  return (
    <ChartCard
      id="repeat-complainers"
      title={title}
      hint={t('charts.repeat.hint')}
      n={repeat.n}
      isSmallSample={repeat.isSmallSample}
      isEmpty={items.length === 0}
      emptyText={t('charts.repeat.none')}
      footer={t('charts.repeat.summary', {
        repeat: format.number(repeat.successes),
        clients: format.number(repeat.n),
        share: rates.percent(repeat.rate),
        range: rates.range(repeat),
        others: format.number(others),
      })}
      table={{
        caption: title,
        onSelect,
        columns: [
          { key: 'label', label: t('charts.repeat.client') },
          { key: 'complaints', label: t('columns.count'), isNumeric: true },
        ],
        rows: clients.map((client) => ({
          key: client.client,
          label: client.label,
          selection: client.selection,
          dealCount: client.dealCount,
          cells: { label: client.label, complaints: format.number(client.complaints) },
        })),
      }}
    >
      <ColumnChart
        data={clients.map((client) => ({ ...client, label: client.tick }))}
        height={200}
        describe={describe}
        isEveryTickShown
        tickFontSize={11}
      >
        <Bar
          yAxisId={COUNT_AXIS}
          dataKey="complaints"
          fill={colours.unresolved}
          isAnimationActive={false}
          onClick={(_data, index) => {
            const client = clients[index];
            if (client) onSelect(client.selection, client.label);
          }}
        />
      </ColumnChart>
    </ChartCard>
  );
}

export function WinRateAfterComplaint({ view, onSelect }: ChartProps) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const rates = useRateFormat();
  const groups = view.complaints.afterComplaint;
  const rows = groups.map((group) => ({
    key: group.group,
    label: t(`charts.after.groups.${group.group}`),
    nLabel: rates.n(group.winRate.n),
    rate: group.winRate,
    selection: { chart: 'after-complaint', group: group.group } satisfies BarSelection,
    dealCount: group.dealCount,
  }));
  const afterAny = groups.filter((group) => group.group !== 'none').reduce((sum, group) => sum + group.winRate.n, 0);
  const title = t('charts.after.title');
  return (
    <ChartCard
      id="win-rate-after-complaint"
      title={title}
      hint={t('charts.after.hint')}
      n={afterAny}
      isSmallSample={afterAny < 5}
      isEmpty={afterAny === 0}
      table={{
        caption: title,
        onSelect,
        columns: [
          { key: 'label', label: t('charts.after.column') },
          { key: 'n', label: t('columns.deals'), isNumeric: true },
          { key: 'rate', label: t('columns.winRate'), isNumeric: true },
          { key: 'range', label: t('columns.range'), isNumeric: true },
        ],
        rows: rows.map((row) => rateRow(row, rates, { n: format.number(row.rate.n) })),
      }}
    >
      <RateBars rows={rows} rateLabel={t('columns.winRate')} onSelect={onSelect} />
    </ChartCard>
  );
}
