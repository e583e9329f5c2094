// The import's problems grouped by cause, each with a count and a choice: skip those rows, give them a value,
// or fix the listed cells in place.
import { useTranslation } from 'react-i18next';
import type { CellFixes, IssueCause, RowChoice, RowChoices } from '@shared/domain/csv/row-choices';
import { fixKeyOf } from '@shared/domain/csv/row-choices';
import { useFormat } from '../../i18n/format';
import styles from './ImportWizard.module.css';

type Action = 'none' | 'skip' | 'default';

export function ImportChoices({
  causes,
  choices,
  onChange,
}: {
  causes: readonly IssueCause[];
  choices: RowChoices;
  onChange: (next: RowChoices) => void;
}) {
  const { t } = useTranslation('history');
  const format = useFormat();
  if (causes.length === 0) return null;

  const setCause = (key: string, choice: RowChoice | null): void => {
    const next = { ...choices.causes };
    if (choice === null) delete next[key];
    else next[key] = choice;
    onChange({ ...choices, causes: next });
  };
  const setFix = (key: string, text: string): void => {
    const fixes: CellFixes = { ...choices.fixes, [key]: text };
    onChange({ ...choices, fixes });
  };

  return (
    <section className={styles.problems} aria-label={t('import.causes.title')}>
      <h3>{t('import.causes.title')}</h3>
      <ul className={styles.causes}>
        {causes.map((cause) => {
          const choice = choices.causes[cause.key];
          const action: Action = choice?.action ?? 'none';
          const column = cause.column ?? t('import.issues.row');
          const label = t('import.causes.cause', {
            rows: format.number(cause.rowCount),
            count: cause.rowCount,
            problem: t(`import.causes.codes.${cause.code}`, { column }),
          });
          return (
            <li key={cause.key} className={styles.cause}>
              <strong>{label}</strong>
              <div className={styles.causeActions}>
                <select
                  className="select"
                  aria-label={t('import.causes.actionFor', { problem: label })}
                  value={action}
                  onChange={(event) => {
                    const value = event.target.value as Action;
                    setCause(
                      cause.key,
                      value === 'skip'
                        ? { action: 'skip' }
                        : value === 'default'
                          ? { action: 'default', value: '' }
                          : null,
                    );
                  }}
                >
                  <option value="none">{t('import.causes.actions.none')}</option>
                  <option value="skip">{t('import.causes.actions.skip', { count: cause.rowCount })}</option>
                  {cause.field !== null && <option value="default">{t('import.causes.actions.default')}</option>}
                </select>
                {choice?.action === 'default' && (
                  <input
                    className="input"
                    aria-label={t('import.causes.defaultValue', { column })}
                    placeholder={t('import.causes.defaultPlaceholder')}
                    value={choice.value}
                    onChange={(event) => setCause(cause.key, { action: 'default', value: event.target.value })}
                  />
                )}
              </div>
              {action === 'none' && cause.field !== null && (
                <ul className={styles.fixes} aria-label={t('import.causes.fixes', { column })}>
                  {cause.examples.map((example) => {
                    const key = fixKeyOf(example.line, cause.field ?? '');
                    return (
                      <li key={key}>
                        <label>
                          <span className={styles.problemLine}>
                            {t('import.lineIssue', { line: format.number(example.line) })}
                          </span>
                          <input
                            className="input"
                            aria-label={t('import.causes.fixCell', { line: example.line, column })}
                            value={choices.fixes[key] ?? example.value}
                            onChange={(event) => setFix(key, event.target.value)}
                          />
                        </label>
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
