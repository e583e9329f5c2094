import { describe, expect, it } from 'vitest';
import type { Deal } from '../../src-shared/domain/deal';
import type { Meeting } from '../../src-shared/domain/meeting-types';
import { emptyWorksheet } from '../../src-shared/domain/worksheet-types';
import { generateDeals } from '../../src-shared/domain/sample-deals';
import {
  normaliseStatText,
  toDealFacts,
  type DealFacts,
  type ObjectionFact,
} from '../../src-shared/domain/stats/deal-facts';
import { sizeBandOf } from '../../src-shared/domain/stats/history-filters';
import {
  computeHistoryStats,
  dealIdsOf,
  periodOf,
  periodRange,
  type DealRefs,
  type HistoryStats,
} from '../../src-shared/domain/stats/history-stats';
import { selectDealIds, type BarSelection } from '../../src-shared/domain/stats/select-deals';

const NOW = new Date('2025-06-15T12:00:00Z');

function fact(partial: Partial<DealFacts> & { id: string }): DealFacts {
  return {
    date: partial.closedOn ?? '2025-01-10',
    closedOn: null,
    outcome: 'open',
    style: null,
    tags: [],
    currency: 'CNY',
    value: 200_000,
    side: 'sell',
    target: null,
    walkAway: null,
    finalPrice: null,
    isSample: false,
    objections: [],
    signals: [],
    closingAttempts: [],
    complaints: [],
    client: `client of ${partial.id}`,
    clientName: `Client of ${partial.id}`,
    ...partial,
  };
}

function objection(partial: Partial<ObjectionFact> = {}): ObjectionFact {
  const text = partial.text ?? 'Too expensive';
  return {
    key: `text:${normaliseStatText(text)}`,
    cardId: null,
    text,
    type: 'price',
    nature: 'true',
    techniqueIds: ['inquiry'],
    result: 'resolved',
    ...partial,
  };
}

const signal = (signalId: string, count = 1) => ({ key: `signal:${signalId}`, signalId, text: '', count });

const ids = (stats: HistoryStats, refs: DealRefs) => dealIdsOf(stats, refs);

describe('toDealFacts', () => {
  const meeting = (partial: Partial<Meeting>): Meeting => ({
    id: 'm',
    date: '2025-01-01',
    attendees: '',
    notes: '',
    objections: [],
    signals: [],
    closingAttempts: [],
    concessions: [],
    ...partial,
  });
  const deal = (partial: Partial<Deal>): Deal => ({
    id: 'd1',
    title: 't',
    counterpartOrg: 'o',
    contacts: [],
    counterpartStyle: 'driver',
    side: 'buy',
    currency: 'USD',
    value: 1000,
    stage: 'negotiating',
    outcome: 'open',
    meetingDate: null,
    expectedCloseDate: null,
    tags: ['a'],
    notes: '',
    isSample: false,
    openedOn: null,
    sourceId: null,
    worksheet: { ...emptyWorksheet(), numbers: { ...emptyWorksheet().numbers, target: 900, walkAway: 1100 } },
    meetings: [],
    complaints: [],
    review: {
      finalPrice: 950,
      closedOn: '2025-03-01',
      lostReason: '',
      knewTheirNeeds: '',
      theyKnewUs: '',
      competitorsLearned: '',
      whereItFailed: '',
      lessons: '',
    },
    createdAt: '2024-11-05T08:00:00.000Z',
    updatedAt: '2025-03-01T08:00:00.000Z',
    ...partial,
  });

  it('keeps what stats need and groups signals per deal', () => {
    const facts = toDealFacts(
      deal({
        outcome: 'won',
        stage: 'closed',
        meetings: [
          meeting({
            date: '2025-02-01',
            objections: [
              {
                id: 'o1',
                cardId: 'too-expensive',
                text: 'x',
                type: 'price',
                nature: 'true',
                techniqueIds: ['a', 'a', 'b'],
                result: 'partly',
              },
              {
                id: 'o2',
                cardId: null,
                text: ' Too  EXPENSIVE!! ',
                type: 'price',
                nature: 'hidden',
                techniqueIds: [],
                result: 'resolved',
              },
            ],
            signals: [
              { id: 's1', signalId: 'asks-payment', text: '' },
              { id: 's2', signalId: 'asks-payment', text: '' },
              { id: 's3', signalId: null, text: 'Pulled a chair closer.' },
              { id: 's4', signalId: null, text: '   ' },
            ],
            closingAttempts: [{ id: 'a1', methodId: 'direct', result: 'accepted' }],
          }),
        ],
      }),
    );
    expect(facts).toMatchObject({
      id: 'd1',
      date: '2025-03-01',
      closedOn: '2025-03-01',
      outcome: 'won',
      side: 'buy',
      target: 900,
      walkAway: 1100,
      finalPrice: 950,
      closingAttempts: [{ methodId: 'direct', result: 'accepted' }],
    });
    expect(facts.objections.map((o) => [o.key, o.techniqueIds])).toEqual([
      ['card:too-expensive', ['a', 'b']],
      ['text:too expensive', []],
    ]);
    expect(facts.signals).toEqual([
      { key: 'signal:asks-payment', signalId: 'asks-payment', text: '', count: 2 },
      { key: 'text:pulled a chair closer', signalId: null, text: 'Pulled a chair closer.', count: 1 },
    ]);
  });

  it('places open deals by their last meeting, or their creation date', () => {
    const withMeetings = toDealFacts(
      deal({ meetings: [meeting({ date: '2025-02-03' }), meeting({ date: '2025-01-20' })] }),
    );
    expect(withMeetings.closedOn).toBeNull();
    expect(withMeetings.date).toBe('2025-02-03');
    expect(toDealFacts(deal({})).date).toBe('2024-11-05');
    const closedWithoutDate = toDealFacts(deal({ outcome: 'lost', review: { ...deal({}).review, closedOn: null } }));
    expect(closedWithoutDate.closedOn).toBeNull();
  });

  it('normalises objection text for grouping', () => {
    expect(normaliseStatText('Too expensive!')).toBe(normaliseStatText('  too   EXPENSIVE '));
    expect(normaliseStatText('太贵了。')).toBe('太贵了');
    expect(normaliseStatText('ＰＲＩＣＥ？')).toBe('price');
  });
});

