// Choosing a file with a button in the app's own look; the file input underneath keeps it keyboard- and screen-reader-friendly.
import type { ChangeEvent } from 'react';
import { Icon } from '../../ui/Icon';
import styles from './ImportWizard.module.css';

export function FileButton({
  label,
  accept,
  isDisabled = false,
  describedBy,
  onChange,
}: {
  label: string;
  accept: string;
  isDisabled?: boolean;
  describedBy?: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <label className={`btn ${styles.fileButton}`} aria-disabled={isDisabled || undefined}>
      <Icon name="file-text" size={16} />
      {label}
      <input
        type="file"
        className={styles.fileInput}
        accept={accept}
        disabled={isDisabled}
        aria-describedby={describedBy}
        onChange={onChange}
      />
    </label>
  );
}
