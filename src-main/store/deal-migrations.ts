// The deal-file migration that stores the resolved walk-away (the file is backed up before it is rewritten).
import type { NegotiationSide } from '@shared/domain/deal';
import { withResolvedWalkAway, type NumbersInput } from '@shared/domain/worksheet';
import type { Migration } from './migrations';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * 2 → 3: the stored walk-away becomes the resolved one (our real BATNA's value unless typed), so no
 * file or export keeps a stale figure. Anything not shaped like a deal is left for validation to refuse.
 */
export const storeResolvedWalkAway: Migration = {
  from: 2,
  migrate: (data) => {
    const deal = data.deal;
    if (!isRecord(deal) || !isRecord(deal.worksheet) || !isRecord(deal.worksheet.numbers)) return data;
    if (!Array.isArray(deal.worksheet.alternatives) || (deal.side !== 'sell' && deal.side !== 'buy')) return data;
    const worksheet = deal.worksheet as NumbersInput & Record<string, unknown>;
    return { ...data, deal: { ...deal, worksheet: withResolvedWalkAway(worksheet, deal.side as NegotiationSide) } };
  },
};
