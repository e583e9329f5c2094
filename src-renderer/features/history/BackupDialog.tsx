// Restoring a backup: the file is checked first, then merged (the copy saved last wins) or, once confirmed, replaces everything.
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_MODES, type BackupMode, type BackupPreview } from '@shared/domain/history/records';
import { useFormat } from '../../i18n/format';
import { call } from '../../ipc-client';
import { FileButton } from './FileButton';
import { Dialog } from '../../ui/Dialog';
import styles from './ImportWizard.module.css';
import { Button } from '../../ui/Button';

/** The backend accepts up to 100 million characters. */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

export function BackupDialog({ onClose, onRestored }: { onClose: () => void; onRestored: (message: string) => void }) {
  const { t } = useTranslation('history');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const hintId = useId();
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [mode, setMode] = useState<BackupMode>('merge');
  const [isConfirmed, setIsConfirmed] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const attempt = async (task: () => Promise<void>, describe: (message: string) => string): Promise<void> => {
    setIsBusy(true);
    setError(null);
    try {
      await task();
    } catch (caught) {
      setError(describe(caught instanceof Error ? caught.message : String(caught)));
    } finally {
      setIsBusy(false);
    }
  };

  const readFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setPreview(null);
    setText(null);
    setFileName(file.name);
    if (file.size > MAX_FILE_BYTES) {
      setError(t('errors.notBackup', { message: `${format.number(Math.round(file.size / 1048576))} MB` }));
      return;
    }
    void attempt(
      async () => {
        const content = await file.text();
        setPreview(await call('history:backup-preview', { text: content }));
        setText(content);
      },
      (message) => t('errors.notBackup', { message }),
    );
  };

  const restore = (): void => {
    if (text === null) return;
    void attempt(
      async () => {
        const result = await call('history:import-backup', {
          text,
          mode,
          confirmReplace: mode === 'replace' && isConfirmed,
        });
        onRestored(
          result.mode === 'merge'
            ? t('backup.merged', {
                added: format.number(result.added),
                updated: format.number(result.updated),
                kept: format.number(result.kept),
              })
            : t('backup.replaced', { path: result.safetyCopy ?? '' }),
        );
      },
      (message) => t('errors.failed', { message }),
    );
  };

  const canRestore = preview !== null && !isBusy && (mode === 'merge' || isConfirmed);
  const footer = (
    <>
      {error && (
        <p role="alert" className={styles.footerError}>
          {error}
        </p>
      )}
      <Button type="button" className="btn" onClick={onClose}>
        {tc('actions.cancel')}
      </Button>
      <Button
        type="button"
        className={`btn ${mode === 'replace' ? 'btn-danger' : 'btn-primary'}`}
        disabled={!canRestore}
        onClick={restore}
      >
        {isBusy && preview ? t('backup.restoring') : t('backup.restore')}
      </Button>
    </>
  );

  return (
    <Dialog title={t('backup.title')} subtitle={fileName} footer={footer} onClose={onClose}>
      <div className={styles.stack}>
        <div className={styles.fileField}>
          <FileButton
            label={t('backup.file')}
            accept=".json,application/json"
            isDisabled={isBusy}
            describedBy={hintId}
            onChange={readFile}
          />
          <span id={hintId} className="muted">
            {isBusy && !preview ? t('backup.reading') : t('backup.fileHint')}
          </span>
        </div>
        {preview && (
          <>
            <p role="status">
              <strong>
                {t('backup.from', { date: format.dateTime(preview.exportedAt), version: preview.appVersion })}
              </strong>
              {' · '}
              {t('backup.contents', { count: preview.deals })}
              {preview.sampleDeals > 0 && ` ${t('backup.contentsSample', { count: preview.sampleDeals })}`}
            </p>
            <fieldset className={styles.kinds}>
              <legend>{t('backup.mode')}</legend>
              {BACKUP_MODES.map((option) => (
                <label key={option} className={`${styles.kind} ${mode === option ? styles.kindOn : ''}`}>
                  <input
                    type="radio"
                    name="backup-mode"
                    value={option}
                    checked={mode === option}
                    onChange={() => setMode(option)}
                  />
                  <span>
                    <strong>{t(`backup.${option}`)}</strong>
                    {option === 'merge' ? (
                      <>
                        <span className="muted">{t('backup.mergeHint')}</span>
                        <span>
                          {t('backup.mergeCounts', {
                            added: format.number(preview.merge.added),
                            updated: format.number(preview.merge.updated),
                            kept: format.number(preview.merge.kept),
                            unchanged: format.number(preview.merge.unchanged),
                          })}
                        </span>
                        {preview.merge.playbookEntries > 0 && (
                          <span>{t('backup.mergePlaybook', { count: preview.merge.playbookEntries })}</span>
                        )}
                      </>
                    ) : (
                      <span className="muted">
                        {t('backup.replaceHint', {
                          local: format.number(preview.localDeals),
                          localOnly: format.number(preview.localOnly),
                        })}
                      </span>
                    )}
                  </span>
                </label>
              ))}
            </fieldset>
            {mode === 'replace' && (
              <label className={styles.inline}>
                <input
                  type="checkbox"
                  checked={isConfirmed}
                  onChange={(event) => setIsConfirmed(event.target.checked)}
                />
                <span>{t('backup.confirmReplace')}</span>
              </label>
            )}
          </>
        )}
      </div>
    </Dialog>
  );
}
