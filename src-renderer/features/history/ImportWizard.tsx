// CSV import in three steps: choose the file, match its columns to Parley's fields, check every row, then import all or nothing.
import { useId, useState, type ChangeEvent } from 'react';
import type { SlashDateOrder } from '@shared/domain/csv/cell-values';
import {
  IMPORT_KINDS,
  type FieldMapping,
  type ImportKind,
  type ImportPreview,
  type ImportRequest,
} from '@shared/domain/history/records';
import { call } from '../../ipc-client';
import { Icon } from '../../ui/Icon';
import { useContentLanguage } from '../playbook/use-content-language';
import { FileButton } from './FileButton';
import { HistoryDialog } from './HistoryDialog';
import { ImportProblems, problemLines } from './ImportProblems';
import { useTranslation } from 'react-i18next';
import styles from './ImportWizard.module.css';

/** The backend accepts up to 10 million characters; a larger file is refused before it is read. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const CSV_TYPES = '.csv,.txt,text/csv';
const STEPS = ['file', 'mapping', 'preview'] as const;
type Step = (typeof STEPS)[number];

type Source = { name: string; text: string };

export function ImportWizard({ onClose, onImported }: { onClose: () => void; onImported: (message: string) => void }) {
  const { t } = useTranslation('history');
  const { text: localText } = useContentLanguage();
  const hintId = useId();
  const [step, setStep] = useState<Step>('file');
  const [kind, setKind] = useState<ImportKind>('deals');
  const [source, setSource] = useState<Source | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<FieldMapping>({});
  const [slashDateOrder, setSlashDateOrder] = useState<SlashDateOrder | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const request = (from: Source, columns: FieldMapping | null): ImportRequest => ({
    kind,
    text: from.text,
    mapping: columns,
    slashDateOrder,
  });

  const attempt = async (task: () => Promise<void>): Promise<void> => {
    setIsBusy(true);
    setError(null);
    try {
      await task();
    } catch (caught) {
      setError(t('errors.failed', { message: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setIsBusy(false);
    }
  };

  /** Reads the chosen file; `columns` null asks for the suggested mapping (a new file), else keeps the user's. */
  const readFile = (event: ChangeEvent<HTMLInputElement>, columns: FieldMapping | null): void => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError(t('import.tooLarge'));
      return;
    }
    void attempt(async () => {
      const next = { name: file.name, text: await file.text() };
      const result = await call('history:import-preview', request(next, columns));
      setSource(next);
      setPreview(result);
      setMapping(result.mapping);
      if (columns === null) setStep('mapping');
    });
  };

  const checkRows = (): void => {
    if (!source) return;
    void attempt(async () => {
      setPreview(await call('history:import-preview', request(source, mapping)));
      setStep('preview');
    });
  };

  const commit = (): void => {
    if (!source || !preview) return;
    void attempt(async () => {
      const result = await call('history:import-commit', request(source, mapping));
      onImported(
        result.kind === 'deals'
          ? t('import.done.deals', { count: result.created })
          : t('import.done.activity', { count: result.updated }),
      );
    });
  };

  const fields = preview?.fields ?? [];
  const missing = fields.filter((field) => field.isRequired && (mapping[field.field] ?? null) === null);
  const firstRow = preview?.rows[0];
  const stepIndex = STEPS.indexOf(step);

  const footer = (
    <>
      {error && (
        <p role="alert" className={styles.footerError}>
          {error}
        </p>
      )}
      {step !== 'file' && (
        <button
          type="button"
          className="btn"
          disabled={isBusy}
          onClick={() => setStep(step === 'preview' ? 'mapping' : 'file')}
        >
          {t('import.back')}
        </button>
      )}
      {step === 'mapping' && (
        <button type="button" className="btn btn-primary" disabled={isBusy || missing.length > 0} onClick={checkRows}>
          {t('import.toPreview')}
        </button>
      )}
      {step === 'preview' && preview && (
        <button type="button" className="btn btn-primary" disabled={isBusy || !preview.isReady} onClick={commit}>
          {isBusy ? t('import.importing') : t('import.commit', { count: preview.rowCount })}
        </button>
      )}
    </>
  );

  return (
    <HistoryDialog title={t('import.title')} subtitle={source?.name} footer={footer} onClose={onClose}>
      <ol className={styles.steps} aria-label={t('import.stepOf', { step: stepIndex + 1 })}>
        {STEPS.map((name, index) => (
          <li
            key={name}
            className={index === stepIndex ? styles.current : index < stepIndex ? styles.done : undefined}
            aria-current={index === stepIndex ? 'step' : undefined}
          >
            <span className={styles.stepNumber}>{index < stepIndex ? <Icon name="check" size={12} /> : index + 1}</span>
            {t(`import.steps.${name}`)}
          </li>
        ))}
      </ol>

      {step === 'file' && (
        <div className={styles.stack}>
          <fieldset className={styles.kinds}>
            <legend>{t('import.kind')}</legend>
            {IMPORT_KINDS.map((option) => (
              <label key={option} className={`${styles.kind} ${kind === option ? styles.kindOn : ''}`}>
                <input
                  type="radio"
                  name="import-kind"
                  value={option}
                  checked={kind === option}
                  onChange={() => setKind(option)}
                />
                <span>
                  <strong>{t(`import.kinds.${option}`)}</strong>
                  <span className="muted">{t(`import.kindHints.${option}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className={styles.fileField}>
            <FileButton
              label={t('import.file')}
              accept={CSV_TYPES}
              isDisabled={isBusy}
              describedBy={hintId}
              onChange={(event) => readFile(event, null)}
            />
            <span id={hintId} className="muted">
              {isBusy ? t('import.reading') : t('import.fileHint')}
            </span>
          </div>
        </div>
      )}

      {step === 'mapping' && preview && (
        <div className={styles.stack}>
          <p className="muted">{t('import.mappingIntro')}</p>
          <table className={styles.mapping}>
            <thead>
              <tr>
                <th scope="col">{t('import.field')}</th>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.example')}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((field) => {
                const column = mapping[field.field] ?? null;
                const label = localText(field.label);
                const isMissing = field.isRequired && column === null;
                return (
                  <tr key={field.field}>
                    <th scope="row">
                      {label}
                      {field.isRequired && <span className={styles.required}> · {t('import.required')}</span>}
                    </th>
                    <td>
                      <select
                        className="select"
                        aria-label={label}
                        aria-invalid={isMissing || undefined}
                        value={column ?? ''}
                        onChange={(event) =>
                          setMapping({
                            ...mapping,
                            [field.field]: event.target.value === '' ? null : Number(event.target.value),
                          })
                        }
                      >
                        <option value="">{t('import.notImported')}</option>
                        {preview.headers.map((header, index) => (
                          <option key={index} value={index}>
                            {header || `#${index + 1}`}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className={styles.example}>{column === null ? '' : (firstRow?.cells[column] ?? '')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {missing.length > 0 && (
            <p role="alert" className={styles.missing}>
              {t('import.missing', {
                count: missing.length,
                fields: missing.map((field) => localText(field.label)).join(', '),
              })}
            </p>
          )}
          <label className={styles.inline}>
            <span>{t('import.slashDates')}</span>
            <select
              className="select"
              value={slashDateOrder ?? 'none'}
              onChange={(event) =>
                setSlashDateOrder(
                  event.target.value === 'dmy' || event.target.value === 'mdy' ? event.target.value : null,
                )
              }
            >
              {(['none', 'dmy', 'mdy'] as const).map((order) => (
                <option key={order} value={order}>
                  {t(`import.slashOrders.${order}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}

      {step === 'preview' && preview && (
        <div className={styles.stack}>
          <div className={styles.verdict} role="status">
            <strong>{t('import.summary', { count: preview.rowCount })}</strong>
            {preview.rowsWithProblems > 0 || !preview.isReady ? (
              <span className={styles.bad}>
                <Icon name="alert" size={14} />
                {preview.rowsWithProblems > 0
                  ? t('import.problemRows', { count: preview.rowsWithProblems })
                  : t('import.nothingWritten')}
              </span>
            ) : (
              <span className={styles.good}>
                <Icon name="check" size={14} />
                {t('import.allGood')}{' '}
                {preview.willCreate > 0
                  ? t('import.willCreate', { count: preview.willCreate })
                  : t('import.willUpdate', { count: preview.willUpdate })}
              </span>
            )}
          </div>
          <PreviewTable preview={preview} mapping={mapping} localText={localText} />
          {!preview.isReady && (
            <>
              <ImportProblems preview={preview} />
              <p className="muted">{t('import.nothingWritten')}</p>
              <FileButton
                label={t('import.chooseAgain')}
                accept={CSV_TYPES}
                isDisabled={isBusy}
                onChange={(event) => readFile(event, mapping)}
              />
            </>
          )}
        </div>
      )}
    </HistoryDialog>
  );
}

function PreviewTable({
  preview,
  mapping,
  localText,
}: {
  preview: ImportPreview;
  mapping: FieldMapping;
  localText: (text: { en: string; zh: string }) => string;
}) {
  const { t } = useTranslation('history');
  const columns = preview.fields.filter((field) => (mapping[field.field] ?? null) !== null);
  const bad = problemLines(preview);
  return (
    <div className={styles.previewWrap}>
      <table className={styles.preview}>
        <caption className="visually-hidden">{t('import.previewTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.line')}</th>
            {columns.map((field) => (
              <th key={field.field} scope="col">
                {localText(field.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.line} className={bad.has(row.line) ? styles.badRow : undefined}>
              <th scope="row">
                {bad.has(row.line) && <Icon name="alert" size={12} />}
                {row.line}
              </th>
              {columns.map((field) => (
                <td key={field.field}>{row.cells[mapping[field.field] ?? -1] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
