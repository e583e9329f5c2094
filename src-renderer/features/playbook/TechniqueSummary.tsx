// A technique as a card recommends it: when to use it, when not, and its risk if it has one.
import { useTranslation } from 'react-i18next';
import type { EffectiveTechnique } from '@shared/playbook/effective-playbook';
import { Icon } from '../../ui/Icon';
import { EntryBadges } from './EntryBadges';
import { useContentLanguage } from './use-content-language';
import styles from './PlaybookPage.module.css';
import { Button } from '../../ui/Button';

export function TechniqueSummary({ technique, onOpen }: { technique: EffectiveTechnique; onOpen: () => void }) {
  const { t } = useTranslation('playbook');
  const { text } = useContentLanguage();
  return (
    <div className={styles.techniqueSummary}>
      <div className={styles.techniqueHead}>
        <Button type="button" className={styles.linkButton} onClick={onOpen}>
          {text(technique.name)}
        </Button>
        {technique.risk && <span className="badge badge-danger">{t('badges.risky')}</span>}
        <EntryBadges origin={technique.origin} isHidden={technique.isHidden} />
      </div>
      <dl className={styles.facts}>
        <dt>{t('technique.whenToUse')}</dt>
        <dd>{text(technique.whenToUse)}</dd>
        {text(technique.whenNotToUse) && (
          <>
            <dt>{t('technique.whenNotToUse')}</dt>
            <dd>{text(technique.whenNotToUse)}</dd>
          </>
        )}
      </dl>
      {technique.risk && (
        <p className={styles.risk}>
          <Icon name="alert" size={14} />
          <span>{text(technique.risk)}</span>
        </p>
      )}
    </div>
  );
}
