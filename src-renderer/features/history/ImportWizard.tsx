// CSV import in three steps: choose the file, match its columns to Parley's fields, check every row, then import all or nothing.
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { SlashDateOrder } from '@shared/domain/csv/cell-values';
import { noRowChoices, type RowChoices } from '@shared/domain/csv/row-choices';
import type { StatusMap } from '@shared/domain/csv/status-values';
import {
  IMPORT_KINDS,
  type FieldMapping,
  type ImportKind,
  type ImportPreview,
  type ImportRequest,
} from '@shared/domain/history/records';
import { call, IpcError } from '../../ipc-client';
import { Icon } from '../../ui/Icon';
import { useContentLanguage } from '../playbook/use-content-language';
import { useFormat } from '../../i18n/format';
import { FileButton } from './FileButton';
import { ImportChoices } from './ImportChoices';
import { ImportProgressBar } from './ImportProgressBar';
import { StatusValueMapping } from './StatusValueMapping';
import { Dialog } from '../../ui/Dialog';
import { ImportProblems, problemLines } from './ImportProblems';
import { useTranslation } from 'react-i18next';
import styles from './ImportWizard.module.css';
import { Button } from '../../ui/Button';

/** The backend accepts up to 10 million characters; a larger file is refused before it is read. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const CSV_TYPES = '.csv,.txt,text/csv';
const STEPS = ['file', 'mapping', 'preview'] as const;
type Step = (typeof STEPS)[number];

type Source = { name: string; base64: string };

const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'GBP', 'JPY', 'SGD'];
/** Re-checks the rows this long after the last change of a choice, not at every keystroke. */
const RECHECK_DELAY_MS = 250;

/** Bytes to base64 in slices, so a 10 MB file never builds one giant argument list. */
async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

