// The overview tab: the key facts, the people at the table and the notes.
import { useTranslation } from 'react-i18next';
import type { Deal } from '@shared/domain/deal';
import { useFormat } from '../../i18n/format';
import { ReadinessSummary } from '../worksheet/ReadinessSummary';
import styles from './DealPage.module.css';
import { confidential } from '../../ui/Confidential';

export function DealOverview({ deal }: { deal: Deal }) {
  const { t } = useTranslation('deals');
  const { t: tc } = useTranslation();
  const format = useFormat();
  return (
    <div className={styles.overview}>
      <section className={`card ${styles.facts}`}>
        <dl>
          <div>
            <dt>{t('detail.value')}</dt>
            <dd {...confidential}>{format.money(deal.value, deal.currency)}</dd>
          </div>
          <div>
            <dt>{t('detail.side')}</dt>
            <dd>{tc(`sides.${deal.side}`)}</dd>
          </div>
          <div>
            <dt>{t('form.counterpartStyle')}</dt>
            <dd>{deal.counterpartStyle ? tc(`styles.${deal.counterpartStyle}`) : '—'}</dd>
          </div>
          <div>
            <dt>{t('detail.meeting')}</dt>
            <dd>{format.date(deal.meetingDate)}</dd>
          </div>
          <div>
            <dt>{t('form.expectedCloseDate')}</dt>
            <dd>{format.date(deal.expectedCloseDate)}</dd>
          </div>
        </dl>
        {deal.counterpartStyle && <p className={styles.styleHint}>{tc(`styleHints.${deal.counterpartStyle}`)}</p>}
      </section>

      <ReadinessSummary deal={deal} />

      <section className={`card ${styles.panel}`}>
        <h2>{t('detail.contacts')}</h2>
        {deal.contacts.length === 0 ? (
          <p className="muted">{t('detail.noContacts')}</p>
        ) : (
          <ul className={styles.people}>
            {deal.contacts.map((contact) => (
              <li key={contact.id}>
                <span className={styles.avatar} aria-hidden="true">
                  {contact.name.slice(0, 1)}
                </span>
                <div>
                  <strong>{contact.name}</strong>
                  <span className="muted">{contact.role}</span>
                </div>
                <span className="badge badge-accent">{tc(`decisionRoles.${contact.decisionRole}`)}</span>
                {contact.style && <span className="badge">{tc(`styles.${contact.style}`)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={`card ${styles.panel}`}>
        <h2>{t('detail.notes')}</h2>
        {deal.notes ? (
          <p className={styles.notes} {...confidential}>
            {deal.notes}
          </p>
        ) : (
          <p className="muted">{t('detail.noNotes')}</p>
        )}
        {deal.tags.length > 0 && (
          <div className={styles.tags}>
            {deal.tags.map((tag) => (
              <span key={tag} className="badge">
                {tag}
              </span>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
