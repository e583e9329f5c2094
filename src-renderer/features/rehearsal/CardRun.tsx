// One card of a session: answer against the clock, reveal, tick the rubric, rate, go on.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerReview, RehearsalAttempt, RehearsalSession, SessionCard } from '@shared/domain/rehearsal/records';
import { REVIEW_RATINGS, type CardState, type ReviewRating } from '@shared/domain/rehearsal/scheduling';
import { call } from '../../ipc-client';
import { AutoChecks } from './AutoChecks';
import { Countdown } from './Countdown';
import { CounterpartLine } from './CounterpartLine';
import { DealContextPanel } from './DealContextPanel';
import { refreshDueCount } from './due-count';
import { RatingBar } from './RatingBar';
import { ReferencePanel } from './ReferencePanel';
import { RubricTicks } from './RubricTicks';
import { TechniquePicker } from './TechniquePicker';
import { dueText } from './time-format';
import { useStopwatch } from './use-stopwatch';
import styles from './Session.module.css';
import { Button } from '../../ui/Button';

type Phase = 'answer' | 'checking' | 'reveal' | 'saving' | 'rated';

const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);
/** Keys pressed in a text field are typing, not shortcuts; on a checkbox they still are shortcuts. */
const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !NOT_TYPED.has(target.type)));
/** Enter and Space already mean something on these. */
const isControl = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT|BUTTON|A|SUMMARY)$/.test(target.tagName);

