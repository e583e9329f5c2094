import { describe, expect, it } from 'vitest';
import type { Deal } from '@shared/domain/deal';
import { emptyWorksheet } from '@shared/domain/worksheet-types';
import {
  precedentToCriterion,
  suggestPrecedents,
  toPrecedentSource,
  type PrecedentSource,
  type PrecedentSubject,
} from '@shared/domain/worksheet';

const NOW = new Date('2025-06-01T12:00:00Z');

const subject: PrecedentSubject = {
  id: 'current',
  counterpartOrg: 'ACME Trading Co.',
  tags: ['Telecom', 'SME'],
  currency: 'CNY',
  value: 100_000,
};

const past = (id: string, patch: Partial<PrecedentSource> = {}): PrecedentSource => ({
  id,
  title: `Deal ${id}`,
  counterpartOrg: 'Someone else',
  tags: [],
  currency: 'CNY',
  value: null,
  outcome: 'won',
  finalPrice: null,
  closedOn: '2025-01-01',
  ...patch,
});

describe('suggestPrecedents', () => {
  it('matches the same counterpart regardless of case, spacing and width', () => {
    const result = suggestPrecedents(
      subject,
      [past('a', { counterpartOrg: '  acme   trading co. ' }), past('b', { counterpartOrg: 'ＡＣＭＥ Trading Co.' })],
      NOW,
    );
    expect(result.map((s) => s.dealId).sort()).toEqual(['a', 'b']);
    expect(result[0]?.reasons).toEqual([{ kind: 'same-counterpart' }]);
    expect(result[0]?.relevance).toBe(50);
  });

  it('matches shared tags, case-insensitively, 10 points each up to three', () => {
    const [one] = suggestPrecedents(subject, [past('a', { tags: ['telecom', 'Banking'] })], NOW);
    expect(one?.reasons).toEqual([{ kind: 'shared-tags', tags: ['Telecom'] }]);
    expect(one?.relevance).toBe(10);
    const many = suggestPrecedents(
      { ...subject, tags: ['a', 'b', 'c', 'd', 'A'] },
      [past('x', { tags: ['A', 'B', 'C', 'D'] })],
      NOW,
    );
    expect(many[0]?.reasons).toEqual([{ kind: 'shared-tags', tags: ['a', 'b', 'c', 'd'] }]);
    expect(many[0]?.relevance).toBe(30);
  });

  it('matches a similar value within ±30% in the same currency only', () => {
    const result = suggestPrecedents(
      subject,
      [
        past('equal', { value: 100_000 }),
        past('edge-high', { value: 130_000 }),
        past('edge-low', { value: 70_000 }),
        past('too-far', { value: 131_000 }),
        past('usd', { value: 100_000, currency: 'USD' }),
        past('cny-lower', { value: 85_000, currency: 'cny' }),
        past('final-only', { value: null, finalPrice: 110_000 }),
      ],
      NOW,
    );
    const byId = new Map(result.map((s) => [s.dealId, s]));
    expect([...byId.keys()].sort()).toEqual(['cny-lower', 'edge-high', 'edge-low', 'equal', 'final-only']);
    expect(byId.get('equal')?.relevance).toBe(20);
    expect(byId.get('edge-high')?.relevance).toBe(10);
    expect(byId.get('edge-low')?.reasons).toEqual([{ kind: 'similar-value', difference: 0.3 }]);
    expect(byId.get('cny-lower')?.relevance).toBe(15);
    expect(byId.get('final-only')?.reasons[0]).toMatchObject({ kind: 'similar-value' });
  });

  it('skips value similarity when either value is missing or ours is zero', () => {
    expect(suggestPrecedents({ ...subject, value: null }, [past('a', { value: 100_000 })], NOW)).toEqual([]);
    expect(suggestPrecedents({ ...subject, value: 0 }, [past('a', { value: 0 })], NOW)).toEqual([]);
    expect(suggestPrecedents(subject, [past('a', { value: null, finalPrice: null })], NOW)).toEqual([]);
  });

  it('only suggests closed deals other than this one, with at least one reason', () => {
    const same = { counterpartOrg: 'ACME Trading Co.' };
    const result = suggestPrecedents(
      subject,
      [
        past('current', same),
        past('open', { ...same, outcome: 'open' }),
        past('lost', { ...same, outcome: 'lost' }),
        past('walked', { ...same, outcome: 'walked-away' }),
        past('unrelated'),
      ],
      NOW,
    );
    expect(result.map((s) => [s.dealId, s.outcome])).toEqual([
      ['lost', 'lost'],
      ['walked', 'walked-away'],
    ]);
  });

  it('sorts by relevance, then recency (undated last), then id, and honours the limit', () => {
    const same = { counterpartOrg: 'acme trading co.' };
    const deals = [
      past('old', { ...same, closedOn: '2020-01-01' }),
      past('undated', { ...same, closedOn: null }),
      past('recent', { ...same, closedOn: '2025-05-01' }),
      past('best', { ...same, tags: ['telecom'], closedOn: '2019-01-01' }),
      past('b-twin', { ...same, closedOn: '2024-01-01' }),
      past('a-twin', { ...same, closedOn: '2024-01-01' }),
    ];
    expect(suggestPrecedents(subject, deals, NOW, 10).map((s) => s.dealId)).toEqual([
      'best',
      'recent',
      'a-twin',
      'b-twin',
      'old',
      'undated',
    ]);
    expect(suggestPrecedents(subject, deals, NOW).length).toBe(5);
    expect(suggestPrecedents(subject, deals, NOW, 2).map((s) => s.dealId)).toEqual(['best', 'recent']);
    expect(suggestPrecedents(subject, deals, NOW, 0)).toEqual([]);
    expect(suggestPrecedents(subject, [], NOW)).toEqual([]);
  });

  it('carries price, outcome, date and age from now', () => {
    const [s] = suggestPrecedents(
      subject,
      [past('a', { counterpartOrg: 'ACME Trading Co.', finalPrice: 95_000, closedOn: '2025-05-02' })],
      NOW,
    );
    expect(s).toMatchObject({ finalPrice: 95_000, outcome: 'won', date: '2025-05-02', ageDays: 30, currency: 'CNY' });
    const [future] = suggestPrecedents(subject, [past('f', { tags: ['SME'], closedOn: '2026-01-01' })], NOW);
    expect(future?.ageDays).toBe(0);
    const [bad] = suggestPrecedents(subject, [past('b', { tags: ['SME'], closedOn: 'someday' })], NOW);
    expect(bad).toMatchObject({ date: 'someday', ageDays: null });
  });

  it('adds up the reasons to at most 100', () => {
    const [s] = suggestPrecedents(
      { ...subject, tags: ['a', 'b', 'c'] },
      [past('all', { counterpartOrg: 'ACME Trading Co.', tags: ['a', 'b', 'c'], value: 100_000 })],
      NOW,
    );
    expect(s?.reasons.map((r) => r.kind)).toEqual(['same-counterpart', 'shared-tags', 'similar-value']);
    expect(s?.relevance).toBe(100);
  });

  it('does not match blank organisations or tags', () => {
    expect(
      suggestPrecedents(
        { ...subject, counterpartOrg: ' ', tags: [''] },
        [past('a', { counterpartOrg: '', tags: [' '] })],
        NOW,
      ),
    ).toEqual([]);
  });
});

