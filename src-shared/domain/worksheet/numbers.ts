// The worksheet's numbers as every calculation should read them: walk-away resolved, bad input dropped.
import type { NegotiationSide } from '../deal';
import type { Alternative, WorksheetNumbers } from '../worksheet-types';
import { suggestWalkAway, type WalkAwaySuggestion } from './batna';
import { finiteOrNull } from './sides';

export type WalkAwaySource = 'manual' | 'suggested' | 'stored' | 'missing';

export type ResolvedNumbers = {
  opening: number | null;
  target: number | null;
  /** The manual walk-away, or else the BATNA suggestion, or else whatever was stored. */
  walkAway: number | null;
  walkAwaySource: WalkAwaySource;
  suggestion: WalkAwaySuggestion;
  /** Their walk-away estimate as entered (not reordered; see `theirRangeOf`). */
  theirWalkAwayLow: number | null;
  theirWalkAwayHigh: number | null;
};

export type NumbersInput = { numbers: WorksheetNumbers; alternatives: readonly Alternative[] };

export const resolveNumbers = ({ numbers, alternatives }: NumbersInput, side: NegotiationSide): ResolvedNumbers => {
  const suggestion = suggestWalkAway(alternatives, side);
  const stored = finiteOrNull(numbers.walkAway);
  const [walkAway, walkAwaySource]: [number | null, WalkAwaySource] = numbers.isWalkAwayManual
    ? [stored, stored === null ? 'missing' : 'manual']
    : suggestion.value !== null
      ? [suggestion.value, 'suggested']
      : [stored, stored === null ? 'missing' : 'stored'];
  return {
    opening: finiteOrNull(numbers.opening),
    target: finiteOrNull(numbers.target),
    walkAway,
    walkAwaySource,
    suggestion,
    theirWalkAwayLow: finiteOrNull(numbers.theirWalkAwayLow),
    theirWalkAwayHigh: finiteOrNull(numbers.theirWalkAwayHigh),
  };
};

/** Their walk-away estimate as an ordered band; one known bound is read as a point estimate. */
export type TheirRange = { low: number; high: number; isInverted: boolean; isPoint: boolean };

export const theirRangeOf = (
  numbers: Pick<ResolvedNumbers, 'theirWalkAwayLow' | 'theirWalkAwayHigh'>,
): TheirRange | null => {
  const low = numbers.theirWalkAwayLow;
  const high = numbers.theirWalkAwayHigh;
  const point = (value: number): TheirRange => ({ low: value, high: value, isInverted: false, isPoint: true });
  if (low === null) return high === null ? null : point(high);
  if (high === null) return point(low);
  return { low: Math.min(low, high), high: Math.max(low, high), isInverted: low > high, isPoint: low === high };
};
