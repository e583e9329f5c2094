// Tells the user the data folder could not be written at start, so editing is off until a restart.
import { useTranslation } from 'react-i18next';
import type { ReadOnlyReason } from '@shared/ipc/contract';
import { Icon } from '../ui/Icon';
import styles from './ProblemsBanner.module.css';

export function ReadOnlyBanner({ readOnly }: { readOnly: ReadOnlyReason | null }) {
  const { t } = useTranslation();
  if (!readOnly) return null;
  return (
    <div className={styles.banner} role="status" data-testid="read-only-banner">
      <Icon name="alert" />
      <div className={styles.text}>
        <strong>{t('readOnly.title')}</strong>
        <p>{t('readOnly.body', { code: readOnly.code })}</p>
      </div>
    </div>
  );
}
