// Picks the techniques the user used in an answer; folded away so the list does not crowd the answer box.
import { useTranslation } from 'react-i18next';
import type { Technique } from '@shared/playbook/types';
import { useContentLanguage } from '../playbook/use-content-language';
import styles from './Session.module.css';

export function TechniquePicker({
  techniques,
  picked,
  onChange,
}: {
  techniques: Technique[];
  picked: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation('rehearsal');
  const { text } = useContentLanguage();
  const names = techniques
    .filter((technique) => picked.includes(technique.id))
    .map((technique) => text(technique.name));
  return (
    <details className={styles.picker}>
      <summary>
        <span className={styles.pickerTitle}>{t('card.techniques')}</span>
        <span className={styles.pickerSummary}>
          {names.length > 0 && t('card.techniquesPicked', { count: names.length, names: names.join(' · ') })}
        </span>
      </summary>
      <fieldset className={styles.chips} aria-label={t('card.techniques')}>
        {techniques.map((technique) => {
          const isPicked = picked.includes(technique.id);
          return (
            <label key={technique.id} className={`${styles.chip} ${isPicked ? styles.chipOn : ''}`}>
              <input
                type="checkbox"
                checked={isPicked}
                onChange={() =>
                  onChange(isPicked ? picked.filter((id) => id !== technique.id) : [...picked, technique.id])
                }
              />
              {text(technique.name)}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
