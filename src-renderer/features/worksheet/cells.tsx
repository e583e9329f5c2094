// The text and choice fields of worksheet rows: labelled for screen readers, sized to what the backend accepts.

/** The backend's limit for worksheet texts (src-main/schemas/deal-schema.ts). */
const MAX_TEXT = 1000;

export function TextCell({
  label,
  placeholder,
  value,
  onChange,
  className,
}: {
  label: string;
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
}) {
  return (
    <input
      className={`input ${className ?? ''}`}
      aria-label={label}
      placeholder={placeholder}
      maxLength={MAX_TEXT}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

export function ChoiceCell<T extends string | number>({
  label,
  value,
  choices,
  labelOf,
  onChange,
  title,
  className,
}: {
  label: string;
  value: T;
  choices: readonly T[];
  labelOf: (choice: T) => string;
  onChange: (value: T) => void;
  title?: string;
  className?: string;
}) {
  return (
    <select
      className={`select ${className ?? ''}`}
      aria-label={label}
      title={title}
      value={value}
      onChange={(event) => {
        const chosen = choices.find((choice) => String(choice) === event.target.value);
        if (chosen !== undefined) onChange(chosen);
      }}
    >
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labelOf(choice)}
        </option>
      ))}
    </select>
  );
}
