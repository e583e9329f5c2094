// A labelled set of radio buttons drawn as a segmented control or as stacked cards with a hint each.
import styles from './PrepSheetTab.module.css';

export type Choice<T extends string> = { value: T; label: string; hint?: string; lang?: string };

export function ChoiceGroup<T extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
  layout = 'segmented',
}: {
  legend: string;
  name: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  layout?: 'segmented' | 'cards';
}) {
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={layout === 'segmented' ? styles.segmented : styles.cards}>
        {choices.map((choice) => (
          <label key={choice.value} className={styles.choice} lang={choice.lang}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span className={styles.choiceLabel}>{choice.label}</span>
            {choice.hint && <span className={styles.choiceHint}>{choice.hint}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
