import { describe, expect, it } from 'vitest';
import { generateDeals } from '../../src-shared/domain/sample-deals';
import { toDealFacts, type DealFacts } from '../../src-shared/domain/stats/deal-facts';
import { computeHistoryStats } from '../../src-shared/domain/stats/history-stats';

const NOW = new Date('2025-06-15T12:00:00Z');
const deals = generateDeals({
  count: 10_000,
  seed: 'bench',
  now: NOW,
  signalIds: Array.from({ length: 12 }, (_, i) => `signal-${i + 1}`),
  techniqueIds: [
    'inquiry',
    'compensation',
    'tai-chi',
    'yes-but',
    'example',
    'echo',
    'redirect-to-material',
    'direct-denial',
  ],
  cardIds: Array.from({ length: 60 }, (_, i) => `card-${i + 1}`),
});
const json = JSON.stringify(deals);
const facts = deals.map(toDealFacts);
/** Real deals get 36-character UUIDs, twice as long as the sample ids. */
const uuidFacts: DealFacts[] = facts.map((f, i) => ({
  ...f,
  id: `${i.toString(16).padStart(8, '0')}-4b1d-4c2e-9f00-0123456789ab`,
}));

function fastest(runs: number, task: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    task();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('History stats at 10,000 deals', () => {
  it('computes all stats in well under half the time of parsing the deals', () => {
    const parse = fastest(3, () => JSON.parse(json));
    const stats = fastest(7, () => computeHistoryStats(facts, {}, NOW));
    const filtered = fastest(7, () =>
      computeHistoryStats(facts, { currency: 'CNY', granularity: 'quarter', from: '2024-01-01' }, NOW),
    );
    expect(stats).toBeLessThan(parse * 0.5);
    expect(filtered).toBeLessThan(parse * 0.5);
  });

  it('serialises to well under 64 KB, with every series capped', () => {
    for (const input of [facts, uuidFacts]) {
      const stats = computeHistoryStats(input, {}, NOW);
      const size = new TextEncoder().encode(JSON.stringify(stats)).length;
      expect(size).toBeLessThan(50_000);
      expect(stats.topObjections.items.length).toBeLessThanOrEqual(20);
      expect(stats.topObjections.others).toBeGreaterThan(0);
      expect(stats.trends.points.length).toBeLessThanOrEqual(200);
      for (const bar of stats.objectionsByType) expect(bar.deals.length).toBeLessThanOrEqual(8);
    }
  });
});