describe('computeHistoryStats', () => {
  it('returns a well-formed empty summary', () => {
    const stats = computeHistoryStats([], {}, NOW);
    expect(stats.totals).toMatchObject({ deals: 0, closed: 0, won: 0, isSmallSample: true });
    expect(stats.totals.winRate).toEqual({ successes: 0, n: 0, rate: null, low: 0, high: 1, isSmallSample: true });
    expect(stats.objectionsByType.map((bar) => [bar.type, bar.count])).toEqual([
      ['need', 0],
      ['budget', 0],
      ['authority', 0],
      ['price', 0],
      ['product', 0],
      ['vendor', 0],
    ]);
    expect(stats.objectionsByNature).toHaveLength(3);
    expect(stats.topObjections).toEqual({ items: [], others: 0 });
    expect(stats.signals.items).toEqual([]);
    expect(stats.priceRealisation).toMatchObject({ n: 0, avgRatio: null, medianRatio: null, avgPosition: null });
    expect(stats.trends.points).toEqual([]);
    expect(stats.dealIds).toEqual([]);
    expect(stats.asOf).toBe('2025-06-15T12:00:00.000Z');
  });

  it('computes every figure for a single won deal', () => {
    const stats = computeHistoryStats(
      [
        fact({
          id: 'only',
          outcome: 'won',
          closedOn: '2025-05-20',
          target: 100_000,
          walkAway: 80_000,
          finalPrice: 90_000,
          objections: [objection({ techniqueIds: ['inquiry', 'example'], result: 'partly' })],
          signals: [signal('asks-payment', 2)],
          closingAttempts: [{ methodId: 'direct', result: 'accepted' }],
        }),
      ],
      {},
      NOW,
    );
    expect(stats.totals).toMatchObject({
      deals: 1,
      closed: 1,
      won: 1,
      objections: 1,
      signalObservations: 2,
      closingAttempts: 1,
    });
    expect(stats.totals.winRate.rate).toBe(1);
    const price = stats.objectionsByType.find((bar) => bar.type === 'price');
    expect(price).toMatchObject({ count: 1, partly: 1, dealCount: 1, isSmallSample: true });
    expect(stats.techniques.items.map((t) => [t.techniqueId, t.uses, t.resolution.rate, t.score])).toEqual([
      ['example', 1, 0, 0.5],
      ['inquiry', 1, 0, 0.5],
    ]);
    const signalStat = stats.signals.items[0];
    expect(signalStat).toMatchObject({ key: 'signal:asks-payment', observations: 2, dealCount: 1, lift: null });
    expect(signalStat?.whenObserved.rate).toBe(1);
    expect(signalStat?.whenNotObserved.n).toBe(0);
    expect(stats.closingMethods.items[0]).toMatchObject({ methodId: 'direct', attempts: 1, accepted: 1 });
    expect(stats.priceRealisation).toMatchObject({
      n: 1,
      avgRatio: 0.9,
      medianRatio: 0.9,
      avgPosition: 0.5,
      positionN: 1,
      atOrBetterThanTarget: 0,
      beyondWalkAway: { count: 0, n: 1, dealCount: 0 },
    });
    expect(stats.priceRealisation.buckets.find((b) => b.count === 1)?.key).toBe('0.90-0.95');
    expect(stats.trends.points.map((p) => [p.period, p.closed, p.won])).toEqual([['2025-05', 1, 1]]);
    expect(stats.dealIds).toEqual(['only']);
  });

  // Six closed deals and one open, figures worked out by hand.
  const history: DealFacts[] = [
    fact({
      id: 'w1',
      outcome: 'won',
      closedOn: '2025-01-15',
      style: 'analytical',
      tags: ['renewal'],
      value: 80_000,
      target: 100,
      walkAway: 80,
      finalPrice: 110,
      objections: [
        objection({ text: 'Too expensive!', techniqueIds: ['inquiry'], result: 'resolved' }),
        objection({ text: 'too expensive', type: 'price', techniqueIds: ['inquiry', 'ignore'], result: 'partly' }),
      ],
      signals: [signal('asks-payment')],
      closingAttempts: [{ methodId: 'direct', result: 'accepted' }],
    }),
    fact({
      id: 'w2',
      outcome: 'won',
      closedOn: '2025-02-10',
      style: 'driver',
      currency: 'usd',
      value: 600_000,
      side: 'buy',
      target: 100,
      walkAway: 120,
      finalPrice: 125,
      objections: [
        objection({ text: 'Not my decision', type: 'authority', nature: 'hidden', techniqueIds: ['inquiry'] }),
      ],
      signals: [signal('asks-payment'), signal('leans-back')],
      closingAttempts: [
        { methodId: 'assumptive', result: 'declined' },
        { methodId: 'direct', result: 'accepted' },
      ],
    }),
    fact({
      id: 'l1',
      outcome: 'lost',
      closedOn: '2025-02-20',
      style: 'analytical',
      tags: ['renewal', 'tender'],
      value: 2_500_000,
      objections: [
        objection({ text: 'We already have one', type: 'need', techniqueIds: ['ignore'], result: 'unresolved' }),
        objection({ text: 'No need now', type: 'need', techniqueIds: ['ignore'], result: 'unresolved' }),
      ],
      signals: [signal('leans-back')],
      closingAttempts: [{ methodId: 'direct', result: 'deferred' }],
    }),
    fact({
      id: 'l2',
      outcome: 'no-deal',
      closedOn: '2025-04-02',
      value: null,
      objections: [objection({ text: 'Too expensive', techniqueIds: [], result: 'unresolved' })],
    }),
    fact({ id: 'l3', outcome: 'walked-away', closedOn: '2025-04-03', currency: 'EUR', value: 150_000 }),
    fact({ id: 'w3', outcome: 'won', closedOn: '2025-04-30', target: 100, walkAway: 90, finalPrice: 85 }),
    fact({
      id: 'o1',
      outcome: 'open',
      date: '2025-06-01',
      objections: [
        objection({ text: 'Not my decision', type: 'authority', techniqueIds: ['inquiry'], result: 'resolved' }),
      ],
      signals: [signal('asks-payment')],
    }),
  ];

  it('counts objections by type and nature, each deal once per bar', () => {
    const stats = computeHistoryStats(history, {}, NOW);
    const byType = Object.fromEntries(stats.objectionsByType.map((bar) => [bar.type, bar]));
    expect(byType.price).toMatchObject({ count: 3, resolved: 1, partly: 1, unresolved: 1, dealCount: 2 });
    expect(ids(stats, byType.price!)).toEqual(['l2', 'w1']);
    expect(byType.need).toMatchObject({ count: 2, dealCount: 1 });
    expect(byType.authority).toMatchObject({ count: 2, dealCount: 2 });
    expect(ids(stats, byType.authority!)).toEqual(['o1', 'w2']);
    const byNature = Object.fromEntries(stats.objectionsByNature.map((bar) => [bar.nature, bar.count]));
    expect(byNature).toEqual({ true: 6, false: 0, hidden: 1 });
    expect(stats.totals).toMatchObject({
      deals: 7,
      open: 1,
      closed: 6,
      won: 3,
      lost: 1,
      noDeal: 1,
      walkedAway: 1,
      objections: 7,
    });
  });

  it('groups top objections by normalised text and breaks ties by key', () => {
    const stats = computeHistoryStats(history, {}, NOW);
    expect(stats.topObjections.items.map((o) => [o.key, o.count, o.dealCount, o.resolution.rate])).toEqual([
      ['text:too expensive', 3, 2, 0.3333],
      ['text:not my decision', 2, 2, 1],
      ['text:no need now', 1, 1, 0],
      ['text:we already have one', 1, 1, 0],
    ]);
    // The most recent wording is kept as the label.
    expect(stats.topObjections.items[0]?.text).toBe('Too expensive');
    const limited = computeHistoryStats(history, {}, NOW, { topN: 2 });
    expect(limited.topObjections.others).toBe(2);
  });

  it('rates techniques: resolved counts, partly gets half credit only in the score', () => {
    const stats = computeHistoryStats(history, {}, NOW);
    const byId = Object.fromEntries(stats.techniques.items.map((t) => [t.techniqueId, t]));
    // inquiry: w1 resolved, w1 partly, w2 resolved, o1 resolved
    expect(byId.inquiry).toMatchObject({ uses: 4, resolved: 3, partly: 1, unresolved: 0, score: 0.875, dealCount: 3 });
    expect(byId.inquiry?.resolution.rate).toBe(0.75);
    expect(byId.inquiry?.resolution.isSmallSample).toBe(true);
    // ignore: w1 partly, l1 unresolved twice
    expect(byId.ignore).toMatchObject({ uses: 3, resolved: 0, partly: 1, unresolved: 2, score: 0.1667 });
    expect(stats.techniques.objectionsWithoutTechnique).toBe(1);
  });

  it('compares win rates when an objection type was raised, over closed deals only', () => {
    const stats = computeHistoryStats(history, {}, NOW);
    expect(stats.winRateByObjectionType.overall).toMatchObject({ successes: 3, n: 6, rate: 0.5 });
    const byType = Object.fromEntries(stats.winRateByObjectionType.items.map((item) => [item.type, item]));
    expect(byType.price?.whenRaised).toMatchObject({ successes: 1, n: 2, rate: 0.5 });
    expect(byType.price?.whenNotRaised).toMatchObject({ successes: 2, n: 4, rate: 0.5 });
    expect(byType.need?.whenRaised).toMatchObject({ successes: 0, n: 1, rate: 0 });
    expect(byType.need?.whenNotRaised).toMatchObject({ successes: 3, n: 5, rate: 0.6 });
    // The open deal o1 also raised "authority" but does not count here.
    expect(byType.authority?.whenRaised).toMatchObject({ successes: 1, n: 1 });
    expect(ids(stats, byType.authority!)).toEqual(['w2']);
    expect(byType.vendor?.whenRaised.rate).toBeNull();
  });

  it('computes signal frequency, win rates and lift', () => {
    const stats = computeHistoryStats(history, {}, NOW);
    const [asks, leans] = stats.signals.items;
    // asks-payment: observed in w1, w2 (closed, both won) and o1 (open).
    expect(asks).toMatchObject({ key: 'signal:asks-payment', observations: 3, dealCount: 3 });
    expect(asks?.whenObserved).toMatchObject({ successes: 2, n: 2, rate: 1 });
    expect(asks?.whenNotObserved).toMatchObject({ successes: 1, n: 4, rate: 0.25 });
    expect(asks?.lift).toBe(4);
    // leans-back: w2 won, l1 lost → 1/2 against 2/4.
    expect(leans).toMatchObject({ key: 'signal:leans-back', dealCount: 2, lift: 1 });
  });

  it('computes closing-method success', () => {
    const stats = computeHistoryStats(history, {}, NOW);
    expect(
      stats.closingMethods.items.map((m) => [
        m.methodId,
        m.attempts,
        m.accepted,
        m.declined,
        m.deferred,
        m.success.rate,
      ]),
    ).toEqual([
      ['direct', 3, 2, 0, 1, 0.6667],
      ['assumptive', 1, 0, 1, 0, 0],
    ]);
  });

  it('measures price realisation side-aware, including deals beyond the walk-away', () => {
    const stats = computeHistoryStats(history, {}, NOW);
    // w1 sells 110 vs target 100 → 1.1; w2 buys at 125 vs target 100 → 0.8, beyond walk-away 120;
    // w3 sells 85 vs target 100, walk-away 90 → 0.85, beyond.
    const realisation = stats.priceRealisation;
    expect(realisation).toMatchObject({
      n: 3,
      avgRatio: 0.9167,
      medianRatio: 0.85,
      atOrBetterThanTarget: 1,
      positionN: 3,
    });
    expect(realisation.beyondWalkAway).toMatchObject({ count: 2, n: 3, dealCount: 2 });
    expect(ids(stats, realisation.beyondWalkAway)).toEqual(['w3', 'w2']);
    // positions: w1 (110-80)/(100-80)=1.5, w2 (125-120)/(100-120)=-0.25, w3 (85-90)/(100-90)=-0.5
    expect(realisation.avgPosition).toBe(0.25);
    expect(realisation.buckets.filter((b) => b.count > 0).map((b) => [b.key, b.count])).toEqual([
      ['under-0.85', 1],
      ['0.85-0.90', 1],
      ['1.10-plus', 1],
    ]);
  });

  it('builds monthly and quarterly trends spanning the data, quiet periods inside it filled', () => {
    const monthly = computeHistoryStats(history, {}, NOW).trends;
    expect(monthly.points.map((p) => [p.period, p.closed, p.won, p.winRate.rate, p.realisation.avgRatio])).toEqual([
      ['2025-01', 1, 1, 1, 1.1],
      ['2025-02', 2, 1, 0.5, 0.8],
      ['2025-03', 0, 0, null, null],
      ['2025-04', 3, 1, 0.3333, 0.85],
    ]);
    const quarterly = computeHistoryStats(history, { granularity: 'quarter' }, NOW).trends;
    expect(quarterly.granularity).toBe('quarter');
    expect(quarterly.points.map((p) => [p.period, p.closed, p.won])).toEqual([
      ['2025-Q1', 3, 2],
      ['2025-Q2', 3, 1],
    ]);
    expect(periodRange('2025-Q1')).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(periodRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange('2024-13')).toBeNull();
    expect(periodOf('2024-11-30', 'quarter')).toBe('2024-Q4');
  });

  it('caps the trend at 200 points, keeping the most recent', () => {
    const facts = [
      fact({ id: 'old', outcome: 'won', closedOn: '2001-01-05' }),
      fact({ id: 'new', outcome: 'lost', closedOn: '2025-03-05' }),
    ];
    const trends = computeHistoryStats(facts, {}, NOW).trends;
    expect(trends.points).toHaveLength(200);
    expect(trends.isTruncated).toBe(true);
    expect(trends.points.at(-1)?.period).toBe('2025-03');
    expect(computeHistoryStats(facts, { granularity: 'quarter' }, NOW).trends.points).toHaveLength(97);
  });

  it('never trails empty periods after the last close up to today (an old export stays its own length)', () => {
    const facts = [
      fact({ id: 'a', outcome: 'won', closedOn: '2016-11-02' }),
      fact({ id: 'b', outcome: 'lost', closedOn: '2017-08-30' }),
    ];
    const points = computeHistoryStats(facts, {}, NOW).trends.points;
    expect(points).toHaveLength(10);
    expect([points[0]?.period, points.at(-1)?.period]).toEqual(['2016-11', '2017-08']);
  });

  it('applies period, style, tag, size band and currency filters', () => {
    const totalOf = (filters: Parameters<typeof computeHistoryStats>[1]) =>
      computeHistoryStats(history, filters, NOW).totals.deals;
    expect(totalOf({ from: '2025-02-01', to: '2025-04-02' })).toBe(3); // w2, l1, l2
    expect(totalOf({ from: '2025-04-03' })).toBe(3); // l3, w3, o1
    expect(totalOf({ style: 'analytical' })).toBe(2);
    expect(totalOf({ tag: 'renewal' })).toBe(2);
    expect(totalOf({ tag: 'tender' })).toBe(1);
    expect(totalOf({ sizeBand: 'under-100k' })).toBe(1);
    expect(totalOf({ sizeBand: '100k-500k' })).toBe(3); // l3, w3 and o1
    expect(totalOf({ sizeBand: '500k-2m' })).toBe(1);
    expect(totalOf({ sizeBand: '2m-plus' })).toBe(1);
    expect(totalOf({ sizeBand: 'unknown' })).toBe(1);
    expect(totalOf({ currency: 'usd' })).toBe(1);
    expect(totalOf({ currency: 'EUR', from: '2025-01-01' })).toBe(1);
    expect(totalOf({ tag: '   ', currency: '' })).toBe(7);
    const filtered = computeHistoryStats(history, { tag: 'tender' }, NOW);
    // The pickers still offer every tag and currency.
    expect(filtered.choices).toEqual({ tags: ['renewal', 'tender'], currencies: ['CNY', 'EUR', 'USD'] });
    expect(filtered.filters.tag).toBe('tender');
  });

  it('defines size bands with inclusive lower bounds', () => {
    expect([null, 99_999, 100_000, 499_999, 500_000, 2_000_000].map(sizeBandOf)).toEqual([
      'unknown',
      'under-100k',
      '100k-500k',
      '100k-500k',
      '500k-2m',
      '2m-plus',
    ]);
  });

  it('lists at most maxDealIds per bar, newest first, whatever the input order', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      fact({ id: `d${i}`, date: `2025-01-${String(i + 1).padStart(2, '0')}`, objections: [objection()] }),
    );
    const shuffled = [...many].reverse().sort((a, b) => a.id.length - b.id.length || a.id.localeCompare(b.id));
    const stats = computeHistoryStats(shuffled, {}, NOW, { maxDealIds: 5 });
    const price = stats.objectionsByType.find((bar) => bar.type === 'price')!;
    expect(price.dealCount).toBe(30);
    expect(ids(stats, price)).toEqual(['d29', 'd28', 'd27', 'd26', 'd25']);
    expect(computeHistoryStats(shuffled, {}, NOW).objectionsByType.find((b) => b.type === 'price')?.deals).toHaveLength(
      8,
    );
  });
});

