// The complaint-handling guide beside the log: principles, what never to say, and how to hand over.
import { useTranslation } from 'react-i18next';
import { COMPLAINT_GUIDE } from '@shared/playbook/complaint-guide';
import type { LocalizedText } from '@shared/playbook/types';
import { useContentLanguage } from '../playbook/use-content-language';
import styles from './Care.module.css';

export function ComplaintGuidePanel() {
  const { t } = useTranslation('care');
  const { text } = useContentLanguage();
  const list = (heading: string, items: readonly LocalizedText[]) => (
    <section className={styles.guideSection}>
      <h3>{heading}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.en}>{text(item)}</li>
        ))}
      </ul>
    </section>
  );
  return (
    <aside className={`card ${styles.guide}`} aria-label={t('guide.title')}>
      <h2>{t('guide.title')}</h2>
      {list(t('guide.principles'), COMPLAINT_GUIDE.principles)}
      {list(t('guide.neverSay'), COMPLAINT_GUIDE.neverSay)}
      {list(t('guide.handOver'), COMPLAINT_GUIDE.handOver)}
    </aside>
  );
}
