// What works: technique effectiveness, closing signals (win rate when seen, and lift) and closing-method success.
import type { HistoryView } from '@shared/domain/history/records';
import type { BarSelection } from '@shared/domain/stats/select-deals';
import { useFormat } from '../../../i18n/format';
import { useHistoryNames } from '../history-names';
import { chartColours, rateRow, useRateFormat } from './chart-kit';
import { ChartCard, type SelectBar } from './ChartCard';
import { RateBars } from './RateBars';
import { useTranslation } from 'react-i18next';
import styles from './Charts.module.css';

type ChartProps = { view: HistoryView; onSelect: SelectBar };

/** Bars per chart; the table lists every entry of the summary. */
const IN_CHART = 10;
const SIGNALS_IN_CHART = 12;

export function TechniqueEffectiveness({ view, onSelect }: ChartProps) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const names = useHistoryNames(view.labels);
  const rates = useRateFormat();
  const { n } = rates;
  const { items, others, objectionsWithoutTechnique } = view.stats.techniques;
  const rows = items.map((item) => ({
    key: item.techniqueId,
    label: names.technique(item.techniqueId),
    nLabel: n(item.uses),
    rate: item.resolution,
    selection: { chart: 'technique', techniqueId: item.techniqueId } satisfies BarSelection,
    dealCount: item.dealCount,
    details: [
      `${t('results.partly')}: ${format.number(item.partly)} · ${t('results.unresolved')}: ${format.number(item.unresolved)}`,
    ],
    item,
  }));
  const uses = items.reduce((sum, item) => sum + item.uses, 0);
  const left = others + Math.max(0, rows.length - IN_CHART);
  return (
    <ChartCard
      id="techniques"
      title={t('charts.techniques.title')}
      hint={t('charts.techniques.hint')}
      n={uses}
      isSmallSample={uses < 5}
      isEmpty={rows.length === 0}
      footer={
        <>
          {objectionsWithoutTechnique > 0 && (
            <span>{t('charts.techniques.without', { count: objectionsWithoutTechnique })}</span>
          )}
          {left > 0 && <span>{t('chart.others', { count: left })}</span>}
        </>
      }
      table={{
        caption: t('charts.techniques.title'),
        onSelect,
        columns: [
          { key: 'label', label: t('columns.technique') },
          { key: 'uses', label: t('columns.uses'), isNumeric: true },
          { key: 'resolved', label: t('results.resolved'), isNumeric: true },
          { key: 'partly', label: t('results.partly'), isNumeric: true },
          { key: 'unresolved', label: t('results.unresolved'), isNumeric: true },
          { key: 'rate', label: t('columns.rate'), isNumeric: true },
          { key: 'range', label: t('columns.range'), isNumeric: true },
        ],
        rows: rows.map((row) =>
          rateRow(row, rates, {
            uses: format.number(row.item.uses),
            resolved: format.number(row.item.resolved),
            partly: format.number(row.item.partly),
            unresolved: format.number(row.item.unresolved),
          }),
        ),
      }}
    >
      <RateBars rows={rows.slice(0, IN_CHART)} rateLabel={t('columns.resolution')} onSelect={onSelect} />
    </ChartCard>
  );
}

