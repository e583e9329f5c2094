// The one amount field: reads what people type (1,200,000 · 26万 · 1.2m · 三十万) with the shared amount
// reader, shows the number it will store before storing it, and keeps a bad entry visible with its error.
import { useId, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { readAmountField } from '@shared/domain/amounts';
import styles from './AmountInput.module.css';
import { confidential } from './Confidential';

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

type Parsed = { value: number | null; error: 'invalid' | 'negative' | 'tooLarge' | null };

function parse(text: string, max: number): Parsed {
  const reading = readAmountField(text);
  if (reading.status === 'empty') return { value: null, error: null };
  if (reading.status !== 'ok') return { value: null, error: reading.status };
  return reading.value > max ? { value: null, error: 'tooLarge' } : { value: reading.value, error: null };
}

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
  const { t, i18n } = useTranslation('common');
  const errorId = useId();
  const previewId = useId();
  const display = (amount: number | null): string =>
    amount === null ? '' : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(amount);
  const [text, setText] = useState(() => display(value));
  const [shown, setShown] = useState(value);
  const parsed = parse(text, max);
  const error = parsed.error === null ? null : t(`amount.${parsed.error}`);
  // Follow changes made elsewhere (undo, "use suggestion") unless the text already means that value.
  if (!Object.is(shown, value)) {
    setShown(value);
    const meaning = error === null ? parsed.value : isEmptyWhenInvalid ? null : undefined;
    if (meaning !== value) setText(display(value));
  }
  // Typed as "26万" or "1.2m": say which number that is before it is stored.
  const preview =
    error === null && parsed.value !== null && text.trim() !== display(parsed.value)
      ? t('amount.willStore', { value: `${prefix ?? ''}${display(parsed.value)}${suffix ?? ''}` })
      : null;
  const describedBy = [error ? errorId : rest['aria-describedby'], preview ? previewId : null]
    .filter(Boolean)
    .join(' ');

  return (
    <span className={`${styles.wrap} ${className ?? ''}`}>
      {/* The signs sit against the input alone, not the error or preview lines under it. */}
      <span className={styles.field}>
        {prefix && (
          <span className={styles.prefix} aria-hidden="true">
            {prefix}
          </span>
        )}
        <input
          {...rest}
          {...confidential}
          className={`input ${styles.input} ${prefix ? styles.hasPrefix : ''} ${suffix ? styles.hasSuffix : ''}`}
          inputMode="text"
          autoComplete="off"
          value={text}
          aria-invalid={error !== null || rest['aria-invalid'] === true ? true : undefined}
          aria-describedby={describedBy === '' ? undefined : describedBy}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            const amount = parse(next, max);
            if (amount.error === null) onChange(amount.value);
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
      </span>
      {error && (
        <span id={errorId} className={styles.error} role="alert">
          {error}
        </span>
      )}
      {preview && (
        <span id={previewId} className={styles.preview} aria-live="polite" data-testid="amount-preview">
          {preview}
        </span>
      )}
    </span>
  );
}
