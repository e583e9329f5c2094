// The visible answer clock: time left, then how far over time; frozen at the answer's time once revealed.
import { useTranslation } from 'react-i18next';
import { clockTime } from './time-format';
import styles from './Session.module.css';

export function Countdown({ seconds, limit, isStopped }: { seconds: number; limit: number; isStopped: boolean }) {
  const { t } = useTranslation('rehearsal');
  const left = limit - seconds;
  const isOver = left < 0;
  const share = Math.min(1, Math.max(0, left / limit));
  const tone = isOver ? styles.clockOver : left <= Math.min(10, limit / 4) ? styles.clockLow : '';
  return (
    <div
      className={`${styles.clock} ${tone} ${isStopped ? styles.clockStopped : ''}`}
      role="timer"
      aria-label={t('card.timer')}
    >
      <div className={styles.clockRow}>
        <span className={styles.clockTime}>{isOver ? `+${clockTime(-left)}` : clockTime(Math.ceil(left))}</span>
        <span className={styles.clockNote}>
          {isStopped
            ? t('card.answeredIn', { time: clockTime(seconds) })
            : isOver
              ? `${t('card.timeUp')} · ${t('card.overtime')}`
              : `/ ${clockTime(limit)}`}
        </span>
      </div>
      <div className={styles.clockBar} aria-hidden="true">
        <span style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
}
