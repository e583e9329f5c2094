// The sharing copy must not give a secret figure away, in any form the amount reader understands.
//
// A clause (the words between commas or sentence breaks) that mentions a secret figure, or any
// amount within WITHHOLD_NEAR of one, is replaced as a whole by a neutral marker, so the sentence
// does not tell the reader what kind of figure stood there ("our floor is [withheld]" would).
// Rates and reductions ("降5个点", "10% off") are read against the price they apply to.
import { type AmountReading, priceAfter, readAmounts } from '../amounts';

/** An amount within 5 % of a secret gives the secret away ("285k only with prepayment" for a 280k floor). */
export const WITHHOLD_NEAR = 0.05;

/** A field longer than this is not checked clause by clause; the sharing copy leaves it out whole. */
export const MAX_CHECKED_LENGTH = 20_000;

export type FigureGuard = {
  /** True when showing `value` would show a withheld figure or one near it. */
  isWithheld: (value: number) => boolean;
  /** The text with every clause that mentions a withheld figure replaced by the marker. */
  redact: (text: string) => string;
  /** Clauses and fields replaced so far. */
  count: () => number;
};

export type GuardOptions = {
  /** Withheld with everything within WITHHOLD_NEAR of them: the walk-away and the BATNA. */
  floors: readonly number[];
  /** Withheld in every form, but only themselves: other alternatives' values, steps past the target. */
  secrets: readonly number[];
  /** The price a rate or reduction applies to (our opening, else our target). */
  reference: number | null;
  marker: string;
};

const BREAKS = new Set([...'，;；。！？!?\n']);

/** A comma or dot followed by a digit is inside a number ("280,000", "0.30M"), not a clause break. */
const isBreakAt = (text: string, at: number): boolean => {
  const ch = text[at] ?? '';
  return BREAKS.has(ch) || ((ch === ',' || ch === '.') && !/\d/u.test(text[at + 1] ?? ''));
};

const clauseStart = (text: string, at: number): number => {
  let i = at;
  while (i > 0 && !isBreakAt(text, i - 1)) i -= 1;
  return i;
};

const clauseEnd = (text: string, at: number): number => {
  let i = at;
  while (i < text.length && !isBreakAt(text, i)) i += 1;
  return i;
};

const isNear = (value: number, secret: number): boolean => Math.abs(value - secret) <= WITHHOLD_NEAR * Math.abs(secret);

/** The prices a reading names: both ends of a range, or the price a reduction or rate leads to. */
function pricesOf(reading: AmountReading, reference: number | null): number[] {
  if (reading.change !== null) {
    const price = priceAfter(reading, reference);
    return price === null ? [] : [price];
  }
  if (reading.kind !== 'amount') return [];
  return reading.high === null ? [reading.value] : [reading.value, reading.high];
}

const usable = (values: readonly number[]): number[] => [
  ...new Set(values.filter((n) => Number.isFinite(n) && n !== 0).map(Math.abs)),
];

export function createFigureGuard({ floors, secrets, reference, marker }: GuardOptions): FigureGuard {
  const near = usable(floors);
  const exact = usable(secrets);
  const figures = [...near, ...exact];
  let replaced = 0;
  const isWithheld = (value: number): boolean => {
    const size = Math.round(Math.abs(value) * 100) / 100;
    return near.some((floor) => isNear(size, floor)) || exact.includes(size);
  };
  const redact = (text: string): string => {
    if (figures.length === 0) return text;
    if (text.length > MAX_CHECKED_LENGTH) {
      replaced += 1;
      return marker;
    }
    // One reading of the whole field; then each clause holding a withheld figure is replaced.
    const withheld = readAmounts(text).filter((reading) => pricesOf(reading, reference).some(isWithheld));
    if (withheld.length === 0) return text;
    let out = '';
    let from = 0;
    for (const reading of withheld) {
      if (reading.start < from) continue;
      const start = clauseStart(text, reading.start);
      const end = clauseEnd(text, reading.end);
      const lead = /^\s*/u.exec(text.slice(Math.max(start, from), end))?.[0] ?? '';
      out += text.slice(from, Math.max(start, from)) + lead + marker;
      replaced += 1;
      from = end;
    }
    return out + text.slice(from);
  };
  return { isWithheld, redact, count: () => replaced };
}
