import { describe, expect, it } from 'vitest';
import type { NegotiationSide } from '@shared/domain/deal';
import { emptyWorksheet, type Worksheet } from '@shared/domain/worksheet-types';
import { assessReadiness, READINESS_CODES, READINESS_WEIGHTS } from '@shared/domain/worksheet';

const complete = (side: NegotiationSide): Worksheet => ({
  interests: [
    { id: 'i1', party: 'ours', text: 'Margin', kind: 'substantive', priority: 5, isStated: true },
    { id: 'i2', party: 'theirs', text: 'Fast delivery', kind: 'substantive', priority: 4, isStated: false },
  ],
  criteria: [
    {
      id: 'c1',
      kind: 'market-price',
      standard: 'List price',
      source: 'Catalogue',
      favours: 'neutral',
      precedentDealId: null,
    },
  ],
  options: [{ id: 'o1', text: 'Express delivery', scores: { i1: 0, i2: 2 } }],
  alternatives: [
    {
      id: 'a1',
      party: 'ours',
      description: 'Other customer',
      isReal: true,
      value: side === 'sell' ? 80 : 120,
      likelihood: 0.9,
    },
    { id: 'a2', party: 'theirs', description: 'Competitor', isReal: true, value: null, likelihood: 0.5 },
  ],
  actions: [],
  numbers:
    side === 'sell'
      ? {
          opening: 130,
          target: 100,
          walkAway: null,
          isWalkAwayManual: false,
          theirWalkAwayLow: 110,
          theirWalkAwayHigh: 120,
        }
      : {
          opening: 70,
          target: 100,
          walkAway: null,
          isWalkAwayManual: false,
          theirWalkAwayLow: 80,
          theirWalkAwayHigh: 90,
        },
  spin: [{ id: 'q1', kind: 'problem', text: 'What slows you down today?' }],
  expectedObjections: [
    { id: 'e1', cardId: null, text: 'Too expensive', answer: 'Per user per month…', techniqueIds: [] },
  ],
  tradeables: [{ id: 't1', give: 'Training', get: 'Case study' }],
  concessionSteps: [{ id: 's1', price: side === 'sell' ? 115 : 85, inReturn: 'Two-year term' }],
  closingMethodId: null,
  fab: [],
});

