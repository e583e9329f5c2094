// A labelled form control with its required mark, hint and inline error, wired for screen readers.
import { cloneElement, useId, type ReactElement } from 'react';
import styles from './Field.module.css';

type ControlProps = {
  id?: string;
  'aria-invalid'?: boolean | undefined;
  'aria-describedby'?: string | undefined;
  'aria-required'?: boolean | undefined;
};

export function Field({
  label,
  error,
  hint,
  children,
  className,
  isRequired = false,
}: {
  label: string;
  /** Marks the label with * (the control says "required" to screen readers). */
  isRequired?: boolean;
  error?: string | undefined;
  hint?: string | undefined;
  children: ReactElement<ControlProps>;
  className?: string | undefined;
}) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className={`${styles.field} ${className ?? ''}`}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {isRequired && (
          <span className={styles.required} aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': isRequired || undefined,
      })}
      {error ? (
        <span id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </span>
      ) : (
        hint && (
          <span id={`${id}-hint`} className={styles.hint}>
            {hint}
          </span>
        )
      )}
    </div>
  );
}

/** After a failed save: focus (and show) the first field marked invalid inside `form`. */
export function focusFirstInvalid(form: HTMLElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