describe('toPrecedentSource', () => {
  const deal: Deal = {
    id: 'd1',
    title: 'Broadband for ACME',
    counterpartOrg: 'ACME',
    contacts: [],
    counterpartStyle: null,
    side: 'sell',
    currency: 'CNY',
    value: 100_000,
    stage: 'closed',
    outcome: 'won',
    meetingDate: null,
    expectedCloseDate: null,
    tags: ['telecom'],
    notes: '',
    isSample: false,
    openedOn: null,
    sourceId: null,
    worksheet: emptyWorksheet(),
    meetings: [],
    complaints: [],
    review: {
      finalPrice: 92_000,
      closedOn: null,
      lostReason: '',
      knewTheirNeeds: '',
      theyKnewUs: '',
      competitorsLearned: '',
      whereItFailed: '',
      lessons: '',
    },
    createdAt: '2025-01-01T08:00:00.000Z',
    updatedAt: '2025-03-04T09:30:00.000Z',
  };

  it('takes the review price and date, falling back to the last update', () => {
    expect(toPrecedentSource(deal)).toEqual({
      id: 'd1',
      title: 'Broadband for ACME',
      counterpartOrg: 'ACME',
      tags: ['telecom'],
      currency: 'CNY',
      value: 100_000,
      outcome: 'won',
      finalPrice: 92_000,
      closedOn: '2025-03-04',
    });
    expect(toPrecedentSource({ ...deal, review: { ...deal.review, closedOn: '2025-02-28' } }).closedOn).toBe(
      '2025-02-28',
    );
  });

  it('lets a full deal be the subject', () => {
    const other = toPrecedentSource({ ...deal, id: 'd2' });
    expect(suggestPrecedents(deal, [other], NOW).map((s) => s.dealId)).toEqual(['d2']);
  });
});

describe('precedentToCriterion', () => {
  it('makes a precedent criterion pointing at the past deal', () => {
    const [s] = suggestPrecedents(
      subject,
      [past('a', { counterpartOrg: 'ACME Trading Co.', finalPrice: 95_000 })],
      NOW,
    );
    if (s === undefined) throw new Error('expected a suggestion');
    expect(precedentToCriterion(s, 'c1')).toEqual({
      id: 'c1',
      kind: 'precedent',
      standard: 'Deal a: 95000 CNY (2025-01-01)',
      source: 'ACME Trading Co.',
      favours: 'neutral',
      precedentDealId: 'a',
    });
    expect(precedentToCriterion(s, 'c2', '先例：95000 元').standard).toBe('先例：95000 元');
    const bare = precedentToCriterion({ ...s, finalPrice: null, date: null, counterpartOrg: ' ' }, 'c3');
    expect(bare).toMatchObject({ standard: 'Deal a', source: 'Deal a' });
  });
});
