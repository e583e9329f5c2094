// The one resolver of a deal's numbers: every screen, statistic, export and check reads these, never the
// stored fields. The walk-away follows our REAL BATNA unless typed; a hypothetical BATNA is only shown
// as what the floor would be "if it becomes real".
import type { NegotiationSide } from '../deal';
import type { Alternative, WorksheetNumbers } from '../worksheet-types';
import { findBatna, suggestWalkAway, type WalkAwaySuggestion } from './batna';
import { finiteOrNull } from './sides';

/** manual: typed · suggested: follows the real BATNA · stored: an earlier figure, no real BATNA to follow. */
export type WalkAwaySource = 'manual' | 'suggested' | 'stored' | 'missing';

export type BatnaFigure = { value: number; alternativeId: string };

export type ResolvedNumbers = {
  opening: number | null;
  target: number | null;
  /** The manual walk-away, or else our real BATNA's value, or else whatever was stored. */
  walkAway: number | null;
  walkAwaySource: WalkAwaySource;
  /** What the walk-away would follow: only a real BATNA suggests one. */
  suggestion: WalkAwaySuggestion;
  /** Our best real alternative: the floor we can walk away to today. */
  batna: BatnaFigure | null;
  /** Our best alternative that is not secured yet, when it would beat the real one: "if it becomes real". */
  hypotheticalBatna: BatnaFigure | null;
  /** Their walk-away estimate as entered (not reordered; see `theirRangeOf`). */
  theirWalkAwayLow: number | null;
  theirWalkAwayHigh: number | null;
};

export type NumbersInput = { numbers: WorksheetNumbers; alternatives: readonly Alternative[] };

export const resolveNumbers = ({ numbers, alternatives }: NumbersInput, side: NegotiationSide): ResolvedNumbers => {
  const ours = findBatna(alternatives, 'ours', side);
  const suggestion = suggestWalkAway(alternatives, side);
  const stored = finiteOrNull(numbers.walkAway);
  const [walkAway, walkAwaySource]: [number | null, WalkAwaySource] = numbers.isWalkAwayManual
    ? [stored, stored === null ? 'missing' : 'manual']
    : suggestion.value !== null
      ? [suggestion.value, 'suggested']
      : [stored, stored === null ? 'missing' : 'stored'];
  const real = ours.ranked.find((ranked) => ranked.alternative.isReal) ?? null;
  const hypothetical = ours.ranked.find((ranked) => !ranked.alternative.isReal) ?? null;
  const figure = (ranked: typeof real): BatnaFigure | null =>
    ranked === null ? null : { value: ranked.value, alternativeId: ranked.alternative.id };
  // ranked is best first, so a hypothetical ranked before the real one beats it.
  const isHypotheticalBetter =
    hypothetical !== null && (real === null || ours.ranked.indexOf(hypothetical) < ours.ranked.indexOf(real));
  return {
    opening: finiteOrNull(numbers.opening),
    target: finiteOrNull(numbers.target),
    walkAway,
    walkAwaySource,
    suggestion,
    batna: figure(real),
    hypotheticalBatna: isHypotheticalBetter ? figure(hypothetical) : null,
    theirWalkAwayLow: finiteOrNull(numbers.theirWalkAwayLow),
    theirWalkAwayHigh: finiteOrNull(numbers.theirWalkAwayHigh),
  };
};

/** The worksheet with its stored walk-away set to the resolved one, so files and exports hold no stale figure. */
export const withResolvedWalkAway = <T extends NumbersInput>(worksheet: T, side: NegotiationSide): T => {
  const { walkAway } = resolveNumbers(worksheet, side);
  return Object.is(walkAway, worksheet.numbers.walkAway)
    ? worksheet
    : { ...worksheet, numbers: { ...worksheet.numbers, walkAway } };
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
