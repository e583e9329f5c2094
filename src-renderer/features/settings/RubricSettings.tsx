// Settings: the user's own rehearsal rubric – reword, add, remove, reorder, or go back to the defaults.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultRubricEntries,
  isBuiltInRubricItem,
  MAX_RUBRIC_ITEMS,
  MAX_RUBRIC_TEXT,
  rubricLabel,
  type RubricEntry,
} from '@shared/domain/rehearsal/records';
import { call } from '../../ipc-client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { useContentLanguage } from '../playbook/use-content-language';
import styles from './RubricSettings.module.css';
import { Button } from '../../ui/Button';

type Row = { id: string; text: string };

const sameRows = (a: readonly Row[], b: readonly Row[]): boolean =>
  a.length === b.length && a.every((row, index) => row.id === b[index]?.id && row.text === b[index]?.text);

export function RubricSettings() {
  const { t } = useTranslation('rehearsal');
  const { language } = useContentLanguage();
  const toast = useToast();
  const [saved, setSaved] = useState<Row[] | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [isChecking, setIsChecking] = useState(false);
  const [isConfirmingReset, setIsConfirmingReset] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const focusId = useRef<string | null>(null);
  const list = useRef<HTMLOListElement>(null);

  const toRows = (entries: RubricEntry[]): Row[] =>
    entries.map((entry) => ({ id: entry.id, text: rubricLabel(entry, language) }));
  const load = (entries: RubricEntry[]): void => {
    const next = toRows(entries);
    setSaved(next);
    setRows(next);
    setIsChecking(false);
  };

  useEffect(() => {
    let isCurrent = true;
    void call('rehearsal:rubric', null).then((entries) => {
      if (isCurrent) load(entries);
    });
    return () => {
      isCurrent = false;
    };
    // Loaded once per language: the default wording is shown in the UI language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language]);

  const focusRow = (id: string): void => list.current?.querySelector<HTMLInputElement>(`[data-id="${id}"]`)?.focus();
  // A new item gets the focus once it is rendered.
  useEffect(() => {
    if (focusId.current === null) return;
    focusRow(focusId.current);
    focusId.current = null;
  });

  if (saved === null) return null;
  const isDirty = !sameRows(rows, saved);
  const isEmpty = (row: Row): boolean => row.text.trim() === '';

  const update = (index: number, text: string): void =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, text } : row)));
  const move = (index: number, by: -1 | 1): void =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });
  const add = (): void => {
    const id = `custom-${crypto.randomUUID()}`;
    focusId.current = id;
    setRows((current) => [...current, { id, text: '' }]);
  };

  const persist = async (entries: RubricEntry[]): Promise<void> => {
    setError(null);
    try {
      load(await call('rehearsal:update-rubric', { items: entries }));
      toast({ message: t('rubricSettings.saved') });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };
  const save = (): void => {
    setIsChecking(true);
    const empty = rows.find(isEmpty);
    if (empty) {
      focusRow(empty.id);
      return;
    }
    // A built-in item left in its default wording keeps following the UI language.
    const entries = rows.map((row): RubricEntry => {
      const text = row.text.trim();
      const isDefault =
        isBuiltInRubricItem(row.id) &&
        (text === rubricLabel({ id: row.id, text: null }, 'en') ||
          text === rubricLabel({ id: row.id, text: null }, 'zh'));
      return { id: row.id, text: isDefault ? null : text };
    });
    void persist(entries);
  };

  return (
    <section className={`card ${styles.section}`} aria-labelledby="rubric-settings-title">
      <div className={styles.head}>
        <div>
          <h2 id="rubric-settings-title">{t('rubricSettings.title')}</h2>
          <p className="muted">{t('rubricSettings.intro')}</p>
        </div>
        {isDirty && <span className="badge badge-warning">{t('rubricSettings.unsaved')}</span>}
      </div>
      <ol className={styles.items} ref={list}>
        {rows.map((row, index) => {
          const n = index + 1;
          const hasError = isChecking && isEmpty(row);
          return (
            <li key={row.id} className={styles.item}>
              <span className={styles.number} aria-hidden="true">
                {n}
              </span>
              <div className={styles.inputWrap}>
                <input
                  className="input"
                  data-id={row.id}
                  aria-label={t('rubricSettings.item', { n })}
                  aria-invalid={hasError ? true : undefined}
                  aria-describedby={hasError ? `rubric-error-${row.id}` : undefined}
                  maxLength={MAX_RUBRIC_TEXT}
                  placeholder={t('rubricSettings.newPlaceholder')}
                  value={row.text}
                  onChange={(event) => update(index, event.target.value)}
                />
                {hasError && (
                  <span id={`rubric-error-${row.id}`} className={styles.error} role="alert">
                    {t('rubricSettings.empty')}
                  </span>
                )}
              </div>
              <Button
                type="button"
                className="btn btn-ghost btn-icon"
                aria-label={t('rubricSettings.moveUp', { n })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                <Icon name="chevron" className={styles.up} size={16} />
              </Button>
              <Button
                type="button"
                className="btn btn-ghost btn-icon"
                aria-label={t('rubricSettings.moveDown', { n })}
                disabled={index === rows.length - 1}
                onClick={() => move(index, 1)}
              >
                <Icon name="chevron" className={styles.down} size={16} />
              </Button>
              <Button
                type="button"
                className="btn btn-ghost btn-icon"
                aria-label={t('rubricSettings.remove', { n })}
                disabled={rows.length === 1}
                onClick={() => setRows((current) => current.filter((_, at) => at !== index))}
              >
                <Icon name="trash" size={16} />
              </Button>
            </li>
          );
        })}
      </ol>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      <div className={styles.actions}>
        <Button type="button" className="btn" disabled={rows.length >= MAX_RUBRIC_ITEMS} onClick={add}>
          <Icon name="plus" size={16} />
          {t('rubricSettings.add')}
        </Button>
        {rows.length >= MAX_RUBRIC_ITEMS && (
          <span className="muted">{t('rubricSettings.max', { max: MAX_RUBRIC_ITEMS })}</span>
        )}
        <span className={styles.spacer} />
        <Button type="button" className="btn btn-ghost" onClick={() => setIsConfirmingReset(true)}>
          {t('rubricSettings.reset')}
        </Button>
        <Button
          type="button"
          className="btn"
          disabled={!isDirty}
          onClick={() => {
            setRows(saved);
            setIsChecking(false);
          }}
        >
          {t('rubricSettings.discard')}
        </Button>
        <Button type="button" className="btn btn-primary" disabled={!isDirty} onClick={save}>
          {t('rubricSettings.save')}
        </Button>
      </div>
      {isConfirmingReset && (
        <ConfirmDialog
          title={t('rubricSettings.resetTitle')}
          body={t('rubricSettings.resetBody')}
          confirmLabel={t('rubricSettings.reset')}
          onConfirm={() => {
            setIsConfirmingReset(false);
            void persist(defaultRubricEntries());
          }}
          onCancel={() => setIsConfirmingReset(false)}
        />
      )}
    </section>
  );
}