describe('assessReadiness', () => {
  it('has weights that sum to 100', () => {
    expect(Object.values(READINESS_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('scores a complete, consistent worksheet exactly 100 on either side', () => {
    for (const side of ['sell', 'buy'] as const) {
      const readiness = assessReadiness(complete(side), side);
      expect(readiness.missing).toEqual([]);
      expect(readiness.score).toBe(100);
      expect(readiness.items.every((i) => i.isMet)).toBe(true);
    }
  });

  it('scores an empty worksheet 0 and lists every gap', () => {
    const readiness = assessReadiness(emptyWorksheet(), 'sell');
    expect(readiness.score).toBe(0);
    expect(readiness.missing).toEqual([
      'no-our-interests',
      'no-their-interests',
      'no-criteria',
      'no-options',
      'no-real-batna',
      'no-their-alternatives',
      'missing-opening',
      'missing-target',
      'missing-walk-away',
      'missing-their-range',
      'no-spin-questions',
      'no-expected-objections',
      'no-tradeables',
      'no-concession-plan',
    ]);
    expect(readiness.missing.every((code) => (READINESS_CODES as readonly string[]).includes(code))).toBe(true);
  });

  it('gives half credit for a hypothetical-only BATNA', () => {
    const ws = complete('sell');
    ws.alternatives = ws.alternatives.map((a) => (a.party === 'ours' ? { ...a, isReal: false } : a));
    // A hypothetical BATNA sets no floor, so the walk-away must be there of its own.
    ws.numbers = { ...ws.numbers, walkAway: 80 };
    const readiness = assessReadiness(ws, 'sell');
    expect(readiness.missing).toEqual(['batna-hypothetical-only']);
    expect(readiness.score).toBe(95);
    expect(readiness.items.find((i) => i.id === 'our-batna')).toMatchObject({ earned: 5, isMet: false, ids: ['a1'] });
  });

  it('counts a manual walk-away when there is no BATNA', () => {
    const ws = complete('sell');
    ws.alternatives = ws.alternatives.filter((a) => a.party === 'theirs');
    ws.numbers = { ...ws.numbers, walkAway: 80, isWalkAwayManual: true };
    const readiness = assessReadiness(ws, 'sell');
    expect(readiness.missing).toEqual(['no-real-batna']);
    expect(readiness.score).toBe(90);
  });

  it('gives partial credit for partly answered objections and names them', () => {
    const ws = complete('sell');
    ws.expectedObjections = [
      ...ws.expectedObjections,
      { id: 'e2', cardId: null, text: 'Need to think', answer: ' ', techniqueIds: [] },
      { id: 'e3', cardId: 'price-1', text: 'Others quote less', answer: '', techniqueIds: [] },
    ];
    const readiness = assessReadiness(ws, 'sell');
    expect(readiness.missing).toEqual(['objection-without-answer']);
    expect(readiness.items.find((i) => i.id === 'objections')).toMatchObject({ earned: 2, ids: ['e2', 'e3'] });
    expect(readiness.score).toBe(96);
  });

  it('never rounds a remaining gap up to 100', () => {
    const ws = complete('sell');
    ws.expectedObjections = Array.from({ length: 100 }, (_, i) => ({
      id: `e${i}`,
      cardId: null,
      text: `Objection ${i}`,
      answer: i === 0 ? '' : 'Answer',
      techniqueIds: [],
    }));
    expect(assessReadiness(ws, 'sell').score).toBe(99);
  });

  it('counts a walk-away worse than the BATNA as inconsistent', () => {
    const ws = complete('buy');
    ws.numbers = { ...ws.numbers, walkAway: 130, target: 125, opening: 70, isWalkAwayManual: true };
    expect(assessReadiness(ws, 'buy').missing).toEqual(['numbers-inconsistent']);
  });

  it('marks inconsistent numbers and concessions', () => {
    const ws = complete('sell');
    ws.numbers = { ...ws.numbers, opening: 90 };
    ws.concessionSteps = [{ id: 's1', price: 70, inReturn: 'x' }];
    const readiness = assessReadiness(ws, 'sell');
    expect(readiness.missing).toEqual(['numbers-inconsistent', 'concessions-inconsistent']);
    expect(readiness.items.find((i) => i.id === 'concession-plan')?.ids).toEqual(['s1']);
    expect(readiness.score).toBe(90);
  });

  it('does not count warnings (no zone, unshrinking steps) as inconsistency', () => {
    const ws = complete('sell');
    ws.numbers = { ...ws.numbers, theirWalkAwayLow: 60, theirWalkAwayHigh: 70, opening: 130 };
    ws.concessionSteps = [
      { id: 's1', price: 120, inReturn: 'x' },
      { id: 's2', price: 100, inReturn: 'y' },
    ];
    expect(assessReadiness(ws, 'sell').score).toBe(100);
  });

  it('needs both ends of their range and text in the entries that count', () => {
    const ws = complete('buy');
    ws.numbers = { ...ws.numbers, theirWalkAwayHigh: null };
    ws.spin = [{ id: 'q', kind: 'situation', text: '   ' }];
    ws.tradeables = [{ id: 't', give: 'Training', get: '' }];
    expect(assessReadiness(ws, 'buy').missing).toEqual(['missing-their-range', 'no-spin-questions', 'no-tradeables']);
  });

  it('earns consistency only when there is a walk-away and an opening or target', () => {
    const ws = emptyWorksheet();
    ws.numbers = { ...ws.numbers, opening: 130 };
    const readiness = assessReadiness(ws, 'sell');
    expect(readiness.items.find((i) => i.id === 'numbers-consistent')).toMatchObject({ earned: 0, codes: [] });
    expect(readiness.score).toBe(6);
  });
});
