// After the reveal: the playbook's recommended techniques and model answers, and the user's own best earlier answers.
import { useTranslation } from 'react-i18next';
import type { RehearsalAttempt, SessionCard } from '@shared/domain/rehearsal/records';
import type { Technique } from '@shared/playbook/types';
import { useFormat } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { NatureGuide } from '../playbook/NatureGuide';
import { useContentLanguage } from '../playbook/use-content-language';
import styles from './Session.module.css';

export function ReferencePanel({
  card,
  techniques,
  picked,
  earlier,
}: {
  card: SessionCard;
  techniques: Technique[];
  picked: string[];
  earlier: RehearsalAttempt[];
}) {
  const { t } = useTranslation('rehearsal');
  const { text } = useContentLanguage();
  const format = useFormat();
  const byId = new Map(techniques.map((technique) => [technique.id, technique]));
  const name = (id: string): string => {
    const technique = byId.get(id);
    return technique ? text(technique.name) : id;
  };
  // A written objection's model answer is the prepared answer itself: show it once.
  const modelAnswers = card.source === 'deal' ? [] : card.modelAnswers;

  return (
    <div className={styles.reference}>
      {card.techniqueIds.length > 0 && (
        <section className={`card ${styles.panel}`} aria-labelledby="recommended-title">
          <h2 id="recommended-title" className={styles.panelTitle}>
            {t('reveal.recommended')}
          </h2>
          <ul className={styles.techniqueList}>
            {card.techniqueIds.map((id) => {
              const isUsed = picked.includes(id);
              return (
                <li key={id} className={`badge ${isUsed ? 'badge-success' : 'badge-accent'}`}>
                  {isUsed && <Icon name="check" size={12} />}
                  {name(id)}
                </li>
              );
            })}
          </ul>
          <p className={styles.usedLine}>
            {t('reveal.youUsed', { names: picked.length === 0 ? t('reveal.noneUsed') : picked.map(name).join(' · ') })}
          </p>
        </section>
      )}
      <section className={`card ${styles.panel}`} aria-labelledby="model-answers-title">
        <h2 id="model-answers-title" className={styles.panelTitle}>
          {modelAnswers.length > 0 ? t('reveal.modelAnswers') : t('reveal.preparedAnswer')}
        </h2>
        {modelAnswers.length > 0 && (
          <ol className={styles.answers}>
            {modelAnswers.map((answer) => (
              <li key={answer.en}>{text(answer)}</li>
            ))}
          </ol>
        )}
        {card.preparedAnswer !== null && (
          <div className={styles.prepared}>
            {modelAnswers.length > 0 && <h3 className={styles.subTitle}>{t('reveal.preparedAnswer')}</h3>}
            <p className={styles.asTyped}>{card.preparedAnswer}</p>
          </div>
        )}
        {card.trap && (
          <p className={styles.trap}>
            <strong>{t('reveal.trap')}</strong> {text(card.trap)}
          </p>
        )}
      </section>
      <div className={`card ${styles.panel}`}>
        <NatureGuide />
      </div>
      <section className={`card ${styles.panel}`} aria-labelledby="earlier-title">
        <h2 id="earlier-title" className={styles.panelTitle}>
          {t('reveal.earlier')}
        </h2>
        {earlier.length === 0 ? (
          <p className="muted">{t('reveal.earlierEmpty')}</p>
        ) : (
          <ul className={styles.earlier}>
            {earlier.map((attempt) => (
              <li key={attempt.id}>
                <p className={styles.asTyped}>{attempt.answer}</p>
                <span className={styles.earlierMeta}>
                  {format.dateTime(attempt.at)} · {t('reveal.earlierScore', { score: format.percent(attempt.score) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
