// One History figure: its title and n, a small-sample warning, and a switch between the chart and an accessible table.
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { BarSelection } from '@shared/domain/stats/select-deals';
import { useFormat } from '../../../i18n/format';
import { Icon } from '../../../ui/Icon';
import { useTranslation } from 'react-i18next';
import styles from './Charts.module.css';
import { Button } from '../../../ui/Button';

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

export type DataTableProps = {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  onSelect: SelectBar;
};

export function DataTable({ caption, columns, rows, onSelect }: DataTableProps) {
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
                    <Button
                      type="button"
                      className={`btn btn-ghost btn-sm ${styles.dealsButton}`}
                      aria-label={t('chart.showDealsFor', { label: row.label })}
                      title={t('chart.showDeals')}
                      onClick={() => row.selection && onSelect(row.selection, row.label)}
                    >
                      {format.number(row.dealCount)}
                      <Icon name="chevron" size={12} />
                    </Button>
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
  /** The chart's numbers: shown as a table, and read out bar by bar from the keyboard. */
  table: DataTableProps;
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
              <Button
                key={option}
                type="button"
                aria-pressed={view === option}
                className={view === option ? styles.switchOn : undefined}
                onClick={() => setView(option)}
              >
                {t(option === 'chart' ? 'chart.asChart' : 'chart.asTable')}
              </Button>
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
          <div aria-hidden="true">{children}</div>
          <BarKeys title={title} table={table} />
        </div>
      ) : (
        <DataTable {...table} />
      )}
      {footer && !isEmpty && <div className={styles.footer}>{footer}</div>}
    </section>
  );
}

/** A cell as words (cells are text or numbers in practice). */
const cellText = (cell: ReactNode): string =>
  typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '';

/** One line that says a bar: its name, then each figure with its column name. */
const describeRow = (row: TableRow, columns: readonly TableColumn[]): string =>
  [row.label, ...columns.slice(1).map((column) => `${column.label} ${cellText(row.cells[column.key])}`.trim())].join(
    ', ',
  );

/**
 * The chart from the keyboard: one Tab stop over the drawing, named by the chart's title; the arrow keys move from
 * bar to bar (read out, and written under the chart), Enter or Space shows the deals behind the bar.
 */
function BarKeys({ title, table }: { title: string; table: DataTableProps }) {
  const { t } = useTranslation('history');
  const id = useId();
  const [active, setActive] = useState(0);
  const [isFocused, setIsFocused] = useState(false);
  const { rows, columns, onSelect } = table;
  const current = rows[Math.min(active, rows.length - 1)];
  const onKeyDown = (event: KeyboardEvent): void => {
    const last = rows.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(active + 1, last),
      ArrowDown: Math.min(active + 1, last),
      ArrowLeft: Math.max(active - 1, 0),
      ArrowUp: Math.max(active - 1, 0),
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setActive(next);
    } else if ((event.key === 'Enter' || event.key === ' ') && current?.selection && current.dealCount > 0) {
      event.preventDefault();
      onSelect(current.selection, current.label);
    }
  };
  return (
    <>
      <div
        className={styles.barKeys}
        role="listbox"
        tabIndex={0}
        aria-label={title}
        aria-describedby={`${id}-summary`}
        aria-activedescendant={current ? `${id}-${rows.indexOf(current)}` : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => setIsFocused(true)}
        onBlur={() => setIsFocused(false)}
      >
        {rows.map((row, index) => (
          <div
            key={row.key}
            id={`${id}-${index}`}
            role="option"
            aria-selected={row === current}
            className="visually-hidden"
          >
            {describeRow(row, columns)}
          </div>
        ))}
      </div>
      <p id={`${id}-summary`} className={isFocused && current ? styles.barNow : 'visually-hidden'}>
        {isFocused && current
          ? `${describeRow(current, columns)}. ${current.selection && current.dealCount > 0 ? t('chart.keysOpen') : ''}`
          : t('chart.keysSummary', { count: rows.length })}
      </p>
    </>
  );
}
