// The deal's "Complaints" tab: the client's complaint and after-sales log, handled step by step, with the guide beside it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blankComplaint, type Complaint, type ComplaintDraft } from '@shared/domain/complaints/complaint';
import type { Deal } from '@shared/domain/deal';
import { call } from '../../ipc-client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { useAsync } from '../../ui/use-async';
import { localToday } from '../history/history-period';
import { useRunner } from '../history/use-runner';
import { ComplaintCard, type ComplaintActions } from './ComplaintCard';
import { ComplaintEditor } from './ComplaintEditor';
import { ComplaintGuidePanel } from './ComplaintGuidePanel';
import { refreshOverdue, useOverdue } from './overdue';
import styles from './Care.module.css';
import { Button } from '../../ui/Button';

/** Open cases first (the oldest at the top), then closed ones, newest first. */
const inWorkOrder = (a: Complaint, b: Complaint): number =>
  (a.resolvedOn === null ? 0 : 1) - (b.resolvedOn === null ? 0 : 1) ||
  (a.resolvedOn === null ? a.receivedOn.localeCompare(b.receivedOn) : b.receivedOn.localeCompare(a.receivedOn));

export function CareTab({ deal: initialDeal, onChange }: { deal: Deal; onChange: () => void }) {
  const { t } = useTranslation('care');
  const { t: tc } = useTranslation();
  const toast = useToast();
  const run = useRunner();
  const fresh = useAsync(() => call('deals:get', { id: initialDeal.id }), [initialDeal.id]);
  const [saved, setSaved] = useState<Deal | null>(null);
  const [editing, setEditing] = useState<ComplaintDraft | null>(null);
  const [deleting, setDeleting] = useState<Complaint | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const overdue = useOverdue(saved);
  const deal = saved ?? fresh.data;
  if (fresh.error) {
    return (
      <p role="alert" className="muted">
        {tc('errors.loadFailed', { message: fresh.error.message })}
      </p>
    );
  }
  if (!deal) return null;
  const today = localToday();
  const clientOverdue = overdue?.byDeal[deal.id] ?? 0;

  const changed = (next: Deal): void => {
    setSaved(next);
    refreshOverdue();
    onChange();
  };
  const ref = (complaint: Complaint) => ({ dealId: deal.id, complaintId: complaint.id });
  const save = (draft: ComplaintDraft): void => {
    setIsSaving(true);
    run(async () => {
      try {
        changed(await call('complaints:save', { dealId: deal.id, complaint: draft }));
        setEditing(null);
        toast({ message: t('card.saved') });
      } finally {
        setIsSaving(false);
      }
    });
  };
  const actions: ComplaintActions = {
    tick: (complaint, step, isDone) =>
      run(async () => changed(await call('complaints:tick-step', { ...ref(complaint), step, isDone }))),
    resolve: (complaint, satisfaction) =>
      run(async () => {
        changed(await call('complaints:resolve', { ...ref(complaint), satisfaction }));
        toast({ message: t('card.resolvedToast') });
      }),
    reopen: (complaint) => run(async () => changed(await call('complaints:reopen', ref(complaint)))),
    edit: (complaint) => {
      const { steps: _steps, resolvedOn: _resolvedOn, satisfaction: _satisfaction, ...details } = complaint;
      setEditing(details);
    },
    remove: setDeleting,
  };
  const remove = (complaint: Complaint): void =>
    run(async () => {
      setDeleting(null);
      changed(await call('complaints:delete', ref(complaint)));
      toast({ message: t('card.deleted') });
    });
  const complaints = [...deal.complaints].sort(inWorkOrder);

  return (
    <div className={styles.layout}>
      <div className={styles.log}>
        <header className={styles.logHeader}>
          <div>
            <h2>{t('title')}</h2>
            <p className="muted">{t('intro')}</p>
          </div>
          {editing === null && (
            <Button variant="primary" onClick={() => setEditing(blankComplaint(today))}>
              <Icon name="plus" size={16} />
              {t('logComplaint')}
            </Button>
          )}
        </header>
        {clientOverdue > 0 && (
          <p className={styles.overdue} role="status">
            <Icon name="alert" size={16} />
            {t('clientOverdue', { count: clientOverdue, client: deal.counterpartOrg })}
          </p>
        )}
        {editing && (
          <ComplaintEditor
            key={editing.id ?? 'new'}
            initial={editing}
            isSaving={isSaving}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        )}
        {complaints.length === 0 && editing === null ? (
          <EmptyState icon="history" title={t('emptyTitle')}>
            <p>{t('emptyBody')}</p>
          </EmptyState>
        ) : (
          complaints.map((complaint) => (
            <ComplaintCard key={complaint.id} complaint={complaint} today={today} actions={actions} />
          ))
        )}
      </div>
      <ComplaintGuidePanel />
      {deleting && (
        <ConfirmDialog
          title={t('card.confirmDeleteTitle')}
          body={t('card.confirmDeleteBody')}
          confirmLabel={tc('actions.delete')}
          onConfirm={() => remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </div>
  );
}
