// The end of a session: time per card, rubric scores and automatic flags, card by card.
import { useTranslation } from 'react-i18next';
import type { RehearsalAttempt, RehearsalSession } from '@shared/domain/rehearsal/records';
import { useFormat } from '../../i18n/format';
import { OBJECTION_TYPE_INFO } from '@shared/playbook/objection-types';
import { EmptyState } from '../../ui/EmptyState';
import { useContentLanguage } from '../playbook/use-content-language';
import { clockTime } from './time-format';
import styles from './Session.module.css';
import { Button } from '../../ui/Button';

const SEVERITY_BADGE = {
  error: 'badge-danger',
  warning: 'badge-warning',
  hint: '',
  info: '',
} as const;

export function SessionSummary({
  session,
  attempts,
  onExit,
  onRestart,
}: {
  session: RehearsalSession;
  attempts: RehearsalAttempt[];
  onExit: () => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation('rehearsal');
  const { text } = useContentLanguage();
  const format = useFormat();
  const cards = new Map(session.cards.map((card) => [card.id, card]));
  const total = session.cards.length;
  const actions = (
    <div className={styles.summaryActions}>
      <Button type="button" className="btn" onClick={onExit}>
        {t('back')}
      </Button>
      <Button type="button" className="btn btn-primary" onClick={onRestart} autoFocus>
        {t('summary.newSession')}
      </Button>
    </div>
  );
  if (attempts.length === 0) {
    return (
      <EmptyState icon="rehearse" title={t('summary.title')} action={actions}>
        <p>{t('summary.nothing')}</p>
      </EmptyState>
    );
  }
  const { source, isPracticeMode } = session.options;
  const typeInfo = source.kind === 'type' ? OBJECTION_TYPE_INFO.find((info) => info.id === source.type) : undefined;
  const sourceLabel =
    source.kind === 'deal'
      ? (session.deals[source.dealId]?.title ?? t('setup.sources.deal'))
      : typeInfo
        ? text(typeInfo.name)
        : t(`setup.sources.${source.kind}`);
  const totalSeconds = attempts.reduce((sum, attempt) => sum + attempt.elapsedSeconds, 0);
  const average = attempts.reduce((sum, attempt) => sum + attempt.score, 0) / attempts.length;
  const flagCount = attempts.reduce((sum, attempt) => sum + attempt.checks.length, 0);

  return (
    <div className={styles.summary}>
      <header className={styles.summaryHeader}>
        <div>
          <h1>{t('summary.title')}</h1>
          <p className="muted">
            {sourceLabel}
            {isPracticeMode && ` · ${t('summary.practice')}`}
            {attempts.length < total && ` · ${t('summary.endedEarly', { done: attempts.length, total })}`}
          </p>
        </div>
        {actions}
      </header>
      <dl className={`card ${styles.stats}`}>
        <div>
          <dt>{t('summary.cards')}</dt>
          <dd>{attempts.length}</dd>
        </div>
        <div>
          <dt>{t('summary.averageScore')}</dt>
          <dd>{format.percent(average)}</dd>
        </div>
        <div>
          <dt>{t('summary.totalTime')}</dt>
          <dd>{clockTime(totalSeconds)}</dd>
        </div>
        <div>
          <dt>{t('summary.flags')}</dt>
          <dd>{flagCount}</dd>
        </div>
      </dl>
      <div className={`card ${styles.tableCard}`}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('summary.columns.card')}</th>
              <th scope="col">{t('summary.columns.time')}</th>
              <th scope="col">{t('summary.columns.score')}</th>
              <th scope="col">{t('summary.columns.flags')}</th>
              <th scope="col">{t('summary.columns.rating')}</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((attempt) => {
              const card = cards.get(attempt.cardId);
              const isOver = attempt.limitSeconds !== null && attempt.elapsedSeconds > attempt.limitSeconds;
              return (
                <tr key={attempt.id}>
                  <td className={styles.cardCell}>{card ? text(card.spokenLine) : attempt.cardId}</td>
                  <td className={`${styles.num} ${isOver ? styles.over : ''}`}>
                    {clockTime(attempt.elapsedSeconds)}
                    {attempt.limitSeconds !== null && (
                      <span className="muted"> / {clockTime(attempt.limitSeconds)}</span>
                    )}
                  </td>
                  <td>
                    <span className={styles.scoreCell}>
                      <span className={styles.scoreBar} aria-hidden="true">
                        <span style={{ width: `${attempt.score * 100}%` }} />
                      </span>
                      {attempt.rubricTicks.length}/{attempt.rubricSize}
                    </span>
                  </td>
                  <td>
                    {attempt.checks.length === 0 ? (
                      <span className="muted">{t('summary.noFlags')}</span>
                    ) : (
                      <span className={styles.flagList}>
                        {attempt.checks.map((check, index) => (
                          <span key={`${check.code}-${index}`} className={`badge ${SEVERITY_BADGE[check.severity]}`}>
                            {t(`reveal.checkLabels.${check.code}`)}
                          </span>
                        ))}
                      </span>
                    )}
                  </td>
                  <td>
                    {attempt.rating === null ? (
                      <span className="badge">{t('summary.practice')}</span>
                    ) : (
                      <span className={`badge ${styles[`badge-${attempt.rating}`] ?? ''}`}>
                        {t(`rate.ratings.${attempt.rating}`)}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
