// A number field that accepts "1,200,000" or "1200000", shows it grouped, and keeps a bad entry visible with its error.
import { useId, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAmount } from '../deals/deal-form-model';
import styles from './AmountInput.module.css';
import { confidential } from '../../ui/Confidential';

// The backend refuses larger amounts (src-main/schemas/common.ts).
const MAX_AMOUNT = 1e13;

type AmountInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'prefix'> & {
  value: number | null;
  onChange: (value: number | null) => void;
  /** Shown inside the field before the number, e.g. the currency symbol. */
  prefix?: string;
  suffix?: string;
  max?: number;
  /** An unreadable entry means "no value" (a quick check) instead of keeping the last good one (stored data). */
  isEmptyWhenInvalid?: boolean;
};

export function AmountInput({
  value,
  onChange,
  prefix,
  suffix,
  max = MAX_AMOUNT,
  isEmptyWhenInvalid = false,
  className,
  ...rest
}: AmountInputProps) {
  const { t, i18n } = useTranslation('worksheet');
  const errorId = useId();
  const display = (amount: number | null): string =>
    amount === null ? '' : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(amount);
  const [text, setText] = useState(() => display(value));
  const [shown, setShown] = useState(value);
  const parsed = parseAmount(text);
  const error = parsed === 'invalid' ? t('invalidNumber') : parsed !== null && parsed > max ? t('tooLarge') : null;
  // Follow changes made elsewhere (undo, "use suggestion") unless the text already means that value.
  if (!Object.is(shown, value)) {
    setShown(value);
    const meaning = error === null ? parsed : isEmptyWhenInvalid ? null : undefined;
    if (meaning !== value) setText(display(value));
  }

  return (
    <span className={`${styles.wrap} ${className ?? ''}`}>
      {prefix && (
        <span className={styles.prefix} aria-hidden="true">
          {prefix}
        </span>
      )}
      <input
        {...rest}
        {...confidential}
        className={`input ${styles.input} ${prefix ? styles.hasPrefix : ''} ${suffix ? styles.hasSuffix : ''}`}
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={error !== null || rest['aria-invalid'] === true ? true : undefined}
        aria-describedby={error ? errorId : rest['aria-describedby']}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const amount = parseAmount(next);
          if (amount !== 'invalid' && (amount === null || amount <= max)) onChange(amount);
          else if (isEmptyWhenInvalid) onChange(null);
        }}
        onBlur={(event) => {
          if (error === null) setText(display(value));
          rest.onBlur?.(event);
        }}
      />
      {suffix && (
        <span className={styles.suffix} aria-hidden="true">
          {suffix}
        </span>
      )}
      {error && (
        <span id={errorId} className={styles.error} role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
