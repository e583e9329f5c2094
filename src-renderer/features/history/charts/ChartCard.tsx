// One History figure: its title and n, a small-sample warning, and a switch between the chart and an accessible table.
import { useId, useState, type ReactNode } from 'react';
import type { BarSelection } from '@shared/domain/stats/select-deals';
import { useFormat } from '../../../i18n/format';
import { Icon } from '../../../ui/Icon';
import { useTranslation } from 'react-i18next';
import styles from './Charts.module.css';

export type TableColumn = { key: string; label: string; isNumeric?: boolean };

export type TableRow = {
  key: string;
  /** Names the row (its first cell), e.g. for "show the deals behind …". */
  label: string;
  cells: Record<string, ReactNode>;
  selection: BarSelection | null;
  dealCount: number;
  isSmall?: boolean;
};

export type SelectBar = (selection: BarSelection, label: string) => void;

export function DataTable({
  caption,
  columns,
  rows,
  onSelect,
}: {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  onSelect: SelectBar;
}) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const hasDeals = rows.some((row) => row.selection !== null);
  const [first, ...rest] = columns;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.isNumeric ? styles.numeric : undefined}>
                {column.label}
              </th>
            ))}
            {hasDeals && (
              <th scope="col" className={styles.numeric}>
                {t('columns.actions')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.isSmall ? styles.smallRow : undefined}>
              {first && <th scope="row">{row.cells[first.key]}</th>}
              {rest.map((column) => (
                <td key={column.key} className={column.isNumeric ? styles.numeric : undefined}>
                  {row.cells[column.key]}
                </td>
              ))}
              {hasDeals && (
                <td className={styles.numeric}>
                  {row.selection && row.dealCount > 0 && (
                    <button
                      type="button"
                      className={`btn btn-ghost btn-sm ${styles.dealsButton}`}
                      aria-label={t('chart.showDealsFor', { label: row.label })}
                      title={t('chart.showDeals')}
                      onClick={() => row.selection && onSelect(row.selection, row.label)}
                    >
                      {format.number(row.dealCount)}
                      <Icon name="chevron" size={12} />
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ChartCard({
  id,
  title,
  hint,
  n,
  isSmallSample,
  isEmpty,
  table,
  children,
  footer,
  headerExtra,
  emptyText,
}: {
  id: string;
  title: string;
  hint: string;
  n: number;
  isSmallSample: boolean;
  isEmpty: boolean;
  table: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  headerExtra?: ReactNode;
  /** What to say when there is nothing to draw; a general line by default. */
  emptyText?: ReactNode;
}) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const titleId = useId();
  return (
    <section className={`card ${styles.card}`} aria-labelledby={titleId} data-chart={id}>
      <header className={styles.cardHeader}>
        <div className={styles.cardTitles}>
          <h2 id={titleId}>{title}</h2>
          <p className={styles.hint}>{hint}</p>
        </div>
        <div className={styles.cardTools}>
          <span className="badge">{t('chart.n', { n: format.number(n) })}</span>
          {headerExtra}
          <div className={styles.switch} role="group" aria-label={`${title}: ${t('chart.view')}`}>
            {(['chart', 'table'] as const).map((option) => (
              <button
                key={option}
                type="button"
                aria-pressed={view === option}
                className={view === option ? styles.switchOn : undefined}
                onClick={() => setView(option)}
              >
                {t(option === 'chart' ? 'chart.asChart' : 'chart.asTable')}
              </button>
            ))}
          </div>
        </div>
      </header>
      {isSmallSample && !isEmpty && (
        <p className={styles.smallSample}>
          <Icon name="alert" size={14} />
          {t('chart.smallSample')}
        </p>
      )}
      {isEmpty ? (
        <p className={styles.noData}>{emptyText ?? t('chart.noData')}</p>
      ) : view === 'chart' ? (
        <div className={styles.figure} data-figure="">
          {children}
        </div>
      ) : (
        table
      )}
      {footer && !isEmpty && <div className={styles.footer}>{footer}</div>}
    </section>
  );
}
