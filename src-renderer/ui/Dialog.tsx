// The one modal of the app (Radix Dialog): focus kept inside, Escape closes, focus back to the opener on close.
import * as Radix from '@radix-ui/react-dialog';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import styles from './Dialog.module.css';

export function Dialog({
  title,
  subtitle,
  variant = 'centred',
  size = 'wide',
  role = 'dialog',
  footer,
  children,
  onClose,
}: {
  title: string;
  subtitle?: ReactNode;
  /** A drawer slides in from the right edge, for detail that sits beside the screen. */
  variant?: 'centred' | 'drawer';
  size?: 'narrow' | 'wide';
  /** `alertdialog` for a question that must be answered before going on. */
  role?: 'dialog' | 'alertdialog';
  footer?: ReactNode;
  children?: ReactNode;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  // Radix returns focus to its Trigger; these dialogs open from anywhere, so focus goes back to what opened them.
  const [opener] = useState(() => document.activeElement);
  return (
    <Radix.Root open onOpenChange={(isOpen) => !isOpen && onClose()}>
      <Radix.Portal>
        <Radix.Overlay className={styles.overlay} />
        <Radix.Content
          role={role}
          className={`${styles.dialog} ${variant === 'drawer' ? styles.drawer : ''} ${size === 'narrow' ? styles.narrow : ''}`}
          {...(subtitle ? {} : { 'aria-describedby': undefined })}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
          }}
        >
          <header className={styles.header}>
            <div className={styles.titles}>
              <Radix.Title>{title}</Radix.Title>
              {subtitle && <Radix.Description className={styles.subtitle}>{subtitle}</Radix.Description>}
            </div>
            <Radix.Close className="btn btn-ghost btn-icon" aria-label={t('actions.close')}>
              <Icon name="close" size={16} />
            </Radix.Close>
          </header>
          {children && <div className={styles.body}>{children}</div>}
          {footer && <footer className={styles.footer}>{footer}</footer>}
        </Radix.Content>
      </Radix.Portal>
    </Radix.Root>
  );
}