export function ClosingSignals({ view, onSelect }: ChartProps) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const colours = chartColours();
  const names = useHistoryNames(view.labels);
  const rates = useRateFormat();
  const { percent, n, ratio } = rates;
  const { items, others } = view.stats.signals;
  const lift = (value: number | null): string => (value === null ? '—' : `×${ratio(value)}`);
  const rows = items.map((item) => ({
    key: item.key,
    label: names.signal(item.signalId, item.text),
    nLabel:
      item.lift === null
        ? n(item.whenObserved.n)
        : `${n(item.whenObserved.n)} · ${t('chart.lift', { value: ratio(item.lift) })}`,
    rate: item.whenObserved,
    compare: item.whenNotObserved,
    selection: { chart: 'signal', key: item.key } satisfies BarSelection,
    dealCount: item.dealCount,
    details: [`${t('columns.observations')}: ${format.number(item.observations)}`],
    item,
  }));
  const closed = view.stats.totals.closed;
  const left = others + Math.max(0, rows.length - SIGNALS_IN_CHART);
  return (
    <ChartCard
      id="signals"
      title={t('charts.signals.title')}
      hint={t('charts.signals.hint')}
      n={closed}
      isSmallSample={closed < 5}
      isEmpty={rows.length === 0}
      footer={
        <>
          <span className={styles.legend}>
            <span className={styles.legendItem}>
              <span className={styles.swatch} style={{ background: colours.accent }} />
              {t('charts.signals.observed')}
            </span>
            <span className={styles.legendItem}>
              <span className={styles.swatch} style={{ background: colours.muted }} />
              {t('charts.signals.notObserved')}
            </span>
          </span>
          {left > 0 && <span>{t('chart.others', { count: left })}</span>}
        </>
      }
      table={{
        caption: t('charts.signals.title'),
        onSelect,
        columns: [
          { key: 'label', label: t('columns.signal') },
          { key: 'observations', label: t('columns.observations'), isNumeric: true },
          { key: 'rate', label: t('columns.winWhenSeen'), isNumeric: true },
          { key: 'range', label: t('columns.range'), isNumeric: true },
          { key: 'notSeen', label: t('columns.winWhenNotSeen'), isNumeric: true },
          { key: 'lift', label: t('columns.lift'), isNumeric: true },
        ],
        rows: rows.map((row) =>
          rateRow(row, rates, {
            observations: format.number(row.item.observations),
            notSeen: percent(row.compare.rate),
            lift: lift(row.item.lift),
          }),
        ),
      }}
    >
      <RateBars
        rows={rows.slice(0, SIGNALS_IN_CHART)}
        rateLabel={t('columns.winWhenSeen')}
        compareLabel={t('columns.winWhenNotSeen')}
        onSelect={onSelect}
      />
    </ChartCard>
  );
}

export function ClosingMethods({ view, onSelect }: ChartProps) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const names = useHistoryNames(view.labels);
  const rates = useRateFormat();
  const { n } = rates;
  const { items } = view.stats.closingMethods;
  const rows = items.map((item) => ({
    key: item.methodId,
    label: names.method(item.methodId),
    nLabel: n(item.attempts),
    rate: item.success,
    selection: { chart: 'closing-method', methodId: item.methodId } satisfies BarSelection,
    dealCount: item.dealCount,
    details: [
      `${t('attemptResults.declined')}: ${format.number(item.declined)} · ${t('attemptResults.deferred')}: ${format.number(item.deferred)}`,
    ],
    item,
  }));
  const attempts = view.stats.totals.closingAttempts;
  return (
    <ChartCard
      id="closing-methods"
      title={t('charts.methods.title')}
      hint={t('charts.methods.hint')}
      n={attempts}
      isSmallSample={attempts < 5}
      isEmpty={rows.length === 0}
      table={{
        caption: t('charts.methods.title'),
        onSelect,
        columns: [
          { key: 'label', label: t('columns.method') },
          { key: 'attempts', label: t('columns.attempts'), isNumeric: true },
          { key: 'accepted', label: t('attemptResults.accepted'), isNumeric: true },
          { key: 'declined', label: t('attemptResults.declined'), isNumeric: true },
          { key: 'deferred', label: t('attemptResults.deferred'), isNumeric: true },
          { key: 'rate', label: t('columns.success'), isNumeric: true },
          { key: 'range', label: t('columns.range'), isNumeric: true },
        ],
        rows: rows.map((row) =>
          rateRow(row, rates, {
            attempts: format.number(row.item.attempts),
            accepted: format.number(row.item.accepted),
            declined: format.number(row.item.declined),
            deferred: format.number(row.item.deferred),
          }),
        ),
      }}
    >
      <RateBars rows={rows} rateLabel={t('columns.success')} onSelect={onSelect} />
    </ChartCard>
  );
}
