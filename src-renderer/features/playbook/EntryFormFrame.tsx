// The frame of the card and technique forms: title, language note, error summary and the save/cancel buttons.
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import styles from './PlaybookPage.module.css';
import { Button } from '../../ui/Button';

export function EntryFormFrame({
  title,
  isBuiltIn,
  submitLabel,
  errorCount,
  isSaving,
  onSubmit,
  onKeyDown,
  onCancel,
  children,
}: {
  title: string;
  isBuiltIn: boolean;
  submitLabel: string;
  errorCount: number;
  isSaving: boolean;
  onSubmit: (event: FormEvent) => Promise<void>;
  onKeyDown: (event: KeyboardEvent) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('playbook');
  const { t: tc } = useTranslation();
  return (
    <form
      className={`${styles.detail} ${styles.form}`}
      aria-labelledby="playbook-form-title"
      onSubmit={(event) => void onSubmit(event)}
      onKeyDown={onKeyDown}
      noValidate
    >
      <div className={styles.formHeader}>
        <h2 id="playbook-form-title">{title}</h2>
        <div className={styles.formButtons}>
          <Button type="button" className="btn" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" className="btn btn-primary" disabled={isSaving}>
            {submitLabel}
          </Button>
        </div>
      </div>
      <p className={styles.formNote}>
        <Icon name="info" size={15} />
        <span>
          {t('form.languageHint')} {isBuiltIn && t('form.builtInHint')}
        </span>
      </p>
      {errorCount > 0 && (
        <p className={styles.summary} role="alert">
          {t('form.fixErrors', { count: errorCount })}
        </p>
      )}
      {children}
    </form>
  );
}
