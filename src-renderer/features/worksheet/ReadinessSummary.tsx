// The worksheet's readiness on the deal overview: the score and the first gaps, with a way in.
import { useTranslation } from 'react-i18next';
import type { Deal } from '@shared/domain/deal';
import { assessReadiness } from '@shared/domain/worksheet/readiness';
import { routeHref } from '../../app/routes';
import { Icon } from '../../ui/Icon';
import { ReadinessMeter } from './ReadinessMeter';
import { readinessLevel } from './readiness-level';
import styles from './ReadinessSummary.module.css';

const SHOWN_GAPS = 3;

export function ReadinessSummary({ deal }: { deal: Deal }) {
  const { t } = useTranslation('worksheet');
  const readiness = assessReadiness(deal.worksheet, deal.side);
  const gaps = readiness.missing;
  return (
    <section className={`card ${styles.summary}`} aria-labelledby="readiness-summary-title">
      <div className={styles.score}>
        <h2 id="readiness-summary-title">{t('readiness.summaryTitle')}</h2>
        <ReadinessMeter score={readiness.score} label={t('header.readiness')} wide />
        <span className={styles.level}>{t(`readiness.levels.${readinessLevel(readiness.score)}`)}</span>
      </div>
      {gaps.length > 0 && (
        <ul className={styles.gaps}>
          {gaps.slice(0, SHOWN_GAPS).map((code) => (
            <li key={code}>{t(`readiness.codes.${code}`)}</li>
          ))}
          {gaps.length > SHOWN_GAPS && (
            <li className="muted">{t('readiness.more', { count: gaps.length - SHOWN_GAPS })}</li>
          )}
        </ul>
      )}
      <a className="btn" href={routeHref({ name: 'deal', id: deal.id, tab: 'worksheet' })}>
        {t('readiness.open')}
        <Icon name="chevron" size={15} />
      </a>
    </section>
  );
}
