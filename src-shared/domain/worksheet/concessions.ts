// Checks a concession plan: shrinking steps from the opening towards the walk-away, each traded for something.
import type { NegotiationSide } from '../deal';
import type { ConcessionStep } from '../worksheet-types';
import { resolveNumbers, type NumbersInput } from './numbers';
import { advantage, finiteOrNull, hasText, isWorse } from './sides';
import { makeWarning, type WorksheetWarning } from './warnings';

export type ConcessionStepAnalysis = {
  id: string;
  index: number;
  price: number | null;
  /** The last priced point before this step: the opening, or the previous priced step. */
  from: number | null;
  /** How much this step gives away (negative: it moves the wrong way); null without prices. */
  size: number | null;
  /** How much has been given away since the opening, up to and including this step. */
  conceded: number | null;
  /** `conceded` as a share of the room between opening and walk-away (1 = at the walk-away). */
  shareOfRoom: number | null;
  hasReturn: boolean;
};

export type ConcessionPlan = {
  steps: ConcessionStepAnalysis[];
  /** Opening to walk-away, in our favour; null when either is missing. */
  room: number | null;
  /** Given away from opening to the last priced step. */
  totalConceded: number | null;
  /** Left between the last priced step (or the opening) and the walk-away. */
  remaining: number | null;
  warnings: WorksheetWarning[];
};

export type ConcessionInput = NumbersInput & { concessionSteps: readonly ConcessionStep[] };

/**
 * Rules: every step moves towards the other side, each step is smaller than the one before (a
 * shrinking pattern signals the floor is near), none goes past the walk-away, and none is given
 * without something in return.
 */
export const checkConcessions = (worksheet: ConcessionInput, side: NegotiationSide): ConcessionPlan => {
  const { opening, walkAway } = resolveNumbers(worksheet, side);
  const warnings: WorksheetWarning[] = [];
  const steps: ConcessionStepAnalysis[] = [];
  const room = opening === null || walkAway === null ? null : advantage(opening, walkAway, side);
  let previousPrice = opening;
  let previousSize: number | null = null;

  if (opening === null && worksheet.concessionSteps.length > 0) {
    warnings.push(makeWarning('concessions-without-opening', {}));
  }

  worksheet.concessionSteps.forEach((step, index) => {
    const stepId = step.id;
    const price = finiteOrNull(step.price);
    const hasReturn = hasText(step.inReturn);
    if (!hasReturn) warnings.push(makeWarning('concession-without-return', { stepId, index }));
    if (price === null) {
      warnings.push(makeWarning('concession-missing-price', { stepId, index }));
      steps.push({
        id: stepId,
        index,
        price,
        from: previousPrice,
        size: null,
        conceded: null,
        shareOfRoom: null,
        hasReturn,
      });
      return;
    }

    const from = previousPrice;
    const size = from === null ? null : advantage(from, price, side);
    if (from !== null && size !== null) {
      if (size < 0) warnings.push(makeWarning('concession-wrong-way', { stepId, index, from, to: price }));
      else if (size === 0) warnings.push(makeWarning('concession-no-movement', { stepId, index, price }));
      else if (previousSize !== null && size >= previousSize) {
        warnings.push(makeWarning('concession-not-shrinking', { stepId, index, size, previousSize }));
      }
    }
    if (walkAway !== null && isWorse(price, walkAway, side)) {
      warnings.push(makeWarning('concession-beyond-walk-away', { stepId, index, price, walkAway }));
    }

    const conceded = opening === null ? null : advantage(opening, price, side);
    const shareOfRoom = conceded === null || room === null || room <= 0 ? null : conceded / room;
    steps.push({ id: stepId, index, price, from, size, conceded, shareOfRoom, hasReturn });
    previousPrice = price;
    // Only a real concession sets the size the next one must stay under.
    if (size !== null && size > 0) previousSize = size;
  });

  const lastPrice = previousPrice;
  return {
    steps,
    room,
    totalConceded: opening === null || lastPrice === null ? null : advantage(opening, lastPrice, side),
    remaining: walkAway === null || lastPrice === null ? null : advantage(lastPrice, walkAway, side),
    warnings,
  };
};

/**
 * Prices for `count` steps from `opening` to `walkAway`, each half the size of the one before
 * (sizes in the ratio 2^(n−1) : … : 2 : 1), the last one landing on the walk-away.
 */
export const suggestConcessionPrices = (opening: number, walkAway: number, count: number): number[] => {
  const n = Math.floor(count);
  if (!Number.isFinite(opening) || !Number.isFinite(walkAway) || !(n >= 1)) return [];
  const units = 2 ** n - 1;
  const prices: number[] = [];
  let given = 0;
  for (let i = 0; i < n; i += 1) {
    given += 2 ** (n - 1 - i);
    prices.push(i === n - 1 ? walkAway : opening + ((walkAway - opening) * given) / units);
  }
  return prices;
};