export function ImportWizard({
  onClose,
  onImported,
}: {
  onClose: () => void;
  onImported: (message: string, importId: string | null) => void;
}) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const { text: localText } = useContentLanguage();
  const hintId = useId();
  const [step, setStep] = useState<Step>('file');
  const [kind, setKind] = useState<ImportKind>('deals');
  const [source, setSource] = useState<Source | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<FieldMapping>({});
  const [dateOrders, setDateOrders] = useState<Record<string, SlashDateOrder>>({});
  const [statusMap, setStatusMap] = useState<StatusMap>({});
  const [currency, setCurrency] = useState<string | null>(null);
  const [choices, setChoices] = useState<RowChoices>(noRowChoices);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isFirstCheck = useRef(true);

  const request = (from: Source, columns: FieldMapping | null): ImportRequest => ({
    kind,
    base64: from.base64,
    mapping: columns,
    slashDateOrder: null,
    dateOrders,
    statusMap,
    currency,
    choices,
  });

  // Any change of a choice re-checks the rows, so the counts and the remaining problems stay true.
  useEffect(() => {
    if (!source || step === 'file') return;
    if (isFirstCheck.current) {
      isFirstCheck.current = false;
      return;
    }
    let isCurrent = true;
    const timer = setTimeout(() => {
      void call('history:import-preview', request(source, mapping)).then(
        (result) => isCurrent && setPreview(result),
        (caught: unknown) => isCurrent && setError(t('errors.failed', { message: String(caught) })),
      );
    }, RECHECK_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `request` reads exactly these
  }, [mapping, dateOrders, statusMap, currency, choices]);

  const attempt = async (task: () => Promise<void>): Promise<void> => {
    setIsBusy(true);
    setError(null);
    try {
      await task();
    } catch (caught) {
      if (caught instanceof IpcError && caught.code === 'cancelled') setError(t('import.progress.cancelled'));
      else setError(t('errors.failed', { message: caught instanceof Error ? caught.message : String(caught) }));
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
      const next = { name: file.name, base64: await fileToBase64(file) };
      const result = await call('history:import-preview', request(next, columns));
      isFirstCheck.current = true;
      setSource(next);
      setPreview(result);
      setMapping(result.mapping);
      setCurrency(result.currency || null);
      setStatusMap(result.statusMap);
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
          ? t('import.done.deals', {
              count: result.created + result.updated,
              created: format.number(result.created),
              updated: format.number(result.updated),
              skipped: format.number(result.skipped),
            })
          : t('import.done.activity', { count: result.updated }),
        result.importId,
      );
    });
  };

  const fields = preview?.fields ?? [];
  const missing = fields.filter((field) => field.isRequired && (mapping[field.field] ?? null) === null);
  const firstRow = preview?.rows[0];
  const stepIndex = STEPS.indexOf(step);

  const footer = (
    <>
      {isBusy && <ImportProgressBar />}
      {error && (
        <p role="alert" className={styles.footerError}>
          {error}
        </p>
      )}
      {step !== 'file' && (
        <Button
          type="button"
          className="btn"
          disabled={isBusy}
          onClick={() => setStep(step === 'preview' ? 'mapping' : 'file')}
        >
          {t('import.back')}
        </Button>
      )}
      {step === 'mapping' && (
        <Button type="button" className="btn btn-primary" disabled={isBusy || missing.length > 0} onClick={checkRows}>
          {t('import.toPreview')}
        </Button>
      )}
      {step === 'preview' && preview && (
        <Button type="button" className="btn btn-primary" disabled={isBusy || !preview.isReady} onClick={commit}>
          {isBusy
            ? t('import.importing')
            : t('import.commit', {
                count: preview.willCreate + preview.willUpdate,
                n: format.number(preview.willCreate + preview.willUpdate),
              })}
        </Button>
      )}
    </>
  );

  return (
    <Dialog title={t('import.title')} subtitle={source?.name} footer={footer} onClose={onClose}>
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
                const dateColumn = preview.dateColumns.find((info) => info.field === field.field);
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
                    <td className={styles.example}>
                      {dateColumn?.isAmbiguous ? (
                        <select
                          className="select"
                          aria-label={t('import.dateOrderOf', { column: dateColumn.column })}
                          aria-invalid={!dateColumn.order || undefined}
                          value={dateColumn.order ?? ''}
                          onChange={(event) =>
                            setDateOrders({ ...dateOrders, [field.field]: event.target.value as SlashDateOrder })
                          }
                        >
                          {!dateColumn.order && <option value="">{t('import.slashOrders.none')}</option>}
                          <option value="dmy">{t('import.slashOrders.dmy')}</option>
                          <option value="mdy">{t('import.slashOrders.mdy')}</option>
                        </select>
                      ) : column === null ? (
                        ''
                      ) : (
                        (firstRow?.cells[column] ?? '')
                      )}
                    </td>
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
          {kind === 'deals' && (
            <label className={styles.inline}>
              <span>{t('import.currency')}</span>
              <select
                className="select"
                value={currency ?? preview.currency}
                onChange={(event) => setCurrency(event.target.value)}
              >
                {[...new Set([preview.currency, ...CURRENCIES])].map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
              <span className="muted">{t('import.currencyHint')}</span>
            </label>
          )}
          {preview.isRemembered && <p className="muted">{t('import.remembered')}</p>}
          <StatusValueMapping columns={preview.statusValues} statusMap={statusMap} onChange={setStatusMap} />
        </div>
      )}

      {step === 'preview' && preview && (
        <div className={styles.stack}>
          <div className={styles.verdict} role="status">
            <strong>
              {t('import.summary', { count: preview.rowCount, n: format.number(preview.rowCount) })}
              {preview.encoding === 'gb18030' && ` · ${t('import.encodingGb')}`}
            </strong>
            {preview.rowsWithProblems > 0 || !preview.isReady ? (
              <span className={styles.bad}>
                <Icon name="alert" size={14} />
                {preview.rowsWithProblems > 0
                  ? t('import.problemRows', {
                      count: preview.rowsWithProblems,
                      n: format.number(preview.rowsWithProblems),
                    })
                  : t('import.nothingWritten')}
              </span>
            ) : (
              <span className={styles.good}>
                <Icon name="check" size={14} />
                {t('import.allGood')}
              </span>
            )}
          </div>
          {preview.kind === 'deals' ? (
            <p className={styles.counts} aria-label={t('import.countsLabel')}>
              {t('import.counts', {
                created: format.number(preview.willCreate),
                updated: format.number(preview.willUpdate),
                unchanged: format.number(preview.unchanged),
                skipped: format.number(preview.willSkip),
              })}
            </p>
          ) : (
            preview.willUpdate > 0 && <p>{t('import.willUpdate', { count: preview.willUpdate })}</p>
          )}
          <ImportChoices causes={preview.causes} choices={choices} onChange={setChoices} />
          {preview.willSkip > 0 && source && (
            <Button
              type="button"
              className="btn btn-sm"
              onClick={() =>
                void attempt(async () => void (await call('history:import-skipped', request(source, mapping))))
              }
            >
              {t('import.saveSkipped', { count: preview.willSkip, n: format.number(preview.willSkip) })}
            </Button>
          )}
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
    </Dialog>
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
