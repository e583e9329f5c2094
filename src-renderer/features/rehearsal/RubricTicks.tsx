// The user's rubric as checkboxes after an answer, with the running score.
import { useTranslation } from 'react-i18next';
import { rubricLabel, type RubricEntry } from '@shared/domain/rehearsal/records';
import { routeHref } from '../../app/routes';
import { useContentLanguage } from '../playbook/use-content-language';
import styles from './Session.module.css';

export function RubricTicks({
  rubric,
  ticked,
  onChange,
  isDisabled,
}: {
  rubric: RubricEntry[];
  ticked: string[];
  onChange: (ids: string[]) => void;
  isDisabled: boolean;
}) {
  const { t } = useTranslation('rehearsal');
  const { language } = useContentLanguage();
  const count = rubric.filter((item) => ticked.includes(item.id)).length;
  return (
    <fieldset className={styles.rubric} disabled={isDisabled}>
      <legend className={styles.sectionHead}>
        <span className={styles.rubricTitle}>{t('reveal.rubric')}</span>
        <span className="badge badge-accent">{t('reveal.rubricScore', { ticked: count, total: rubric.length })}</span>
      </legend>
      <div className={styles.rubricItems}>
        {rubric.map((item) => {
          const isTicked = ticked.includes(item.id);
          return (
            <label key={item.id} className={`${styles.rubricItem} ${isTicked ? styles.rubricOn : ''}`}>
              <input
                type="checkbox"
                checked={isTicked}
                onChange={() => onChange(isTicked ? ticked.filter((id) => id !== item.id) : [...ticked, item.id])}
              />
              <span>{rubricLabel(item, language)}</span>
            </label>
          );
        })}
      </div>
      <a className={styles.smallLink} href={routeHref({ name: 'settings' })}>
        {t('reveal.editRubric')}
      </a>
    </fieldset>
  );
}
