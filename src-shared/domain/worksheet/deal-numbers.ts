// A deal's effective numbers in one call: the resolved walk-away, BATNA, their range and the ZOPA.
import type { Deal } from '../deal';
import { resolveNumbers, theirRangeOf, type ResolvedNumbers, type TheirRange } from './numbers';
import { computeZopaFromNumbers, type Zopa } from './zopa';

export type DealNumbers = ResolvedNumbers & { theirRange: TheirRange | null; zopa: Zopa };

export const dealNumbers = (deal: Pick<Deal, 'worksheet' | 'side'>): DealNumbers => {
  const numbers = resolveNumbers(deal.worksheet, deal.side);
  return { ...numbers, theirRange: theirRangeOf(numbers), zopa: computeZopaFromNumbers(numbers, deal.side) };
};
