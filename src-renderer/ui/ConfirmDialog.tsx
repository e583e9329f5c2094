// A question before a destructive action: Cancel has focus first, Escape cancels.
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import styles from './ConfirmDialog.module.css';

export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      role="alertdialog"
      size="narrow"
      title={title}
      subtitle={body}
      onClose={onCancel}
      footer={
        <div className={styles.actions}>
          <button type="button" className="btn" onClick={onCancel} autoFocus>
            {t('actions.cancel')}
          </button>
          <button type="button" className="btn btn-danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      }
    />
  );
}
