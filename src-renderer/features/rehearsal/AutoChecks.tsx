// The automatic checks of an answer, labelled as automatic; a price beyond the walk-away shows in red.
import { useTranslation } from 'react-i18next';
import type { AutoCheck } from '@shared/domain/rehearsal/auto-checks';
import { useFormat } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import styles from './Session.module.css';
import { confidential } from '../../ui/Confidential';

export function useCheckMessage(currency: string | null): (check: AutoCheck) => string {
  const { t } = useTranslation('rehearsal');
  const format = useFormat();
  return (check) => {
    const { walkAway, raw, term, seconds } = check.params;
    switch (check.code) {
      case 'beyond-walk-away':
        return t('reveal.checks.beyond-walk-away', {
          raw,
          walkAway: typeof walkAway === 'number' && currency ? format.money(walkAway, currency) : walkAway,
        });
      case 'unreciprocated-concession':
        return t('reveal.checks.unreciprocated-concession', { term });
      case 'overtime':
        return t('reveal.checks.overtime', { seconds });
      case 'no-question':
        return t('reveal.checks.no-question');
    }
  };
}

const SEVERITY_CLASS = {
  error: styles.checkError,
  warning: styles.checkWarning,
  hint: styles.checkHint,
  info: styles.checkInfo,
} as const;

export function AutoChecks({ checks, currency }: { checks: AutoCheck[]; currency: string | null }) {
  const { t } = useTranslation('rehearsal');
  const message = useCheckMessage(currency);
  return (
    <section className={styles.checks} aria-labelledby="auto-checks-title">
      <div className={styles.sectionHead}>
        <h3 id="auto-checks-title">{t('reveal.autoTitle')}</h3>
        <span className="badge">{t('reveal.autoBadge')}</span>
      </div>
      <p className={styles.note}>{t('reveal.autoNote')}</p>
      {checks.length === 0 ? (
        <p className={`${styles.checkItem} ${styles.checkOk}`}>
          <Icon name="check" size={16} />
          {t('reveal.autoNone')}
        </p>
      ) : (
        <ul className={styles.checkList} {...confidential}>
          {checks.map((check, index) => (
            <li
              key={`${check.code}-${index}`}
              className={`${styles.checkItem} ${SEVERITY_CLASS[check.severity]}`}
              role={check.severity === 'error' ? 'alert' : undefined}
            >
              <Icon name="alert" size={16} />
              <span>{message(check)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
