// Consistency checks on opening, target, walk-away and their estimated walk-away, for either side.
import type { NegotiationSide } from '../deal';
import { findBatna, realBatnaOf, type RankedAlternative } from './batna';
import { resolveNumbers, theirRangeOf, type NumbersInput, type ResolvedNumbers } from './numbers';
import { advantage, isBetter, isWorse } from './sides';
import { makeWarning, type WorksheetWarning } from './warnings';
import { computeZopaFromNumbers } from './zopa';

/**
 * A seller needs opening ≥ target ≥ walk-away, a buyer opening ≤ target ≤ walk-away; the anchor
 * should sit just beyond their estimated walk-away and the target inside the zone of agreement.
 */
export const checkResolvedNumbers = (
  numbers: ResolvedNumbers,
  realBatna: RankedAlternative | null,
  side: NegotiationSide,
): WorksheetWarning[] => {
  const warnings: WorksheetWarning[] = [];
  const { opening, target, walkAway } = numbers;
  const range = theirRangeOf(numbers);

  if (opening === null) warnings.push(makeWarning('missing-opening', {}));
  if (target === null) warnings.push(makeWarning('missing-target', {}));
  if (walkAway === null) warnings.push(makeWarning('missing-walk-away', {}));
  if (range === null) {
    warnings.push(makeWarning('missing-their-range', {}));
  } else if (numbers.theirWalkAwayLow === null) {
    warnings.push(makeWarning('their-range-incomplete', { missing: 'low' }));
  } else if (numbers.theirWalkAwayHigh === null) {
    warnings.push(makeWarning('their-range-incomplete', { missing: 'high' }));
  }
  const { theirWalkAwayLow: low, theirWalkAwayHigh: high } = numbers;
  if (low !== null && high !== null && low > high) warnings.push(makeWarning('their-range-inverted', { low, high }));

  if (opening !== null && target !== null) {
    const room = advantage(opening, target, side);
    if (room < 0) warnings.push(makeWarning('opening-less-ambitious-than-target', { opening, target }));
    else if (room === 0) warnings.push(makeWarning('opening-equals-target', { value: opening }));
  }
  if (walkAway !== null && target !== null) {
    const room = advantage(target, walkAway, side);
    if (room < 0) warnings.push(makeWarning('walk-away-beyond-target', { walkAway, target }));
    else if (room === 0) warnings.push(makeWarning('walk-away-equals-target', { value: walkAway }));
  }
  if (opening !== null && walkAway !== null && isWorse(opening, walkAway, side)) {
    warnings.push(makeWarning('opening-worse-than-walk-away', { opening, walkAway }));
  }
  if (walkAway !== null && realBatna !== null) {
    const params = { walkAway, batna: realBatna.value, alternativeId: realBatna.alternative.id };
    if (isWorse(walkAway, realBatna.value, side)) {
      warnings.push(makeWarning('walk-away-worse-than-batna', params));
    } else if (isBetter(walkAway, realBatna.value, side)) {
      warnings.push(makeWarning('walk-away-better-than-batna', params));
    }
  }

  if (range !== null) {
    const zopa = computeZopaFromNumbers(numbers, side);
    const theirLimits = { theirLow: range.low, theirHigh: range.high };
    if (walkAway !== null && zopa.status === 'none') {
      warnings.push(makeWarning('no-overlap', { walkAway, ...theirLimits }));
    }
    if (walkAway !== null && zopa.status === 'possible') {
      warnings.push(makeWarning('overlap-uncertain', { walkAway, ...theirLimits }));
    }
    // The most they might concede (a buyer's highest, a seller's lowest walk-away) and the least.
    const generous = side === 'sell' ? range.high : range.low;
    const strict = side === 'sell' ? range.low : range.high;
    if (opening !== null && !isBetter(opening, generous, side)) {
      const code = isWorse(opening, strict, side) ? 'opening-short-of-their-range' : 'opening-inside-their-range';
      warnings.push(makeWarning(code, { opening, ...theirLimits }));
    }
    if (target !== null && zopa.status !== 'none' && isBetter(target, generous, side)) {
      warnings.push(makeWarning('target-outside-zopa', { target, theirLimit: generous }));
    }
  }
  return warnings;
};

export const checkNumbers = (worksheet: NumbersInput, side: NegotiationSide): WorksheetWarning[] =>
  checkResolvedNumbers(
    resolveNumbers(worksheet, side),
    realBatnaOf(findBatna(worksheet.alternatives, 'ours', side)),
    side,
  );
