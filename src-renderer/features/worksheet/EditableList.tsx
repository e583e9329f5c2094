// One row per worksheet entry, with add and remove, reordered by dragging the grip or with Alt+↑/↓.
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import styles from './EditableList.module.css';
import { Button } from '../../ui/Button';

type EditableListProps<T extends { id: string }> = {
  items: readonly T[];
  /** Names entry `index` for screen readers, e.g. "interest 2". */
  itemLabel: (index: number) => string;
  /** Grid columns of the fields, between the grip and the remove button. */
  columns: string;
  headings?: readonly ReactNode[];
  renderFields: (item: T, index: number) => ReactNode;
  /** A full-width line under the row, e.g. the warnings about this entry. */
  renderAfter?: (item: T, index: number) => ReactNode;
  /** Without it the list keeps its order. */
  onMove?: (from: number, to: number) => void;
  onRemove: (id: string) => void;
  /** Adds an entry and returns its id, so its first field gets the focus. */
  onAdd: () => string;
  addLabel: string;
  empty: string;
  footer?: ReactNode;
  rowClassName?: (item: T) => string | undefined;
};

const ADD = '__add__';

export function EditableList<T extends { id: string }>({
  items,
  itemLabel,
  columns,
  headings,
  renderFields,
  renderAfter,
  onMove,
  onRemove,
  onAdd,
  addLabel,
  empty,
  footer,
  rowClassName,
}: EditableListProps<T>) {
  const { t } = useTranslation('worksheet');
  const listRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | HTMLElement | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [armed, setArmed] = useState<number | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);

  // Focus follows the user's action once React has rendered it: the new row, the neighbour of a
  // removed row, or the control that was focused before a move re-ordered the DOM.
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    const root = listRef.current;
    if (target instanceof HTMLElement) {
      if (document.activeElement !== target) target.focus();
    } else if (target === ADD) {
      root?.querySelector<HTMLElement>('[data-add]')?.focus();
    } else {
      root
        ?.querySelector(`[data-row="${CSS.escape(target)}"]`)
        ?.querySelector<HTMLElement>('input, textarea, select')
        ?.focus();
    }
  });

  const move = (from: number, to: number): void => {
    if (!onMove || to < 0 || to >= items.length || from === to) return;
    if (document.activeElement instanceof HTMLElement) pendingFocus.current = document.activeElement;
    onMove(from, to);
    setAnnouncement(t('list.moved', { position: to + 1, count: items.length }));
  };
  const remove = (index: number): void => {
    const item = items[index];
    if (!item) return;
    pendingFocus.current = items[index - 1]?.id ?? items[index + 1]?.id ?? ADD;
    onRemove(item.id);
  };
  const moveByKey = (event: KeyboardEvent, index: number, needsAlt: boolean): void => {
    if (needsAlt !== event.altKey || event.ctrlKey || event.metaKey) return;
    const step = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    if (step === 0) return;
    event.preventDefault();
    event.stopPropagation();
    move(index, index + step);
  };
  const endDrag = (): void => {
    setArmed(null);
    setDragging(null);
    setOver(null);
  };

  const isSortable = onMove !== undefined && items.length > 1;
  const template = `${onMove ? '22px ' : ''}${columns} 30px`;

  return (
    <div className={styles.list} ref={listRef}>
      {items.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <>
          {headings && (
            <div className={styles.headings} style={{ gridTemplateColumns: template }} aria-hidden="true">
              {onMove && <span />}
              {headings.map((heading, index) => (
                <span key={index}>{heading}</span>
              ))}
              <span />
            </div>
          )}
          <ul className={styles.rows}>
            {items.map((item, index) => {
              const label = itemLabel(index);
              const dropClass =
                over === index && dragging !== null && dragging !== index
                  ? dragging < index
                    ? styles.dropAfter
                    : styles.dropBefore
                  : '';
              return (
                <li
                  key={item.id}
                  data-row={item.id}
                  className={`${styles.row} ${dragging === index ? styles.dragging : ''} ${dropClass} ${rowClassName?.(item) ?? ''}`}
                  draggable={armed === index}
                  onDragStart={(event) => {
                    event.dataTransfer.effectAllowed = 'move';
                    event.dataTransfer.setData('text/plain', item.id);
                    setDragging(index);
                  }}
                  onDragOver={(event) => {
                    if (dragging === null) return;
                    event.preventDefault();
                    event.dataTransfer.dropEffect = 'move';
                    if (over !== index) setOver(index);
                  }}
                  onDrop={(event) => {
                    event.preventDefault();
                    if (dragging !== null) move(dragging, index);
                    endDrag();
                  }}
                  onDragEnd={endDrag}
                  onKeyDown={(event) => moveByKey(event, index, true)}
                >
                  <div
                    className={styles.fields}
                    style={{ gridTemplateColumns: template }}
                    role="group"
                    aria-label={label}
                  >
                    {onMove && (
                      <Button
                        type="button"
                        className={styles.grip}
                        aria-label={t('list.move', { item: label })}
                        title={t('list.moveHint')}
                        disabled={!isSortable}
                        onPointerDown={() => setArmed(index)}
                        onPointerUp={() => setArmed(null)}
                        onKeyDown={(event) => moveByKey(event, index, false)}
                      >
                        <Icon name="grip" size={16} />
                      </Button>
                    )}
                    {renderFields(item, index)}
                    <Button
                      type="button"
                      className="btn btn-ghost btn-icon"
                      aria-label={t('list.remove', { item: label })}
                      title={t('list.remove', { item: label })}
                      onClick={() => remove(index)}
                    >
                      <Icon name="close" size={15} />
                    </Button>
                  </div>
                  {renderAfter?.(item, index)}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div className={styles.footer}>
        <Button
          type="button"
          className="btn btn-sm"
          data-add
          onClick={() => {
            pendingFocus.current = onAdd();
          }}
        >
          <Icon name="plus" size={14} />
          {addLabel}
        </Button>
        {footer}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
