import { describe, expect, it } from 'vitest';
import type { Interest, OptionScore, ValueOption } from '@shared/domain/worksheet-types';
import { assessOptions, topInterestIds } from '@shared/domain/worksheet';

const interest = (id: string, party: Interest['party'], priority: Interest['priority']): Interest => ({
  id,
  party,
  text: id,
  kind: 'substantive',
  priority,
  isStated: true,
});

const option = (id: string, scores: Record<string, OptionScore>): ValueOption => ({ id, text: id, scores });

// Ours: price (5), reference (2). Theirs: delivery speed (5), budget (3), training (1).
const INTERESTS = [
  interest('price', 'ours', 5),
  interest('reference', 'ours', 2),
  interest('speed', 'theirs', 5),
  interest('budget', 'theirs', 3),
  interest('training', 'theirs', 1),
];

describe('topInterestIds', () => {
  it('takes priorities 4 and 5, or else the highest priority present', () => {
    expect(topInterestIds(INTERESTS, 'ours')).toEqual(['price']);
    expect(topInterestIds(INTERESTS, 'theirs')).toEqual(['speed']);
    const low = [interest('a', 'theirs', 2), interest('b', 'theirs', 3), interest('c', 'theirs', 3)];
    expect(topInterestIds(low, 'theirs')).toEqual(['b', 'c']);
    expect(topInterestIds([], 'ours')).toEqual([]);
  });
});

describe('assessOptions', () => {
  it('weights scores by priority and normalises them to −1..1', () => {
    const matrix = assessOptions({
      interests: INTERESTS,
      options: [option('express', { speed: 2, budget: -1, reference: -1 })],
    });
    expect(matrix.options[0]).toMatchObject({
      optionId: 'express',
      ourBenefit: -2,
      ourCost: 2,
      theirBenefit: 7,
      ourScore: -2 / 14,
      theirScore: 7 / 18,
      ourCostShare: 2 / 14,
      servesTheirTopInterestIds: ['speed'],
      hurtsOurTopInterestIds: [],
      isTradeCandidate: true,
      quadrant: 'helps-them',
      rank: 1,
    });
  });

  it('finds trade candidates: their top interest served, ours untouched, little cost', () => {
    const matrix = assessOptions({
      interests: INTERESTS,
      options: [
        option('cheap-help', { speed: 1 }),
        option('hurts-our-top', { speed: 2, price: -1 }),
        option('too-costly', { speed: 2, reference: -2 }), // cost 4/14 > 0.25
        option('minor-interest-only', { training: 2 }),
        option('mutual', { speed: 2, price: 2 }),
      ],
    });
    expect(matrix.tradeCandidateIds).toEqual(['mutual', 'cheap-help']);
    const byId = new Map(matrix.options.map((o) => [o.optionId, o]));
    expect(byId.get('hurts-our-top')?.hurtsOurTopInterestIds).toEqual(['price']);
    expect(byId.get('too-costly')?.isTradeCandidate).toBe(false);
    expect(byId.get('minor-interest-only')?.isTradeCandidate).toBe(false);
  });

  it('ranks by joint value, then by value to them, then by list order', () => {
    const matrix = assessOptions({
      interests: INTERESTS,
      options: [
        option('nothing', {}),
        option('ours-only', { price: 1 }),
        option('mutual', { price: 1, speed: 1 }),
        option('lose-lose', { price: -1, speed: -1 }),
        option('nothing-2', {}),
      ],
    });
    expect(matrix.options.map((o) => [o.optionId, o.rank, o.quadrant])).toEqual([
      ['mutual', 1, 'mutual-gain'],
      ['ours-only', 2, 'helps-us'],
      ['nothing', 3, 'no-gain'],
      ['nothing-2', 4, 'no-gain'],
      ['lose-lose', 5, 'no-gain'],
    ]);
  });

  it('handles empty lists, missing interests and stray scores', () => {
    expect(assessOptions({ interests: [], options: [] })).toEqual({
      options: [],
      ourTopInterestIds: [],
      theirTopInterestIds: [],
      tradeCandidateIds: [],
    });
    const noInterests = assessOptions({ interests: [], options: [option('x', { gone: 2 })] });
    expect(noInterests.options[0]).toMatchObject({
      ourScore: 0,
      theirScore: 0,
      ourCostShare: 0,
      isTradeCandidate: false,
    });
    const stray = { id: 'y', text: 'y', scores: { speed: 7, price: Number.NaN } } as unknown as ValueOption;
    expect(assessOptions({ interests: INTERESTS, options: [stray] }).options[0]).toMatchObject({
      theirBenefit: 10,
      ourBenefit: 0,
    });
  });
});
