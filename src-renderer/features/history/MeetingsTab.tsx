// The deal's "Meetings" tab: log and edit debriefs (N starts one), and record the outcome and review.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deal } from '@shared/domain/deal';
import { blankMeeting, type MeetingDraft } from '@shared/domain/history/records';
import type { Meeting } from '@shared/domain/meeting-types';
import { useFormat } from '../../i18n/format';
import { call } from '../../ipc-client';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { useAsync } from '../../ui/use-async';
import { formOf, type MeetingForm } from './debrief-model';
import { localToday } from './history-period';
import { MeetingCard } from './MeetingCard';
import { MeetingEditor } from './MeetingEditor';
import { OutcomeForm } from './OutcomeForm';
import { useRunner } from './use-runner';
import styles from './Debrief.module.css';
import { Button } from '../../ui/Button';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function MeetingsTab({ deal: initialDeal, onChange }: { deal: Deal; onChange: () => void }) {
  const { t } = useTranslation('history');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const run = useRunner();
  // Read the deal afresh: the deal page's copy may predate a save made as this tab was last closed.
  const fresh = useAsync(() => call('deals:get', { id: initialDeal.id }), [initialDeal.id]);
  const options = useAsync(() => call('history:debrief-options', null), []);
  const [saved, setSaved] = useState<Deal | null>(null);
  const [editing, setEditing] = useState<MeetingForm | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const deal = saved ?? fresh.data;

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'n' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setEditing((current) => current ?? blankMeeting(localToday()));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const error = fresh.error ?? options.error;
  if (error) {
    return (
      <p role="alert" className="muted">
        {tc('errors.loadFailed', { message: error.message })}
      </p>
    );
  }
  if (!deal || !options.data) return null;
  const debrief = options.data;

  const changed = (next: Deal): void => {
    setSaved(next);
    // What was just logged becomes a recent choice for the next debrief.
    options.reload();
    onChange();
  };
  const save = (meeting: MeetingDraft): void => {
    setIsSaving(true);
    run(async () => {
      try {
        changed(await call('history:save-meeting', { dealId: deal.id, meeting }));
        setEditing(null);
        toast({ message: t('debrief.saved') });
      } finally {
        setIsSaving(false);
      }
    });
  };
  const remove = (meeting: Meeting): void =>
    run(async () => {
      changed(await call('history:delete-meeting', { dealId: deal.id, meetingId: meeting.id }));
      toast({
        message: t('debrief.deleted', { date: format.date(meeting.date) }),
        action: {
          label: tc('actions.undo'),
          run: () => run(async () => changed(await call('history:save-meeting', { dealId: deal.id, meeting }))),
        },
      });
    });

  const newestFirst = [...deal.meetings].reverse();

  return (
    <div className={styles.layout}>
      <div className={styles.meetings}>
        <header className={styles.meetingsHeader}>
          <h2>{deal.meetings.length > 0 ? t('debrief.title', { count: deal.meetings.length }) : t('debrief.none')}</h2>
          {!editing && (
            <Button
              type="button"
              className="btn btn-primary"
              title={t('debrief.logHint')}
              aria-keyshortcuts="N"
              onClick={() => setEditing(blankMeeting(localToday()))}
            >
              <Icon name="plus" size={16} />
              {t('debrief.log')}
            </Button>
          )}
        </header>
        {editing && (
          <MeetingEditor
            key={editing.id ?? 'new'}
            initial={editing}
            options={debrief}
            currency={deal.currency}
            isSaving={isSaving}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        )}
        {deal.meetings.length === 0 && !editing ? (
          <EmptyState icon="calendar" title={t('debrief.none')}>
            <p>{t('debrief.noneBody')}</p>
            <p className="muted">{t('debrief.logHint')}</p>
          </EmptyState>
        ) : (
          newestFirst
            .filter((meeting) => meeting.id !== editing?.id)
            .map((meeting) => (
              <MeetingCard
                key={meeting.id}
                meeting={meeting}
                options={debrief}
                currency={deal.currency}
                onEdit={() => setEditing(formOf(meeting))}
                onDelete={() => remove(meeting)}
              />
            ))
        )}
      </div>
      <OutcomeForm key={deal.id} deal={deal} onSaved={changed} />
    </div>
  );
}
