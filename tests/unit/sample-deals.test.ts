import { describe, expect, it } from 'vitest';
import { COUNTERPART_STYLES, DECISION_ROLES, type Deal } from '../../src-shared/domain/deal';
import { createDeal, emptyDealDraft } from '../../src-shared/domain/deal-factory';
import { generateDeals, SAMPLE_CLOSING_METHOD_IDS } from '../../src-shared/domain/sample-deals';
import { toDealFacts } from '../../src-shared/domain/stats/deal-facts';
import { computeHistoryStats } from '../../src-shared/domain/stats/history-stats';

const NOW = new Date('2025-06-15T12:00:00Z');
const SIGNAL_IDS = ['sig-a', 'sig-b', 'sig-c', 'sig-d', 'sig-e', 'sig-f', 'sig-g', 'sig-h'];
const TECHNIQUE_IDS = [
  'inquiry',
  'compensation',
  'tai-chi',
  'yes-but',
  'example',
  'echo',
  'redirect-to-material',
  'direct-denial',
  'question-back',
  'defer',
  'ignore',
  'trade-scope',
  'give-get',
  'comparison',
  'break-down',
];
const CARD_IDS = ['card-1', 'card-2', 'card-3'];
const options = { seed: 42, now: NOW, signalIds: SIGNAL_IDS, techniqueIds: TECHNIQUE_IDS, cardIds: CARD_IDS };

const DAY = 86_400_000;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Same keys, recursively, as a record the app itself creates (so samples are complete deals). */
function keyShape(value: unknown): unknown {
  if (Array.isArray(value)) return 'array';
  if (value === null || typeof value !== 'object') return 'leaf';
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, keyShape((value as Record<string, unknown>)[key])]),
  );
}

