// History's complaint figures: counts with Wilson ranges, time to resolve, repeat complainers, later deals' win rates.
import { describe, expect, it } from 'vitest';
import { computeComplaintStats } from '../../src-shared/domain/stats/complaint-stats';
import type { ComplaintFact, DealFacts } from '../../src-shared/domain/stats/deal-facts';
import { DEFAULT_HISTORY_FILTERS } from '../../src-shared/domain/stats/history-filters';
import { selectDealIds } from '../../src-shared/domain/stats/select-deals';
import { wilsonInterval } from '../../src-shared/domain/stats/wilson';

const NOW = new Date('2026-06-15T12:00:00Z');

const complaint = (patch: Partial<ComplaintFact> = {}): ComplaintFact => ({
  category: 'billing',
  channel: 'phone',
  receivedOn: '2026-01-05',
  resolvedOn: null,
  days: null,
  isSatisfied: false,
  ...patch,
});

const resolved = (receivedOn: string, days: number, isSatisfied: boolean, patch: Partial<ComplaintFact> = {}) => {
  const resolvedOn = new Date(Date.parse(receivedOn) + days * 86_400_000).toISOString().slice(0, 10);
  return complaint({ receivedOn, resolvedOn, days, isSatisfied, ...patch });
};

function deal(id: string, client: string, patch: Partial<DealFacts> = {}): DealFacts {
  return {
    id,
    client,
    clientName: client.toUpperCase(),
    date: patch.closedOn ?? '2026-01-10',
    closedOn: null,
    outcome: 'open',
    style: null,
    tags: [],
    currency: 'CNY',
    value: 100_000,
    side: 'sell',
    target: null,
    walkAway: null,
    finalPrice: null,
    isSample: false,
    objections: [],
    signals: [],
    closingAttempts: [],
    complaints: [],
    ...patch,
  };
}

const facts: DealFacts[] = [
  deal('a1', 'acme', {
    complaints: [
      resolved('2026-01-05', 2, true),
      resolved('2026-02-03', 10, false, { category: 'quality', channel: 'visit' }),
    ],
  }),
  deal('a2', 'acme', { outcome: 'won', closedOn: '2026-03-01' }),
  deal('b1', 'beta', { complaints: [resolved('2026-01-20', 4, true, { channel: 'online' })] }),
  deal('b2', 'beta', { outcome: 'won', closedOn: '2026-04-01' }),
  deal('b3', 'beta', { outcome: 'lost', closedOn: '2026-04-02' }),
  deal('c1', 'gamma', { complaints: [complaint({ receivedOn: '2026-03-10', category: 'fees' })] }),
  deal('d1', 'delta', { outcome: 'lost', closedOn: '2026-02-01' }),
  // Closed before acme's complaints were resolved: counts as "no complaint before".
  deal('a0', 'acme', { outcome: 'won', closedOn: '2026-01-06' }),
];

describe('complaint statistics', () => {
  const complaints = computeComplaintStats(facts, DEFAULT_HISTORY_FILTERS, NOW);

  it('counts complaints by category and channel, each share with its Wilson range and n', () => {
    expect(complaints.total).toBe(4);
    expect(complaints.isSmallSample).toBe(true);
    const billing = complaints.byCategory.find((bar) => bar.key === 'billing');
    expect(billing).toMatchObject({ count: 2, dealCount: 2, share: { successes: 2, n: 4, rate: 0.5 } });
    const expected = wilsonInterval(2, 4);
    expect(billing?.share.low).toBeCloseTo(expected.low, 4);
    expect(billing?.share.high).toBeCloseTo(expected.high, 4);
    expect(complaints.byChannel.find((bar) => bar.key === 'phone')?.count).toBe(2);
    expect(
      selectDealIds(facts, DEFAULT_HISTORY_FILTERS, {
        chart: 'complaint-category',
        category: 'billing',
      }).dealIds.sort(),
    ).toEqual(['a1', 'b1']);
  });

  it('places complaints in months by the day they came in, running to today', () => {
    const points = complaints.overTime.points;
    expect(points[0]).toMatchObject({ period: '2026-01', total: 2 });
    expect(points.at(-1)?.period).toBe('2026-06');
    expect(points.find((point) => point.period === '2026-03')?.total).toBe(1);
  });

  it('gives the median and 90th percentile of days to resolve, open cases apart', () => {
    expect(complaints.resolveTime).toMatchObject({ n: 3, open: 1, medianDays: 4, p90Days: 10 });
    expect(complaints.resolveTime.buckets.find((bucket) => bucket.key === '8-14')?.count).toBe(1);
  });

  it('lists clients who complained more than once, and their share of complaining clients', () => {
    expect(complaints.repeatClients.items).toEqual([
      expect.objectContaining({ client: 'acme', name: 'ACME', complaints: 2, dealCount: 1 }),
    ]);
    expect(complaints.repeatClients.repeat).toMatchObject({ successes: 1, n: 3 });
  });

  it('splits later deals by whether the client was satisfied with the last complaint resolved before the close', () => {
    const group = (name: string) => complaints.afterComplaint.find((entry) => entry.group === name);
    // a2 closes after acme's unsatisfied complaint (resolved 02-13); b2 and b3 after beta's satisfied one.
    expect(group('unsatisfied')?.winRate).toMatchObject({ successes: 1, n: 1 });
    expect(group('satisfied')?.winRate).toMatchObject({ successes: 1, n: 2 });
    expect(group('none')?.winRate).toMatchObject({ successes: 1, n: 2 });
  });

  it('click-through finds exactly the deals each bar counts', () => {
    const check = (selection: Parameters<typeof selectDealIds>[2], refs: { dealCount: number }) =>
      expect(selectDealIds(facts, DEFAULT_HISTORY_FILTERS, selection).dealCount).toBe(refs.dealCount);
    for (const bar of complaints.byCategory) check({ chart: 'complaint-category', category: bar.key }, bar);
    for (const bar of complaints.byChannel) check({ chart: 'complaint-channel', channel: bar.key }, bar);
    for (const bucket of complaints.resolveTime.buckets)
      check({ chart: 'complaint-resolve-time', key: bucket.key }, bucket);
    for (const entry of complaints.afterComplaint) check({ chart: 'after-complaint', group: entry.group }, entry);
    for (const item of complaints.repeatClients.items) check({ chart: 'repeat-client', client: item.client }, item);
    expect(
      selectDealIds(facts, DEFAULT_HISTORY_FILTERS, { chart: 'after-complaint', group: 'satisfied' }).dealIds.sort(),
    ).toEqual(['b2', 'b3']);
  });

  it('follows the filters: a style filter that matches no complaining deal empties the figures', () => {
    const filtered = computeComplaintStats(facts, { ...DEFAULT_HISTORY_FILTERS, style: 'driver' }, NOW);
    expect(filtered.total).toBe(0);
    expect(filtered.resolveTime.medianDays).toBeNull();
  });
});
