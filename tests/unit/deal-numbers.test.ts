import { describe, expect, it } from 'vitest';
import { createDeal, emptyDealDraft } from '@shared/domain/deal-factory';
import type { Deal } from '@shared/domain/deal';
import { toDealFacts } from '@shared/domain/stats/deal-facts';
import { dealNumbers } from '@shared/domain/worksheet';
import { generateDeals } from '@shared/domain/sample-deals';

const NOW = new Date('2026-03-01T09:00:00Z');

/** A won deal closed at 170,000 whose walk-away follows a real BATNA of 175,000 (stored: a stale 160,000). */
const closedBelowFloor = (): Deal => {
  const deal = createDeal({ ...emptyDealDraft(), title: 'Floor', side: 'sell' }, 'floor', NOW);
  return {
    ...deal,
    outcome: 'won',
    review: { ...deal.review, finalPrice: 170_000, closedOn: '2026-02-20' },
    worksheet: {
      ...deal.worksheet,
      alternatives: [
        { id: 'r', party: 'ours', description: 'Other buyer', isReal: true, value: 175_000, likelihood: 0.9 },
      ],
      numbers: { ...deal.worksheet.numbers, target: 200_000, walkAway: 160_000, isWalkAwayManual: false },
    },
  };
};

describe('one resolver of a deal’s numbers', () => {
  it('gives the statistics the resolved walk-away, not the stored one', () => {
    const deal = closedBelowFloor();
    expect(dealNumbers(deal)).toMatchObject({
      walkAway: 175_000,
      walkAwaySource: 'suggested',
      batna: { value: 175_000 },
    });
    expect(toDealFacts(deal)).toMatchObject({ walkAway: 175_000, finalPrice: 170_000 });
  });

  it('never makes a hypothetical BATNA the floor in the sample deals', () => {
    const deals = generateDeals({
      count: 200,
      now: NOW,
      seed: 'numbers',
      signalIds: ['sig-a'],
      techniqueIds: ['inquiry'],
    });
    const hypotheticalOnly = deals.filter((deal) => {
      const { batna, hypotheticalBatna } = dealNumbers(deal);
      return batna === null && hypotheticalBatna !== null;
    });
    expect(hypotheticalOnly.length).toBeGreaterThan(0);
    for (const deal of hypotheticalOnly) {
      const numbers = dealNumbers(deal);
      expect(numbers.walkAway).not.toBe(numbers.hypotheticalBatna?.value);
      expect(toDealFacts(deal).walkAway).toBe(numbers.walkAway);
    }
  });
});
