// The counterpart's line, as they would say it, with who says it and what kind of objection it is.
import { useTranslation } from 'react-i18next';
import type { RehearsalDealContext, SessionCard } from '@shared/domain/rehearsal/records';
import { OBJECTION_TYPE_INFO } from '@shared/playbook/objection-types';
import { useContentLanguage } from '../playbook/use-content-language';
import styles from './Session.module.css';

export function CounterpartLine({ card, deal }: { card: SessionCard; deal: RehearsalDealContext | null }) {
  const { t } = useTranslation('rehearsal');
  const { t: tc } = useTranslation();
  const { text } = useContentLanguage();
  const who = deal?.counterpartOrg.trim() || t('card.counterpart');
  const typeInfo = card.type === null ? undefined : OBJECTION_TYPE_INFO.find((info) => info.id === card.type);
  return (
    <figure className={styles.quote}>
      <figcaption className={styles.speaker}>
        <span className={styles.avatar} aria-hidden="true">
          {who.slice(0, 1)}
        </span>
        <span className={styles.speakerName}>{t('card.says', { who })}</span>
        {deal?.style && <span className="badge">{tc(`styles.${deal.style}`)}</span>}
        {typeInfo && <span className="badge badge-accent">{text(typeInfo.name)}</span>}
        {card.source === 'deal' && <span className="badge">{t('card.ownObjection')}</span>}
      </figcaption>
      <blockquote className={styles.line}>{text(card.spokenLine)}</blockquote>
    </figure>
  );
}
