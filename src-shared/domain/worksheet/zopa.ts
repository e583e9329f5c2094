// The zone of possible agreement as ranges a chart can draw, for either side of the table.
import type { NegotiationSide } from '../deal';
import { oppositeSide } from './sides';
import { resolveNumbers, theirRangeOf, type NumbersInput, type ResolvedNumbers } from './numbers';

/** A closed interval of prices; `null` means unbounded in that direction. */
export type NumberRange = { min: number | null; max: number | null };

/**
 * certain: the zone exists even if their walk-away sits at the least generous end of our estimate;
 * possible: it exists only towards the generous end; none: not even there; unknown: our walk-away
 * or their estimate is missing.
 */
export type OverlapStatus = 'certain' | 'possible' | 'none' | 'unknown';

export type Zopa = {
  side: NegotiationSide;
  /** Prices we accept: [walkAway, ∞) when selling, (−∞, walkAway] when buying. */
  ourRange: NumberRange | null;
  /** Our estimate of their walk-away, low..high (reordered when entered the wrong way round). */
  theirWalkAway: { min: number; max: number } | null;
  /** Prices they may accept, at the generous end of the estimate. */
  theirRange: NumberRange | null;
  /** The zone at the generous end of their estimate; null when none or unknown. */
  overlap: NumberRange | null;
  /** The zone even at the least generous end of their estimate; null when not certain. */
  certainOverlap: NumberRange | null;
  status: OverlapStatus;
  /** Resolved numbers for the chart's markers. */
  markers: { opening: number | null; target: number | null; walkAway: number | null };
  /** Smallest and largest number on the chart, for its axis; null when there is none. */
  extent: { min: number; max: number } | null;
};

const lowerBound = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.max(a, b);
const upperBound = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.min(a, b);

export const intersectRanges = (a: NumberRange, b: NumberRange): NumberRange | null => {
  const min = lowerBound(a.min, b.min);
  const max = upperBound(a.max, b.max);
  return min !== null && max !== null && min > max ? null : { min, max };
};

/** The range of prices a party accepts given its walk-away: sellers take at least it, buyers pay at most it. */
export const acceptableRange = (walkAway: number, side: NegotiationSide): NumberRange =>
  side === 'sell' ? { min: walkAway, max: null } : { min: null, max: walkAway };

export const computeZopaFromNumbers = (numbers: ResolvedNumbers, side: NegotiationSide): Zopa => {
  const theirSide = oppositeSide(side);
  const estimate = theirRangeOf(numbers);
  const ourRange = numbers.walkAway === null ? null : acceptableRange(numbers.walkAway, side);
  // Their most generous walk-away is the highest a buyer would pay, or the lowest a seller would take.
  const generous = estimate === null ? null : theirSide === 'buy' ? estimate.high : estimate.low;
  const strict = estimate === null ? null : theirSide === 'buy' ? estimate.low : estimate.high;
  const theirRange = generous === null ? null : acceptableRange(generous, theirSide);

  let overlap: NumberRange | null = null;
  let certainOverlap: NumberRange | null = null;
  let status: OverlapStatus = 'unknown';
  if (ourRange !== null && theirRange !== null && strict !== null) {
    overlap = intersectRanges(ourRange, theirRange);
    certainOverlap = intersectRanges(ourRange, acceptableRange(strict, theirSide));
    status = overlap === null ? 'none' : certainOverlap === null ? 'possible' : 'certain';
  }

  const all = [numbers.opening, numbers.target, numbers.walkAway, estimate?.low ?? null, estimate?.high ?? null].filter(
    (n): n is number => n !== null,
  );
  return {
    side,
    ourRange,
    theirWalkAway: estimate === null ? null : { min: estimate.low, max: estimate.high },
    theirRange,
    overlap,
    certainOverlap,
    status,
    markers: { opening: numbers.opening, target: numbers.target, walkAway: numbers.walkAway },
    extent: all.length === 0 ? null : { min: Math.min(...all), max: Math.max(...all) },
  };
};

export const computeZopa = (worksheet: NumbersInput, side: NegotiationSide): Zopa =>
  computeZopaFromNumbers(resolveNumbers(worksheet, side), side);
