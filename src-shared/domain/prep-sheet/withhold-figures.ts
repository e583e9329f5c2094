// The sharing copy must not give the walk-away away, not even where the user typed it into free text.

/** Decimal text of a number without exponent or float noise: 980000, 1.25. */
const plainDigits = (value: number): string => String(Number(value.toFixed(6)));

const escapeDot = (text: string): string => text.replace('.', '[.,]');

/** 980000 → 980[,. ]?000 so "980000", "980,000" and "980 000" all match. */
const groupedPattern = (value: number): string => {
  const [whole = '', fraction] = plainDigits(value).split('.');
  const groups: string[] = [];
  for (let end = whole.length; end > 0; end -= 3) groups.unshift(whole.slice(Math.max(0, end - 3), end));
  const integer = groups.join("[,.\\s'’]?");
  return fraction === undefined ? `${integer}(?:[.,]0+)?` : `${integer}[.,]${fraction}0*`;
};

/** A scaled form ("980k", "0.98m", "98万") exists only when the scaled figure is short. */
const scaledPattern = (value: number, unit: number, suffix: string): string | null => {
  const scaled = value / unit;
  if (scaled < 1 && unit < 1_000_000) return null;
  const digits = plainDigits(scaled);
  return (digits.split('.')[1] ?? '').length > 3 ? null : `${escapeDot(digits)}\\s?${suffix}`;
};

const BEFORE = '(?<![\\d.,])';

export type FigureGuard = {
  /** True when showing `value` would show a withheld figure. */
  isWithheld: (value: number) => boolean;
  /** Replaces every mention of a withheld figure in `text` with the placeholder. */
  redact: (text: string) => string;
  /** Mentions replaced so far. */
  count: () => number;
};

export function createFigureGuard(secrets: readonly number[], placeholder: string): FigureGuard {
  const figures = [...new Set(secrets.filter((n) => Number.isFinite(n) && n !== 0).map(Math.abs))];
  const sources = figures.flatMap((value) =>
    [
      `${BEFORE}${groupedPattern(value)}(?![\\d]|[.,]\\d)`,
      scaledPattern(value, 1_000, '[kK](?![a-zA-Z])'),
      scaledPattern(value, 1_000_000, '(?:[mM]|mn|million)(?![a-zA-Z])'),
      scaledPattern(value, 10_000, '万'),
    ].flatMap((source, index) => (source === null ? [] : [index === 0 ? source : `${BEFORE}${source}`])),
  );
  const pattern = sources.length === 0 ? null : new RegExp(sources.join('|'), 'g');
  let replaced = 0;
  return {
    isWithheld: (value) => figures.includes(Math.abs(value)),
    redact: (text) =>
      pattern === null
        ? text
        : text.replace(pattern, () => {
            replaced += 1;
            return placeholder;
          }),
    count: () => replaced,
  };
}
