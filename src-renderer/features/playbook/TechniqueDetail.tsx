// One handling technique in full, with the objections that recommend it.
import { useTranslation } from 'react-i18next';
import type { EffectiveTechnique } from '@shared/playbook/effective-playbook';
import type { PlaybookEntry } from '@shared/playbook/query';
import { call } from '../../ipc-client';
import { Icon } from '../../ui/Icon';
import { useAsync } from '../../ui/use-async';
import { EntryActions } from './EntryActions';
import { EntryBadges } from './EntryBadges';
import { ALL_CARDS_QUERY } from './playbook-queries';
import { useContentLanguage } from './use-content-language';
import styles from './PlaybookPage.module.css';
import { Button } from '../../ui/Button';

export function TechniqueDetail({
  technique,
  version,
  onEdit,
  onChanged,
  onShowCards,
}: {
  technique: EffectiveTechnique;
  version: number;
  onEdit: () => void;
  onChanged: (entry: PlaybookEntry | null) => void;
  onShowCards: () => void;
}) {
  const { t } = useTranslation('playbook');
  const { text } = useContentLanguage();
  const usage = useAsync(
    () => call('playbook:list', { ...ALL_CARDS_QUERY, techniqueId: technique.id }),
    [technique.id, version],
  );
  const usedBy = usage.data?.kind === 'cards' ? usage.data.cards.length : null;

  return (
    <article className={styles.detail} aria-labelledby="playbook-technique-name">
      <div className={styles.detailTop}>
        <div className={styles.chips}>
          {technique.risk && <span className="badge badge-danger">{t('badges.risky')}</span>}
          <EntryBadges origin={technique.origin} isHidden={technique.isHidden} />
        </div>
        <EntryActions
          entry={{ kind: 'technique', id: technique.id }}
          status={technique}
          name={text(technique.name)}
          onEdit={onEdit}
          onChanged={onChanged}
        />
      </div>
      <h2 id="playbook-technique-name" className={styles.line}>
        {text(technique.name)}
      </h2>
      {technique.origin === 'edited' && <p className={styles.note}>{t('technique.editedNote')}</p>}
      {technique.isHidden && <p className={styles.note}>{t('card.hiddenNote')}</p>}

      <section className={styles.section}>
        <h3>{t('technique.whenToUse')}</h3>
        <p>{text(technique.whenToUse)}</p>
      </section>
      {text(technique.whenNotToUse) && (
        <section className={styles.section}>
          <h3>{t('technique.whenNotToUse')}</h3>
          <p>{text(technique.whenNotToUse)}</p>
        </section>
      )}
      {text(technique.example) && (
        <section className={styles.section}>
          <h3>{t('technique.example')}</h3>
          <p className={styles.quote}>{text(technique.example)}</p>
        </section>
      )}
      {technique.risk && (
        <section className={`${styles.section} ${styles.trap}`}>
          <h3>
            <Icon name="alert" size={15} />
            {t('technique.risk')}
          </h3>
          <p>{text(technique.risk)}</p>
        </section>
      )}
      {usedBy !== null && (
        <section className={styles.section}>
          <p className={styles.usage}>
            {usedBy === 0 ? t('technique.usedByNone') : t('technique.usedBy', { count: usedBy })}
            {usedBy > 0 && (
              <Button type="button" className="btn btn-sm" onClick={onShowCards}>
                {t('technique.showCards')}
                <Icon name="chevron" size={14} />
              </Button>
            )}
          </p>
        </section>
      )}
    </article>
  );
}
