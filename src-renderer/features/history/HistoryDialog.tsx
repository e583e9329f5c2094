// A modal for the History screen (native <dialog>: focus kept inside, Escape closes): centred, or a drawer on the right.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import styles from './HistoryDialog.module.css';

export function HistoryDialog({
  title,
  subtitle,
  variant = 'centred',
  footer,
  children,
  onClose,
}: {
  title: string;
  subtitle?: ReactNode;
  variant?: 'centred' | 'drawer';
  footer?: ReactNode;
  children: ReactNode;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`${styles.dialog} ${variant === 'drawer' ? styles.drawer : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className={styles.header}>
        <div className={styles.titles}>
          <h2 id={titleId}>{title}</h2>
          {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
        </div>
        <button type="button" className="btn btn-ghost btn-icon" aria-label={t('actions.close')} onClick={onClose}>
          <Icon name="close" size={16} />
        </button>
      </header>
      <div className={styles.body}>{children}</div>
      {footer && <footer className={styles.footer}>{footer}</footer>}
    </dialog>
  );
}
