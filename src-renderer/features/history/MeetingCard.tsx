// One logged meeting at a glance: who was there, the objections and how they ended, signals, attempts and concessions.
import type { DebriefOptions } from '@shared/domain/history/records';
import type { Meeting } from '@shared/domain/meeting-types';
import { useFormat } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { useContentLanguage } from '../playbook/use-content-language';
import { useHistoryNames } from './history-names';
import { useTranslation } from 'react-i18next';
import styles from './Debrief.module.css';
import { Button } from '../../ui/Button';
import { confidential } from '../../ui/Confidential';

const TONE = {
  resolved: 'badge-success',
  partly: 'badge-warning',
  unresolved: 'badge-danger',
  accepted: 'badge-success',
  deferred: 'badge-warning',
  declined: 'badge-danger',
} as const;

const NO_LABELS = { techniques: {}, cards: {}, methods: {}, signals: {} };

export function MeetingCard({
  meeting,
  options,
  currency,
  onEdit,
  onDelete,
}: {
  meeting: Meeting;
  options: DebriefOptions;
  currency: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const { text: localText } = useContentLanguage();
  const names = useHistoryNames(NO_LABELS);
  const techniqueName = new Map(options.techniques.map((technique) => [technique.id, localText(technique.name)]));
  const methodName = new Map(options.methods.map((method) => [method.id, localText(method.name)]));
  const date = format.date(meeting.date);
  const resolved = meeting.objections.filter((objection) => objection.result === 'resolved').length;

  return (
    <article className={`card ${styles.meeting}`} aria-label={t('debrief.editTitle', { date })}>
      <header className={styles.meetingHeader}>
        <div>
          <h3>{date}</h3>
          {meeting.attendees && <p className="muted">{meeting.attendees}</p>}
        </div>
        <div className={styles.meetingActions}>
          <Button
            type="button"
            className="btn btn-ghost btn-icon"
            aria-label={t('debrief.edit', { date })}
            onClick={onEdit}
          >
            <Icon name="edit" size={15} />
          </Button>
          <Button
            type="button"
            className="btn btn-ghost btn-icon"
            aria-label={t('debrief.delete', { date })}
            onClick={onDelete}
          >
            <Icon name="trash" size={15} />
          </Button>
        </div>
      </header>
      <p className={styles.meetingChips}>
        {meeting.objections.length > 0 && (
          <span className="badge">
            {t('debrief.chips.objections', { count: meeting.objections.length })} ·{' '}
            {t('debrief.chips.resolved', { count: resolved })}
          </span>
        )}
        {meeting.signals.length > 0 && (
          <span className="badge badge-accent">{t('debrief.chips.signals', { count: meeting.signals.length })}</span>
        )}
        {meeting.closingAttempts.length > 0 && (
          <span className="badge">{t('debrief.chips.attempts', { count: meeting.closingAttempts.length })}</span>
        )}
        {meeting.concessions.length > 0 && (
          <span className="badge badge-warning" {...confidential}>
            {t('debrief.chips.conceded', {
              amount: format.money(
                meeting.concessions.reduce((sum, concession) => sum + concession.amount, 0),
                currency,
              ),
            })}
          </span>
        )}
      </p>
      {meeting.objections.length > 0 && (
        <ul className={styles.meetingList}>
          {meeting.objections.map((objection) => (
            <li key={objection.id}>
              <span className={styles.quote}>{objection.text}</span>
              <span className="badge">{names.type(objection.type)}</span>
              <span className={`badge ${TONE[objection.result]}`}>{t(`results.${objection.result}`)}</span>
              {objection.techniqueIds.length > 0 && (
                <span className="muted">
                  {objection.techniqueIds.map((id) => techniqueName.get(id) ?? id).join(' · ')}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {meeting.signals.length > 0 && (
        <p className={styles.meetingLine}>
          <Icon name="flag" size={14} />
          {meeting.signals.map((signal) => names.signal(signal.signalId, signal.text)).join(' · ')}
        </p>
      )}
      {meeting.closingAttempts.map((attempt) => (
        <p key={attempt.id} className={styles.meetingLine}>
          <Icon name="target" size={14} />
          {methodName.get(attempt.methodId) ?? attempt.methodId}
          <span className={`badge ${TONE[attempt.result]}`}>{t(`attemptResults.${attempt.result}`)}</span>
        </p>
      ))}
      {meeting.concessions.map((concession) => (
        <p key={concession.id} className={styles.meetingLine}>
          <Icon name="scale" size={14} />
          <span {...confidential}>{format.money(concession.amount, currency)}</span> →{' '}
          {concession.received || <span className={styles.warning}>{t('debrief.nothingReceived')}</span>}
        </p>
      ))}
      {meeting.notes && (
        <p className={styles.notes} {...confidential}>
          {meeting.notes}
        </p>
      )}
    </article>
  );
}
