// Edit, hide or show, reset a built-in to the original, delete a custom entry – the same for cards and techniques.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryStatus } from '@shared/playbook/effective-playbook';
import type { PlaybookEntry, PlaybookEntryRef } from '@shared/playbook/query';
import { call } from '../../ipc-client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import styles from './PlaybookPage.module.css';
import { Button } from '../../ui/Button';

export function EntryActions({
  entry,
  status,
  name,
  onEdit,
  onChanged,
}: {
  entry: PlaybookEntryRef;
  status: EntryStatus;
  name: string;
  onEdit: () => void;
  onChanged: (entry: PlaybookEntry | null) => void;
}) {
  const { t } = useTranslation('playbook');
  const { t: tc } = useTranslation();
  const toast = useToast();
  const [confirming, setConfirming] = useState<'reset' | 'delete' | null>(null);

  const run = async (
    action: () => Promise<PlaybookEntry | null>,
    message: string,
    undo?: () => Promise<PlaybookEntry>,
  ): Promise<void> => {
    setConfirming(null);
    try {
      onChanged(await action());
      toast({
        message,
        ...(undo && { action: { label: tc('actions.undo'), run: () => void undo().then(onChanged) } }),
      });
    } catch (error) {
      toast({ tone: 'error', message: tc('errors.generic', { message: (error as Error).message }) });
    }
  };
  const setHidden = (isHidden: boolean): Promise<PlaybookEntry> => call('playbook:set-hidden', { ...entry, isHidden });
  const canReset = status.origin === 'edited' || (status.origin === 'built-in' && status.isHidden);

  return (
    <div className={styles.entryActions} role="group" aria-label={t('actions.actionsFor')}>
      <Button type="button" className="btn btn-sm" onClick={onEdit}>
        <Icon name="edit" size={14} />
        {t('actions.edit')}
      </Button>
      {status.isHidden ? (
        <Button
          type="button"
          className="btn btn-sm"
          onClick={() => void run(() => setHidden(false), t('toasts.unhidden'))}
        >
          <Icon name="eye" size={14} />
          {t('actions.unhide')}
        </Button>
      ) : (
        <Button
          type="button"
          className="btn btn-sm"
          onClick={() =>
            void run(
              () => setHidden(true),
              t('toasts.hidden'),
              () => setHidden(false),
            )
          }
        >
          <Icon name="eye-off" size={14} />
          {t('actions.hide')}
        </Button>
      )}
      {canReset && (
        <Button type="button" className="btn btn-sm" onClick={() => setConfirming('reset')}>
          <Icon name="reset" size={14} />
          {t('actions.reset')}
        </Button>
      )}
      {status.origin === 'custom' && (
        <Button type="button" className="btn btn-sm" onClick={() => setConfirming('delete')}>
          <Icon name="trash" size={14} />
          {t('actions.delete')}
        </Button>
      )}
      {confirming === 'reset' && (
        <ConfirmDialog
          title={t('confirm.resetTitle')}
          body={t('confirm.resetBody', { name })}
          confirmLabel={t('actions.reset')}
          onCancel={() => setConfirming(null)}
          onConfirm={() => void run(() => call('playbook:reset', entry), t('toasts.reset'))}
        />
      )}
      {confirming === 'delete' && (
        <ConfirmDialog
          title={t('confirm.deleteTitle')}
          body={t('confirm.deleteBody', { name })}
          confirmLabel={t('actions.delete')}
          onCancel={() => setConfirming(null)}
          onConfirm={() => void run(() => call('playbook:delete', entry).then(() => null), t('toasts.deleted'))}
        />
      )}
    </div>
  );
}
