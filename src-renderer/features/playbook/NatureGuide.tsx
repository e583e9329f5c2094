// True, false or hidden: how to tell an objection's nature, and the question that finds out; likely natures first.
import { useTranslation } from 'react-i18next';
import { OBJECTION_NATURE_INFO } from '@shared/playbook/objection-types';
import type { ObjectionNature } from '@shared/playbook/types';
import { useContentLanguage } from './use-content-language';
import styles from './NatureGuide.module.css';

export function NatureGuide({ likely = [] }: { likely?: readonly ObjectionNature[] }) {
  const { t } = useTranslation('playbook');
  const { text } = useContentLanguage();
  const rank = (nature: ObjectionNature): number => {
    const index = likely.indexOf(nature);
    return index < 0 ? likely.length : index;
  };
  const natures = [...OBJECTION_NATURE_INFO].sort((a, b) => rank(a.id) - rank(b.id));
  return (
    <section className={styles.guide} aria-label={t('natureGuide.title')}>
      <h3>{t('natureGuide.title')}</h3>
      <dl className={styles.list}>
        {natures.map((info) => (
          <div key={info.id} className={styles.entry}>
            <dt>
              {text(info.name)}
              {likely.includes(info.id) && <span className="badge badge-accent">{t('natureGuide.likely')}</span>}
            </dt>
            <dd>{text(info.howToTell)}</dd>
            <dd className={styles.question}>
              <span className={styles.askLabel}>{t('natureGuide.ask')}</span> {text(info.diagnosticQuestion)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
