// Cards and techniques are browsed alike: a counted, keyboard-operable list beside the open entry or its form.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EntryList } from './EntryList';
import { NoMatch } from './NoMatch';
import styles from './PlaybookPage.module.css';

export function EntryBrowser<T extends { id: string; isHidden: boolean }>({
  kind,
  totals,
  includeHidden,
  error,
  items,
  selectedId,
  onSelect,
  renderItem,
  onClear,
  children,
}: {
  kind: 'cards' | 'techniques';
  /** Undefined until the list has loaded. */
  totals: { total: number; hiddenCount: number } | undefined;
  includeHidden: boolean;
  error: Error | undefined;
  items: readonly T[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  renderItem: (item: T) => ReactNode;
  onClear: (() => void) | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation('playbook');
  const count =
    totals &&
    t(kind === 'cards' ? 'list.cardCount' : 'list.techniqueCount', {
      shown: items.length,
      total: includeHidden ? totals.total : totals.total - totals.hiddenCount,
    });
  const label = t(kind === 'cards' ? 'list.cardsLabel' : 'list.techniquesLabel');
  return (
    <div className={styles.split}>
      <div className={`card ${styles.listPane}`}>
        {count && (
          <p className={styles.listHeader}>
            <span>{count}</span>
            <span className={styles.kbd}>{t('list.keyboardHint')}</span>
          </p>
        )}
        {error && (
          <p className={styles.error} role="alert">
            {error.message}
          </p>
        )}
        {count && items.length === 0 ? (
          <NoMatch onClear={onClear} />
        ) : (
          <div className={styles.listScroll}>
            <EntryList
              label={label}
              items={items}
              selectedId={selectedId}
              onSelect={onSelect}
              renderItem={renderItem}
            />
          </div>
        )}
      </div>
      <div className={styles.detailPane}>{children}</div>
    </div>
  );
}

export function HiddenToggle({
  count,
  checked,
  onChange,
}: {
  count: number;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation('playbook');
  if (count === 0 && !checked) return null;
  return (
    <label className={styles.toggle}>
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {t('filters.showHidden', { count })}
    </label>
  );
}
