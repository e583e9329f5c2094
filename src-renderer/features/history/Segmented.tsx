// A small set of choices as pills: radio buttons underneath, so arrow keys move between them.
import { useId } from 'react';
import styles from './Debrief.module.css';

export type SegmentedOption<T extends string> = { value: T; label: string; tone?: 'good' | 'mid' | 'bad' };

export function Segmented<T extends string>({
  label,
  options,
  value,
  onChange,
  isLabelShown = false,
}: {
  label: string;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
  isLabelShown?: boolean;
}) {
  const name = useId();
  return (
    <fieldset className={styles.segmented}>
      <legend className={isLabelShown ? styles.fieldLabel : 'visually-hidden'}>{label}</legend>
      <div className={styles.pills}>
        {options.map((option) => (
          <label
            key={option.value}
            className={`${styles.pill} ${value === option.value ? `${styles.pillOn} ${option.tone ? styles[option.tone] : ''}` : ''}`}
          >
            <input
              type="radio"
              className={styles.pillInput}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