describe('generateDeals', () => {
  const deals = generateDeals({ ...options, count: 400 });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateDeals({ ...options, count: 50 })).toEqual(deals.slice(0, 50));
    const other = generateDeals({ ...options, count: 50, seed: 43 });
    expect(other.map((d) => d.id)).not.toEqual(deals.slice(0, 50).map((d) => d.id));
    expect(JSON.stringify(generateDeals({ ...options, count: 5, seed: 'demo' }))).toBe(
      JSON.stringify(generateDeals({ ...options, count: 5, seed: 'demo' })),
    );
  });

  it('creates complete sample deals with unique ids', () => {
    expect(deals).toHaveLength(400);
    expect(new Set(deals.map((d) => d.id)).size).toBe(400);
    const reference = keyShape({ ...createDeal(emptyDealDraft(), 'x', NOW), meetings: 'array' });
    for (const deal of deals) {
      expect(deal.isSample).toBe(true);
      expect(keyShape({ ...deal, meetings: 'array' })).toEqual(reference);
      for (const meeting of deal.meetings) {
        expect(Object.keys(meeting).sort()).toEqual(
          ['attendees', 'closingAttempts', 'concessions', 'date', 'id', 'notes', 'objections', 'signals'].sort(),
        );
      }
    }
  });

  it('spreads deals over the two years before now, with consistent dates', () => {
    const earliest = NOW.getTime() - 731 * DAY;
    for (const deal of deals) {
      expect(new Date(deal.createdAt).toISOString()).toBe(deal.createdAt);
      expect(new Date(deal.updatedAt).toISOString()).toBe(deal.updatedAt);
      const created = Date.parse(deal.createdAt);
      expect(created).toBeGreaterThanOrEqual(earliest);
      expect(created).toBeLessThanOrEqual(NOW.getTime());
      expect(Date.parse(deal.updatedAt)).toBeGreaterThanOrEqual(created);
      expect(Date.parse(deal.updatedAt)).toBeLessThanOrEqual(NOW.getTime());
      const end = deal.review.closedOn ?? NOW.toISOString().slice(0, 10);
      expect(deal.meetings.length).toBeGreaterThanOrEqual(1);
      expect(deal.meetings.length).toBeLessThanOrEqual(4);
      for (const meeting of deal.meetings) {
        expect(meeting.date).toMatch(isoDate);
        expect(meeting.date >= deal.createdAt.slice(0, 10)).toBe(true);
        expect(meeting.date <= end).toBe(true);
      }
    }
    const years = new Set(deals.map((d) => d.createdAt.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(3); // 2023, 2024, 2025
  });

  it('keeps stage, outcome and review consistent', () => {
    for (const deal of deals) {
      if (deal.outcome === 'open') {
        expect(['preparing', 'negotiating']).toContain(deal.stage);
        expect(deal.review.closedOn).toBeNull();
        expect(deal.review.finalPrice).toBeNull();
      } else {
        expect(deal.stage).toBe('closed');
        expect(deal.review.closedOn).toMatch(isoDate);
        expect(deal.review.closedOn! <= NOW.toISOString().slice(0, 10)).toBe(true);
        if (deal.outcome === 'won') expect(deal.review.finalPrice).toBeGreaterThan(0);
        else {
          expect(deal.review.finalPrice).toBeNull();
          expect(deal.review.lostReason).not.toBe('');
        }
      }
    }
    const outcomes = new Set(deals.map((d) => d.outcome));
    expect([...outcomes].sort()).toEqual(['lost', 'no-deal', 'open', 'walked-away', 'won']);
  });

  it('uses realistic values, currencies, organisations and contacts', () => {
    const currencies = new Map<string, number>();
    for (const deal of deals) {
      expect(deal.value).toBeGreaterThanOrEqual(50_000);
      expect(deal.value).toBeLessThanOrEqual(5_000_000);
      currencies.set(deal.currency, (currencies.get(deal.currency) ?? 0) + 1);
      expect(deal.contacts.length).toBeGreaterThanOrEqual(1);
      for (const contact of deal.contacts) {
        expect(DECISION_ROLES).toContain(contact.decisionRole);
        expect(contact.name).not.toBe('');
        if (contact.style !== null) expect(COUNTERPART_STYLES).toContain(contact.style);
      }
    }
    expect((currencies.get('CNY') ?? 0) / deals.length).toBeGreaterThan(0.7);
    expect(currencies.get('USD')).toBeGreaterThan(0);
    expect(currencies.get('EUR')).toBeGreaterThan(0);
    expect(deals.some((d) => /[\u4e00-\u9fff]/u.test(d.counterpartOrg))).toBe(true);
    expect(deals.some((d) => /^[A-Za-z]/.test(d.counterpartOrg))).toBe(true);
    expect(deals.some((d) => d.tags.length > 0)).toBe(true);
    expect(new Set(deals.map((d) => d.counterpartOrg)).size).toBeLessThan(deals.length); // repeat customers
  });

  it('fills worksheet numbers in the direction of the side', () => {
    const sides = new Set<string>();
    for (const deal of deals) {
      sides.add(deal.side);
      const { opening, target, walkAway } = deal.worksheet.numbers;
      expect(target).toBe(deal.value);
      if (deal.side === 'sell') {
        expect(opening!).toBeGreaterThan(target!);
        expect(walkAway!).toBeLessThan(target!);
      } else {
        expect(opening!).toBeLessThan(target!);
        expect(walkAway!).toBeGreaterThan(target!);
      }
      expect(deal.worksheet.interests.length).toBeGreaterThanOrEqual(1);
    }
    expect(sides).toEqual(new Set(['sell', 'buy']));
    expect(deals.some((d) => d.worksheet.spin.length > 0 && d.worksheet.alternatives.length > 0)).toBe(true);
    expect(deals.some((d) => d.worksheet.expectedObjections.length > 0 && d.worksheet.tradeables.length > 0)).toBe(
      true,
    );
  });

  it('only uses the playbook ids it was given', () => {
    for (const deal of deals) {
      for (const meeting of deal.meetings) {
        for (const objection of meeting.objections) {
          for (const id of objection.techniqueIds) expect(TECHNIQUE_IDS).toContain(id);
          if (objection.cardId !== null) expect(CARD_IDS).toContain(objection.cardId);
        }
        for (const signal of meeting.signals) {
          if (signal.signalId !== null) expect(SIGNAL_IDS).toContain(signal.signalId);
          else expect(signal.text).not.toBe('');
        }
        for (const attempt of meeting.closingAttempts) expect(SAMPLE_CLOSING_METHOD_IDS).toContain(attempt.methodId);
      }
    }
    const withoutCards = generateDeals({
      seed: 42,
      now: NOW,
      signalIds: SIGNAL_IDS,
      techniqueIds: TECHNIQUE_IDS,
      count: 50,
    });
    expect(withoutCards.flatMap((d) => d.meetings.flatMap((m) => m.objections)).every((o) => o.cardId === null)).toBe(
      true,
    );
  });

  it('averages about 1.5–2 KB per deal when serialised', () => {
    const sample = generateDeals({ ...options, count: 2000, seed: 'size' });
    const bytes = new TextEncoder().encode(JSON.stringify(sample)).length / sample.length;
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThan(2200);
  });

  it('produces patterns History can show', () => {
    const stats = computeHistoryStats(
      generateDeals({ ...options, count: 3000, seed: 'patterns' }).map(toDealFacts),
      {},
      NOW,
    );
    const overall = stats.winRateByObjectionType.overall.rate!;
    const need = stats.winRateByObjectionType.items.find((item) => item.type === 'need')!;
    expect(need.whenRaised.rate!).toBeLessThan(overall);
    const technique = (id: string) => stats.techniques.items.find((t) => t.techniqueId === id)!.resolution.rate!;
    expect(technique('inquiry')).toBeGreaterThan(technique('ignore'));
    const lift = (id: string) => stats.signals.items.find((s) => s.signalId === id)!.lift!;
    expect(lift('sig-a')).toBeGreaterThan(1.3);
    expect(lift('sig-a')).toBeGreaterThan(lift('sig-h'));
    const method = (id: string) => stats.closingMethods.items.find((m) => m.methodId === id)!.success.rate!;
    expect(method('alternative-choice')).toBeGreaterThan(method('assumptive'));
    expect(stats.priceRealisation.beyondWalkAway.count).toBeGreaterThan(0);
    expect(stats.priceRealisation.avgRatio!).toBeGreaterThan(0.85);
    expect(stats.priceRealisation.avgRatio!).toBeLessThan(1.05);
  });

  it('generates 10,000 deals about as fast as they can be parsed from JSON', () => {
    // Relative to JSON.parse on the same machine, so a busy CI box does not make it flaky;
    // on an idle machine 10,000 deals take ~0.2 s, about one JSON.parse of them.
    const fastest = (task: () => unknown) => {
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 2; run++) {
        const started = performance.now();
        task();
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    generateDeals({ ...options, count: 1000 }); // warm up the JIT, as JSON.parse is native
    let many: Deal[] = [];
    const generate = fastest(() => (many = generateDeals({ ...options, count: 10_000 })));
    const json = JSON.stringify(many);
    const parse = fastest(() => JSON.parse(json));
    expect(many).toHaveLength(10_000);
    expect(generate).toBeLessThan(Math.max(3 * parse, 400));
  });

  it('rejects empty id lists it cannot work without', () => {
    expect(() => generateDeals({ ...options, count: 1, techniqueIds: [] })).toThrow();
    expect(generateDeals({ ...options, count: 3, signalIds: [] })).toHaveLength(3);
  });
});
