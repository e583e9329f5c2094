// Judges an offer on the table against our opening, target, walk-away and BATNA, and their estimated limit.
import type { NegotiationSide } from '../deal';
import { resolveNumbers, theirRangeOf, type NumbersInput } from './numbers';
import { advantage, finiteOrNull, isBetter, isWorse } from './sides';

export const OFFER_VERDICTS = ['accept', 'close', 'negotiate', 'walk-away'] as const;
export type OfferVerdict = (typeof OFFER_VERDICTS)[number];

/**
 * Why the verdict was reached. Without enough numbers the verdict is `negotiate`: keep talking and
 * fill in the worksheet, rather than accept or walk away on no basis.
 */
export const OFFER_REASONS = [
  'worse-than-walk-away', // walk-away
  'worse-than-batna', // walk-away: our best real alternative beats the offer
  'better-than-opening', // accept: better than our own opening – check the terms behind it
  'meets-target', // accept: at or better than target
  'beyond-their-limit', // close: at or past what we estimated they can do
  'between-target-and-walk-away', // negotiate
  'no-target', // negotiate: clears the walk-away/BATNA, but there is no target to accept at
  'no-walk-away', // negotiate: short of target, and no walk-away or real BATNA to judge the floor
  'no-numbers', // negotiate: neither target, walk-away nor real BATNA
  'invalid-offer', // negotiate: the offer is missing or not a finite number
] as const;
export type OfferReason = (typeof OFFER_REASONS)[number];

export type OfferCheck = {
  verdict: OfferVerdict;
  reason: OfferReason;
  params: {
    offer: number | null;
    opening: number | null;
    target: number | null;
    walkAway: number | null;
    batna: number | null;
    batnaAlternativeId: string | null;
    /** Their most generous estimated walk-away: the most a buyer can pay, the least a seller can take. */
    theirLimit: number | null;
  };
  /** How much better the offer is than the walk-away (negative when worse); side-aware. */
  marginOverWalkAway: number | null;
  /** How much better the target is than the offer (≤ 0 once the target is met); side-aware. */
  shortOfTarget: number | null;
};

/**
 * Order matters: the floor comes first (walk-away, then a real BATNA, since an offer worse than
 * what we can get elsewhere is refused even when the walk-away was set too low), then an offer past
 * our own opening, then the target, then their estimated limit: an offer at or beyond the most they
 * said they can do is as good as this deal gets, so close. Equal counts as good enough. A
 * hypothetical BATNA is not a floor: it is not available to walk away to.
 */
export const checkOffer = (offer: number | null, worksheet: NumbersInput, side: NegotiationSide): OfferCheck => {
  const numbers = resolveNumbers(worksheet, side);
  const { opening, target, walkAway } = numbers;
  const batna = numbers.batna?.value ?? null;
  const range = theirRangeOf(numbers);
  const theirLimit = range === null ? null : side === 'sell' ? range.high : range.low;
  const amount = finiteOrNull(offer);
  const params = {
    offer: amount,
    opening,
    target,
    walkAway,
    batna,
    batnaAlternativeId: numbers.batna?.alternativeId ?? null,
    theirLimit,
  };
  const result = (verdict: OfferVerdict, reason: OfferReason): OfferCheck => ({
    verdict,
    reason,
    params,
    marginOverWalkAway: amount === null || walkAway === null ? null : advantage(amount, walkAway, side),
    shortOfTarget: amount === null || target === null ? null : advantage(target, amount, side),
  });

  if (amount === null) return result('negotiate', 'invalid-offer');
  if (walkAway !== null && isWorse(amount, walkAway, side)) return result('walk-away', 'worse-than-walk-away');
  if (batna !== null && isWorse(amount, batna, side)) return result('walk-away', 'worse-than-batna');
  if (opening !== null && isBetter(amount, opening, side)) return result('accept', 'better-than-opening');
  if (target !== null && !isWorse(amount, target, side)) return result('accept', 'meets-target');
  if (theirLimit !== null && !isWorse(amount, theirLimit, side)) return result('close', 'beyond-their-limit');
  const hasFloor = walkAway !== null || batna !== null;
  if (target !== null) return result('negotiate', hasFloor ? 'between-target-and-walk-away' : 'no-walk-away');
  return result('negotiate', hasFloor ? 'no-target' : 'no-numbers');
};
