// Side-aware comparisons, so every calculation reads the same for a seller and a buyer.
import type { NegotiationSide } from '../deal';

export const oppositeSide = (side: NegotiationSide): NegotiationSide => (side === 'sell' ? 'buy' : 'sell');

/** How much better price `a` is than price `b` for `side` (negative when worse): sellers want more, buyers less. */
export const advantage = (a: number, b: number, side: NegotiationSide): number => (side === 'sell' ? a - b : b - a);

export const isBetter = (a: number, b: number, side: NegotiationSide): boolean => advantage(a, b, side) > 0;

export const isWorse = (a: number, b: number, side: NegotiationSide): boolean => advantage(a, b, side) < 0;

/** Stored numbers come from forms and files; NaN or Infinity counts as not filled in. */
export const finiteOrNull = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

export const hasText = (text: string | null | undefined): boolean => typeof text === 'string' && text.trim() !== '';
