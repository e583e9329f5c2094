// Again / hard / good / easy, each with the interval it would schedule and its key (1–4).
import { useTranslation } from 'react-i18next';
import type { AnswerReview } from '@shared/domain/rehearsal/records';
import { REVIEW_RATINGS, type ReviewRating } from '@shared/domain/rehearsal/scheduling';
import { intervalText } from './time-format';
import styles from './Session.module.css';
import { Button } from '../../ui/Button';

export function RatingBar({
  intervals,
  onRate,
  isBusy,
}: {
  intervals: AnswerReview['intervals'];
  onRate: (rating: ReviewRating) => void;
  isBusy: boolean;
}) {
  const { t, i18n } = useTranslation('rehearsal');
  return (
    <div className={styles.rating} role="group" aria-labelledby="rating-title">
      <h3 id="rating-title">{t('rate.title')}</h3>
      <div className={styles.ratingButtons}>
        {REVIEW_RATINGS.map((rating, index) => (
          <Button
            key={rating}
            type="button"
            className={`${styles.rateButton} ${styles[`rate-${rating}`] ?? ''}`}
            disabled={isBusy}
            aria-keyshortcuts={String(index + 1)}
            onClick={() => onRate(rating)}
          >
            <span className={styles.rateName}>{t(`rate.ratings.${rating}`)}</span>
            <span className={styles.rateInterval}>{intervalText(intervals[rating].interval, i18n.language)}</span>
            <kbd aria-hidden="true">{index + 1}</kbd>
          </Button>
        ))}
      </div>
    </div>
  );
}
