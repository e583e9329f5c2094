// Judges an offer on the table against our target, walk-away and BATNA.
import type { NegotiationSide } from '../deal';
import { findBatna, realBatnaOf } from './batna';
import { resolveNumbers, type NumbersInput } from './numbers';
import { advantage, finiteOrNull, isWorse } from './sides';

export const OFFER_VERDICTS = ['accept', 'negotiate', 'walk-away'] as const;
export type OfferVerdict = (typeof OFFER_VERDICTS)[number];

/**
 * Why the verdict was reached. Without enough numbers the verdict is `negotiate`: keep talking and
 * fill in the worksheet, rather than accept or walk away on no basis.
 */
export const OFFER_REASONS = [
  'worse-than-walk-away', // walk-away
  'worse-than-batna', // walk-away: our best real alternative beats the offer
  'meets-target', // accept: at or better than target
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
    target: number | null;
    walkAway: number | null;
    batna: number | null;
    batnaAlternativeId: string | null;
  };
  /** How much better the offer is than the walk-away (negative when worse); side-aware. */
  marginOverWalkAway: number | null;
  /** How much better the target is than the offer (≤ 0 once the target is met); side-aware. */
  shortOfTarget: number | null;
};

/**
 * Order matters: the floor comes first (walk-away, then a real BATNA, since an offer worse than
 * what we can get elsewhere is refused even when the walk-away was set too low), then the target.
 * Equal counts as good enough: an offer at the walk-away is not refused, one at the target is taken.
 * A hypothetical BATNA is not a floor: it is not available to walk away to.
 */
export const checkOffer = (offer: number | null, worksheet: NumbersInput, side: NegotiationSide): OfferCheck => {
  const { target, walkAway } = resolveNumbers(worksheet, side);
  const realBatna = realBatnaOf(findBatna(worksheet.alternatives, 'ours', side));
  const batna = realBatna?.value ?? null;
  const amount = finiteOrNull(offer);
  const params = { offer: amount, target, walkAway, batna, batnaAlternativeId: realBatna?.alternative.id ?? null };
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
  if (target !== null && !isWorse(amount, target, side)) return result('accept', 'meets-target');
  const hasFloor = walkAway !== null || batna !== null;
  if (target !== null) return result('negotiate', hasFloor ? 'between-target-and-walk-away' : 'no-walk-away');
  return result('negotiate', hasFloor ? 'no-target' : 'no-numbers');
};
