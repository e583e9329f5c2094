// The counterpart styles tab: the four styles, how to recognise each, and how to work with them.
import { useTranslation } from 'react-i18next';
import { defaultPlaybookQuery } from '@shared/playbook/query';
import { call } from '../../ipc-client';
import { useAsync } from '../../ui/use-async';
import { NoMatch } from './NoMatch';
import { useContentLanguage } from './use-content-language';
import styles from './PlaybookPage.module.css';

export function StylesView({ search, onClearSearch }: { search: string; onClearSearch: () => void }) {
  const { t } = useTranslation('playbook');
  const { text } = useContentLanguage();
  const listing = useAsync(() => call('playbook:list', { ...defaultPlaybookQuery('styles'), search }), [search]);
  const data = listing.data?.kind === 'styles' ? listing.data : undefined;
  if (!data) return null;
  if (data.styles.length === 0) return <NoMatch onClear={onClearSearch} />;
  return (
    <div className={styles.scroll}>
      <section className={styles.block}>
        <p className={`muted ${styles.intro}`}>{t('styles.intro')}</p>
        <div className={styles.grid}>
          {data.styles.map((style) => (
            <article key={style.id} className={`card ${styles.tile}`} aria-labelledby={`style-${style.id}`}>
              <div>
                <h2 id={`style-${style.id}`}>{text(style.name)}</h2>
                <p className="muted">{t('styles.alsoKnownAs', { names: text(style.alsoKnownAs) })}</p>
              </div>
              <p className={styles.hint}>{text(style.hint)}</p>
              <dl className={styles.facts}>
                <dt>{t('styles.recognise')}</dt>
                <dd>{text(style.recognise)}</dd>
                <dt>{t('styles.approach')}</dt>
                <dd>{text(style.approach)}</dd>
              </dl>
            </article>
          ))}
        </div>
      </section>
    </div>
  );
}
