// A keyboard-operable list of entries (listbox): arrow keys, Home and End move the selection.
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import styles from './EntryList.module.css';

type Item = { id: string; isHidden: boolean };

const optionId = (id: string): string => `playbook-option-${id}`;

export function EntryList<T extends Item>({
  label,
  items,
  selectedId,
  onSelect,
  renderItem,
}: {
  label: string;
  items: readonly T[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  renderItem: (item: T) => ReactNode;
}) {
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (selectedId) document.getElementById(optionId(selectedId))?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent): void => {
    const index = items.findIndex((item) => item.id === selectedId);
    const target =
      event.key === 'ArrowDown'
        ? Math.min(index + 1, items.length - 1)
        : event.key === 'ArrowUp'
          ? Math.max(index - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? items.length - 1
              : null;
    const item = target === null ? undefined : items[target];
    if (!item) return;
    event.preventDefault();
    onSelect(item.id);
  };

  return (
    <div
      ref={listRef}
      className={styles.list}
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={selectedId ? optionId(selectedId) : undefined}
      onKeyDown={onKeyDown}
      data-entry-list
    >
      {items.map((item) => (
        <div
          key={item.id}
          id={optionId(item.id)}
          role="option"
          aria-selected={item.id === selectedId}
          className={`${styles.option} ${item.isHidden ? styles.hidden : ''}`}
          onClick={() => {
            onSelect(item.id);
            listRef.current?.focus();
          }}
        >
          {renderItem(item)}
        </div>
      ))}
    </div>
  );
}
