// One complaint: its details, the handling checklist with the time of each ticked step, and closing the case.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_STEPS, type Complaint, type Satisfaction } from '@shared/domain/complaints/complaint';
import { isFullyHandled, isOverdue, stepDoneAt } from '@shared/domain/complaints/complaint-status';
import { COMPLAINT_STEP_GUIDE } from '@shared/playbook/complaint-guide';
import { useFormat } from '../../i18n/format';
import { useContentLanguage } from '../playbook/use-content-language';
import styles from './Care.module.css';
import { Button } from '../../ui/Button';

const SATISFACTIONS: readonly Satisfaction[] = [5, 4, 3, 2, 1];

export type ComplaintActions = {
  tick: (complaint: Complaint, step: Complaint['steps'][number]['step'], isDone: boolean) => void;
  resolve: (complaint: Complaint, satisfaction: Satisfaction | null) => void;
  reopen: (complaint: Complaint) => void;
  edit: (complaint: Complaint) => void;
  remove: (complaint: Complaint) => void;
};

export function ComplaintCard({
  complaint,
  today,
  actions,
}: {
  complaint: Complaint;
  today: string;
  actions: ComplaintActions;
}) {
  const { t } = useTranslation('care');
  const format = useFormat();
  const { text } = useContentLanguage();
  const [satisfaction, setSatisfaction] = useState<Satisfaction | null>(null);
  const isResolved = complaint.resolvedOn !== null;
  const isLate = isOverdue(complaint, today);
  const status = isResolved ? 'resolved' : isLate ? 'overdue' : 'open';
  const tone = isResolved ? 'badge-success' : isLate ? 'badge-danger' : 'badge-warning';
  const title = complaint.summary;
  return (
    <article className={`card ${styles.complaint}`} aria-label={title}>
      <header className={styles.complaintHead}>
        <div>
          <h3>{title}</h3>
          <p className={styles.meta}>
            <span>
              {t('card.received', {
                date: format.date(complaint.receivedOn),
                channel: t(`channels.${complaint.channel}`),
              })}
            </span>
            <span className="badge">{t(`categories.${complaint.category}`)}</span>
            <span className="badge">{t(`severities.${complaint.severity}`)}</span>
            {complaint.owner && <span>{t('card.owner', { owner: complaint.owner })}</span>}
            {complaint.dueOn && !isResolved && <span>{t('card.due', { date: format.date(complaint.dueOn) })}</span>}
          </p>
        </div>
        <span className={`badge ${tone}`}>{t(`status.${status}`)}</span>
      </header>
      {complaint.wants && (
        <p className={styles.wants}>
          <strong>{t('card.wants')}</strong> {complaint.wants}
        </p>
      )}
      <fieldset className={styles.checklist}>
        <legend>
          {t('card.checklist')}{' '}
          <span className="muted">
            {t('card.progress', { done: complaint.steps.length, total: COMPLAINT_STEPS.length })}
          </span>
        </legend>
        {COMPLAINT_STEP_GUIDE.map((guide) => {
          const doneAt = stepDoneAt(complaint, guide.step);
          return (
            <label key={guide.step} className={styles.step} title={text(guide.how)}>
              <input
                type="checkbox"
                checked={doneAt !== null}
                onChange={(event) => actions.tick(complaint, guide.step, event.target.checked)}
              />
              <span className={styles.stepName}>{text(guide.name)}</span>
              {doneAt && <span className={styles.stepTime}>{t('card.doneAt', { time: format.dateTime(doneAt) })}</span>}
            </label>
          );
        })}
      </fieldset>
      <footer className={styles.complaintFoot}>
        {isResolved ? (
          <p className={styles.resolved}>
            <span>{t('card.resolvedOn', { date: format.date(complaint.resolvedOn) })}</span>
            <span>
              {t('card.satisfaction')}:{' '}
              {complaint.satisfaction === null
                ? t('card.satisfactionNone')
                : t(`satisfaction.${complaint.satisfaction}`)}
            </span>
            <Button variant="secondary" size="sm" onClick={() => actions.reopen(complaint)}>
              {t('card.reopen')}
            </Button>
          </p>
        ) : isFullyHandled(complaint) ? (
          <div className={styles.resolveRow}>
            <label className={styles.inline}>
              <span>{t('card.satisfaction')}</span>
              <select
                className="input"
                value={satisfaction ?? ''}
                onChange={(event) =>
                  setSatisfaction(event.target.value ? (Number(event.target.value) as Satisfaction) : null)
                }
              >
                <option value="">{t('card.satisfactionNone')}</option>
                {SATISFACTIONS.map((value) => (
                  <option key={value} value={value}>
                    {t(`satisfaction.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            <Button variant="primary" size="sm" onClick={() => actions.resolve(complaint, satisfaction)}>
              {t('card.resolve')}
            </Button>
          </div>
        ) : (
          <p className="muted">{t('card.resolveHint')}</p>
        )}
        <div className={styles.cardTools}>
          <Button variant="ghost" size="sm" onClick={() => actions.edit(complaint)}>
            {t('card.edit')}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => actions.remove(complaint)}>
            {t('card.delete')}
          </Button>
        </div>
      </footer>
    </article>
  );
}