describe('selectDealIds', () => {
  const facts = generateDeals({
    count: 600,
    seed: 'select',
    now: NOW,
    signalIds: ['s1', 's2', 's3', 's4'],
    techniqueIds: ['inquiry', 'ignore', 'example'],
    cardIds: ['card-a', 'card-b'],
  }).map(toDealFacts);

  it('agrees with every bar of the summary', () => {
    const filters = { currency: 'CNY', granularity: 'quarter' } as const;
    const stats = computeHistoryStats(facts, filters, NOW, { maxDealIds: 50 });
    const bars: [BarSelection, DealRefs][] = [
      ...stats.objectionsByType.map((bar): [BarSelection, DealRefs] => [
        { chart: 'objection-type', type: bar.type },
        bar,
      ]),
      ...stats.objectionsByNature.map((bar): [BarSelection, DealRefs] => [
        { chart: 'objection-nature', nature: bar.nature },
        bar,
      ]),
      ...stats.topObjections.items.map((bar): [BarSelection, DealRefs] => [
        { chart: 'top-objection', key: bar.key },
        bar,
      ]),
      ...stats.techniques.items.map((bar): [BarSelection, DealRefs] => [
        { chart: 'technique', techniqueId: bar.techniqueId },
        bar,
      ]),
      ...stats.winRateByObjectionType.items.map((bar): [BarSelection, DealRefs] => [
        { chart: 'win-rate-by-objection-type', type: bar.type },
        bar,
      ]),
      ...stats.signals.items.map((bar): [BarSelection, DealRefs] => [{ chart: 'signal', key: bar.key }, bar]),
      ...stats.closingMethods.items.map((bar): [BarSelection, DealRefs] => [
        { chart: 'closing-method', methodId: bar.methodId },
        bar,
      ]),
      ...stats.priceRealisation.buckets.map((bar): [BarSelection, DealRefs] => [
        { chart: 'realisation-bucket', key: bar.key },
        bar,
      ]),
      [{ chart: 'beyond-walk-away' }, stats.priceRealisation.beyondWalkAway],
    ];
    expect(bars.length).toBeGreaterThan(25);
    for (const [selection, refs] of bars) {
      const selected = selectDealIds(facts, filters, selection, 50);
      expect(selected.dealCount, JSON.stringify(selection)).toBe(refs.dealCount);
      expect(selected.dealIds, JSON.stringify(selection)).toEqual(dealIdsOf(stats, refs));
    }
    for (const point of stats.trends.points) {
      expect(selectDealIds(facts, filters, { chart: 'trend-period', period: point.period }).dealCount).toBe(
        point.closed,
      );
    }
  });
});
