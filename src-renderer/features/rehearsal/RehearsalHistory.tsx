// What comes up next (each rated card's next review) and the latest concession drills.
import { useTranslation } from 'react-i18next';
import type { RehearsalOverview } from '@shared/domain/rehearsal/records';
import { useFormat } from '../../i18n/format';
import { useContentLanguage } from '../playbook/use-content-language';
import { dueText } from './time-format';
import styles from './Rehearse.module.css';
import { confidential } from '../../ui/Confidential';

const SHOWN = 8;

export function RehearsalHistory({
  overview,
  dealTitles,
}: {
  overview: RehearsalOverview;
  dealTitles: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation('rehearsal');
  const { text } = useContentLanguage();
  const format = useFormat();
  const now = new Date();
  return (
    <div className={styles.setups}>
      <section className={`card ${styles.panel}`} aria-labelledby="coming-up-title">
        <h2 id="coming-up-title">{t('home.comingUp')}</h2>
        {overview.scheduled.length === 0 ? (
          <p className="muted">{t('home.comingUpEmpty')}</p>
        ) : (
          <ul className={styles.list}>
            {overview.scheduled.slice(0, SHOWN).map((card) => {
              const when = dueText(card.state.due, now, i18n.language);
              return (
                <li key={card.cardId} className={styles.listItem}>
                  <span className={styles.listMain}>
                    <span className={styles.listLine} {...confidential}>
                      {text(card.line)}
                    </span>
                    <span className={styles.listMeta}>{card.dealTitle ?? t('home.general')}</span>
                  </span>
                  <span
                    className={`badge ${when === null ? 'badge-warning' : ''}`}
                    title={format.dateTime(card.state.due)}
                  >
                    {when ?? t('home.dueNow')}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className={`card ${styles.panel}`} aria-labelledby="recent-drills-title">
        <h2 id="recent-drills-title">{t('home.recentDrills')}</h2>
        {overview.recentDrills.length === 0 ? (
          <p className="muted">{t('home.noDrills')}</p>
        ) : (
          <ul className={styles.list}>
            {overview.recentDrills.slice(0, SHOWN).map((drill) => {
              const { summary } = drill;
              const price = summary.finalPrice === null ? '' : format.money(summary.finalPrice, summary.currency);
              return (
                <li key={drill.id} className={styles.listItem}>
                  <span className={styles.listMain}>
                    <span className={styles.listLine} {...confidential}>
                      {t(`drill.summary.outcomes.${summary.outcome}`, { price })}
                    </span>
                    <span className={styles.listMeta}>
                      {[
                        drill.dealId === null ? null : dealTitles.get(drill.dealId),
                        format.dateTime(drill.finishedAt),
                        t('home.drillRounds', { count: summary.rounds }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </span>
                  <span className={`badge ${summary.flags.length === 0 ? 'badge-success' : 'badge-warning'}`}>
                    {summary.flags.length === 0
                      ? t('home.drillClean')
                      : t('home.drillFlags', { count: summary.flags.length })}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