export function CardRun({
  session,
  card,
  index,
  onRecorded,
  onNext,
  onEnd,
}: {
  session: RehearsalSession;
  card: SessionCard;
  index: number;
  onRecorded: (attempt: RehearsalAttempt) => void;
  onNext: () => void;
  onEnd: () => void;
}) {
  const { t, i18n } = useTranslation('rehearsal');
  const { secondsPerCard: limit, isPracticeMode } = session.options;
  const deal = card.dealId === null ? null : (session.deals[card.dealId] ?? null);
  const total = session.cards.length;
  const isLast = index + 1 >= total;

  const [phase, setPhase] = useState<Phase>('answer');
  const [answer, setAnswer] = useState('');
  const [techniqueIds, setTechniqueIds] = useState<string[]>([]);
  const [answeredIn, setAnsweredIn] = useState<number | null>(null);
  const [review, setReview] = useState<AnswerReview | null>(null);
  const [earlier, setEarlier] = useState<RehearsalAttempt[]>([]);
  const [ticks, setTicks] = useState<string[]>([]);
  const [schedule, setSchedule] = useState<CardState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stopwatch = useStopwatch(phase === 'answer');
  const revealRef = useRef<HTMLDivElement>(null);
  // Enter or Space pressed while a rating is being saved goes on as soon as it is saved.
  const isNextQueued = useRef(false);

  const fail = (cause: unknown): void => setError(cause instanceof Error ? cause.message : String(cause));

  const reveal = async (): Promise<void> => {
    if (phase !== 'answer') return;
    const seconds = stopwatch.read();
    setAnsweredIn(seconds);
    setPhase('checking');
    setError(null);
    try {
      const input = { cardId: card.id, dealId: card.dealId, answer, elapsedSeconds: seconds, limitSeconds: limit };
      const [checked, best] = await Promise.all([
        call('rehearsal:check-answer', input),
        call('rehearsal:attempts', { cardId: card.id, limit: 3 }),
      ]);
      setReview(checked);
      setEarlier(best);
      setPhase('reveal');
    } catch (cause) {
      fail(cause);
      setPhase('answer');
    }
  };

  const record = async (rating: ReviewRating | null): Promise<void> => {
    if (phase !== 'reveal') return;
    setPhase('saving');
    setError(null);
    try {
      const result = await call('rehearsal:record-attempt', {
        cardId: card.id,
        dealId: card.dealId,
        answer,
        elapsedSeconds: answeredIn ?? 0,
        limitSeconds: limit,
        techniqueIds,
        rubricTicks: ticks,
        rating,
      });
      onRecorded(result.attempt);
      refreshDueCount();
      if (rating === null) {
        onNext();
        return;
      }
      if (isNextQueued.current) {
        onNext();
        return;
      }
      setSchedule(result.state);
      setPhase('rated');
    } catch (cause) {
      fail(cause);
      setPhase('reveal');
    }
  };

  useEffect(() => {
    if (phase === 'reveal') revealRef.current?.focus();
  }, [phase]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const withModifier = event.ctrlKey || event.metaKey || event.altKey;
      if (phase === 'answer' && (event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        void reveal();
      } else if (phase === 'reveal' && !isPracticeMode && !withModifier && /^[1-4]$/.test(event.key)) {
        if (isTyping(event.target)) return;
        event.preventDefault();
        void record(REVIEW_RATINGS[Number(event.key) - 1] ?? 'good');
      } else if (phase === 'reveal' && isPracticeMode && event.key === 'Enter' && !isControl(event.target)) {
        event.preventDefault();
        void record(null);
      } else if (phase === 'rated' && (event.key === 'Enter' || event.key === ' ') && !isControl(event.target)) {
        event.preventDefault();
        onNext();
      } else if (phase === 'saving' && !isPracticeMode && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        isNextQueued.current = true;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const isAnswering = phase === 'answer' || phase === 'checking';
  const progress = (index + (phase === 'rated' ? 1 : 0)) / total;
  const nextLabel = isLast ? t('rate.finish') : t('rate.next');

  return (
    <div className={styles.run}>
      <header className={styles.topbar}>
        <strong className={styles.progressText}>{t('card.progress', { current: index + 1, total })}</strong>
        {isPracticeMode && <span className="badge badge-warning">{t('card.practice')}</span>}
        <div className={styles.progressBar} aria-hidden="true">
          <span style={{ width: `${progress * 100}%` }} />
        </div>
        <span className={styles.shortcuts}>{t('card.shortcuts')}</span>
        <Button type="button" className="btn btn-ghost btn-sm" onClick={onEnd}>
          {t('card.endSession')}
        </Button>
      </header>

      <div className={styles.columns}>
        <div className={styles.main}>
          <CounterpartLine card={card} deal={deal} />

          {isAnswering ? (
            <form
              className={styles.answerForm}
              onSubmit={(event) => {
                event.preventDefault();
                void reveal();
              }}
            >
              <label className={styles.answerLabel} htmlFor="rehearsal-answer">
                {t('card.answer')}
              </label>
              <textarea
                id="rehearsal-answer"
                className={`textarea ${styles.answerBox}`}
                placeholder={t('card.answerPlaceholder')}
                value={answer}
                autoFocus
                readOnly={phase === 'checking'}
                onChange={(event) => setAnswer(event.target.value)}
              />
              <TechniquePicker techniques={session.techniques} picked={techniqueIds} onChange={setTechniqueIds} />
              <div className={styles.answerActions}>
                {error && (
                  <p className={styles.error} role="alert">
                    {error}
                  </p>
                )}
                <Button type="submit" className="btn btn-primary" disabled={phase === 'checking'}>
                  {phase === 'checking' ? t('card.revealing') : t('card.reveal')}
                  <kbd className={styles.kbd} aria-hidden="true">
                    Ctrl+Enter
                  </kbd>
                </Button>
              </div>
            </form>
          ) : (
            <div className={styles.revealed} ref={revealRef} tabIndex={-1} aria-label={t('card.reveal')}>
              <section className={styles.yourAnswer} aria-labelledby="your-answer-title">
                <h3 id="your-answer-title">{t('reveal.yourAnswer')}</h3>
                {answer.trim() === '' ? (
                  <p className="muted">{t('reveal.noAnswer')}</p>
                ) : (
                  <p className={styles.asTyped}>{answer}</p>
                )}
              </section>
              {review && <AutoChecks checks={review.checks} currency={deal?.currency ?? null} />}
              <RubricTicks rubric={session.rubric} ticked={ticks} onChange={setTicks} isDisabled={phase !== 'reveal'} />
              {error && (
                <p className={styles.error} role="alert">
                  {error}
                </p>
              )}
              {phase === 'rated' ? (
                <div className={styles.afterRating}>
                  <p role="status">
                    {schedule &&
                      t('rate.scheduled', {
                        when: dueText(schedule.due, new Date(), i18n.language) ?? t('home.dueNow'),
                      })}
                  </p>
                  <Button type="button" className="btn btn-primary" autoFocus onClick={onNext}>
                    {nextLabel}
                  </Button>
                </div>
              ) : isPracticeMode ? (
                <div className={styles.afterRating}>
                  <p className="muted">{t('setup.practiceHint')}</p>
                  <Button
                    type="button"
                    className="btn btn-primary"
                    disabled={phase === 'saving'}
                    onClick={() => void record(null)}
                  >
                    {isLast ? t('rate.saveFinish') : t('rate.saveNext')}
                  </Button>
                </div>
              ) : (
                review && (
                  <RatingBar
                    intervals={review.intervals}
                    onRate={(rating) => void record(rating)}
                    isBusy={phase === 'saving'}
                  />
                )
              )}
            </div>
          )}
        </div>

        <aside className={styles.side}>
          <Countdown seconds={answeredIn ?? stopwatch.elapsed} limit={limit} isStopped={answeredIn !== null} />
          {isAnswering ? (
            <DealContextPanel deal={deal} />
          ) : (
            <ReferencePanel card={card} techniques={session.techniques} picked={techniqueIds} earlier={earlier} />
          )}
        </aside>
      </div>
    </div>
  );
}
