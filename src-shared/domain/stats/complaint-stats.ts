// The complaint figures of History: by category and channel (and over time), time to resolve, repeat complainers,
// and how later deals with a client went after a complaint they were, or were not, satisfied with.
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  type ComplaintCategory,
  type ComplaintChannel,
} from '../complaints/complaint';
import type { DealFacts } from './deal-facts';
import { matchesFilters, normaliseFilters, type HistoryFilters } from './history-filters';
import { periodIndex, periodKey, type TopList } from './history-stats';
import { SMALL_SAMPLE_N, toRate, type Rate } from './wilson';

/**
 * How many deals stand behind a complaint bar. Unlike the other charts' bars these carry no deal ids: the
 * screen opens a bar through `history:drill-down`, and leaving the ids out keeps the summary under budget.
 */
export type DealCount = { dealCount: number };

export type ComplaintShareBar<K extends string> = DealCount & { key: K; count: number; share: Rate };

export type ComplaintPeriod = {
  period: string;
  total: number;
  /** Counts in the order of COMPLAINT_CATEGORIES and COMPLAINT_CHANNELS. */
  byCategory: number[];
  byChannel: number[];
};

export const RESOLVE_TIME_BUCKETS = [
  { key: '0-1', from: 0, to: 1 },
  { key: '2-3', from: 2, to: 3 },
  { key: '4-7', from: 4, to: 7 },
  { key: '8-14', from: 8, to: 14 },
  { key: '15-30', from: 15, to: 30 },
  { key: '31-plus', from: 31, to: null },
] as const satisfies readonly { key: string; from: number; to: number | null }[];
export type ResolveTimeBucketKey = (typeof RESOLVE_TIME_BUCKETS)[number]['key'];

export type ResolveTime = {
  /** Resolved complaints. */
  n: number;
  open: number;
  isSmallSample: boolean;
  medianDays: number | null;
  p90Days: number | null;
  buckets: (DealCount & { key: ResolveTimeBucketKey; from: number; to: number | null; count: number })[];
};

export type RepeatClient = DealCount & { client: string; name: string; complaints: number };

/** Closed deals grouped by the client's last resolved complaint before the close. */
export const AFTER_COMPLAINT_GROUPS = ['satisfied', 'unsatisfied', 'none'] as const;
export type AfterComplaintGroup = (typeof AFTER_COMPLAINT_GROUPS)[number];

export type ComplaintStats = {
  total: number;
  isSmallSample: boolean;
  byCategory: ComplaintShareBar<ComplaintCategory>[];
  byChannel: ComplaintShareBar<ComplaintChannel>[];
  overTime: { points: ComplaintPeriod[]; isTruncated: boolean };
  resolveTime: ResolveTime;
  /** `repeat`: complaining clients who complained more than once. */
  repeatClients: TopList<RepeatClient> & { repeat: Rate };
  /** Win rate of closed deals by the client's last resolved complaint before the close. */
  afterComplaint: (DealCount & { group: AfterComplaintGroup; winRate: Rate })[];
};

export type ClientComplaintHistory = ReadonlyMap<string, readonly { resolvedOn: string; isSatisfied: boolean }[]>;

/** Every client's resolved complaints, oldest first, from all deals (a complaint on any deal of theirs counts). */
export function clientComplaintHistory(facts: readonly DealFacts[]): ClientComplaintHistory {
  const history = new Map<string, { resolvedOn: string; isSatisfied: boolean }[]>();
  for (const deal of facts) {
    for (const complaint of deal.complaints) {
      if (complaint.resolvedOn === null) continue;
      let list = history.get(deal.client);
      if (!list) history.set(deal.client, (list = []));
      list.push({ resolvedOn: complaint.resolvedOn, isSatisfied: complaint.isSatisfied });
    }
  }
  for (const list of history.values()) list.sort((a, b) => (a.resolvedOn < b.resolvedOn ? -1 : 1));
  return history;
}

/** Which group a closed deal falls in; null for open deals or deals without a close date. */
export function afterComplaintGroupOf(deal: DealFacts, history: ClientComplaintHistory): AfterComplaintGroup | null {
  if (deal.outcome === 'open' || deal.closedOn === null) return null;
  const closedOn = deal.closedOn;
  let last: { isSatisfied: boolean } | null = null;
  for (const complaint of history.get(deal.client) ?? []) {
    if (complaint.resolvedOn >= closedOn) break;
    last = complaint;
  }
  return last === null ? 'none' : last.isSatisfied ? 'satisfied' : 'unsatisfied';
}

export const resolveBucketOf = (days: number): ResolveTimeBucketKey =>
  (RESOLVE_TIME_BUCKETS.find((bucket) => bucket.to === null || days <= bucket.to) ?? RESOLVE_TIME_BUCKETS[5]).key;

/** The value below which `share` of the sorted values fall (nearest rank). */
function percentile(sorted: readonly number[], share: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1] ?? null;
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Counts each deal once however many of its complaints fall in the bar (deals arrive one after another). */
type DealAcc = { dealCount: number; lastDeal: number };
type CountAcc = { deals: DealAcc; count: number };
type ClientAcc = CountAcc & { client: string; name: string };
type GroupAcc = { deals: DealAcc; won: number; n: number };
const newDeals = (): DealAcc => ({ dealCount: 0, lastDeal: -1 });
const newCount = (): CountAcc => ({ deals: newDeals(), count: 0 });
function addDeal(acc: DealAcc, index: number): void {
  if (acc.lastDeal === index) return;
  acc.lastDeal = index;
  acc.dealCount += 1;
}

/**
 * The complaint figures of the deals that pass the filters (the same filters as every History figure); a
 * client's complaints on deals outside the filters still count for "after a complaint".
 */
export function computeComplaintStats(
  all: readonly DealFacts[],
  filterInput: Partial<HistoryFilters> | undefined,
  now: Date,
  options: { topN?: number; maxTrendPoints?: number } = {},
): ComplaintStats {
  const filters = normaliseFilters(filterInput);
  const topN = Math.max(0, options.topN ?? 10);
  const maxTrendPoints = Math.min(200, Math.max(1, options.maxTrendPoints ?? 200));
  const deals = all.filter((deal) => matchesFilters(deal, filters));
  const granularity = filters.granularity;
  const byCategory = COMPLAINT_CATEGORIES.map(newCount);
  const byChannel = COMPLAINT_CHANNELS.map(newCount);
  const buckets = RESOLVE_TIME_BUCKETS.map(newCount);
  const clients = new Map<string, ClientAcc>();
  const periods = new Map<number, ComplaintPeriod>();
  const groups = AFTER_COMPLAINT_GROUPS.map((): GroupAcc => ({ deals: newDeals(), won: 0, n: 0 }));
  const history = clientComplaintHistory(all);
  const days: number[] = [];
  let total = 0;
  let open = 0;
  let firstPeriod = Number.POSITIVE_INFINITY;
  let lastPeriod = Number.NEGATIVE_INFINITY;

  for (let index = 0; index < deals.length; index++) {
    const deal = deals[index];
    if (!deal) continue;
    const group = afterComplaintGroupOf(deal, history);
    if (group !== null) {
      const acc = groups[AFTER_COMPLAINT_GROUPS.indexOf(group)];
      if (acc) {
        acc.n += 1;
        if (deal.outcome === 'won') acc.won += 1;
        addDeal(acc.deals, index);
      }
    }
    if (deal.complaints.length === 0) continue;
    let client = clients.get(deal.client);
    if (!client) clients.set(deal.client, (client = { ...newCount(), client: deal.client, name: deal.clientName }));
    for (const complaint of deal.complaints) {
      total += 1;
      client.count += 1;
      addDeal(client.deals, index);
      const categoryIndex = COMPLAINT_CATEGORIES.indexOf(complaint.category);
      const channelIndex = COMPLAINT_CHANNELS.indexOf(complaint.channel);
      const category = byCategory[categoryIndex];
      const channel = byChannel[channelIndex];
      if (category) {
        category.count += 1;
        addDeal(category.deals, index);
      }
      if (channel) {
        channel.count += 1;
        addDeal(channel.deals, index);
      }
      if (complaint.days === null) open += 1;
      else {
        days.push(complaint.days);
        const bucket =
          buckets[RESOLVE_TIME_BUCKETS.findIndex((entry) => entry.key === resolveBucketOf(complaint.days ?? 0))];
        if (bucket) {
          bucket.count += 1;
          addDeal(bucket.deals, index);
        }
      }
      const period = periodIndex(complaint.receivedOn, granularity);
      let point = periods.get(period);
      if (!point) {
        point = {
          period: periodKey(period, granularity),
          total: 0,
          byCategory: COMPLAINT_CATEGORIES.map(() => 0),
          byChannel: COMPLAINT_CHANNELS.map(() => 0),
        };
        periods.set(period, point);
      }
      point.total += 1;
      point.byCategory[categoryIndex] = (point.byCategory[categoryIndex] ?? 0) + 1;
      point.byChannel[channelIndex] = (point.byChannel[channelIndex] ?? 0) + 1;
      if (period < firstPeriod) firstPeriod = period;
      if (period > lastPeriod) lastPeriod = period;
    }
  }

  const points: ComplaintPeriod[] = [];
  let isTruncated = false;
  if (Number.isFinite(firstPeriod)) {
    const today = now.toISOString().slice(0, 10);
    const end = Math.max(
      lastPeriod,
      periodIndex(filters.to !== null && filters.to < today ? filters.to : today, granularity),
    );
    const start = Math.max(firstPeriod, end - maxTrendPoints + 1);
    isTruncated = start > firstPeriod;
    for (let period = start; period <= end; period++) {
      points.push(
        periods.get(period) ?? {
          period: periodKey(period, granularity),
          total: 0,
          byCategory: COMPLAINT_CATEGORIES.map(() => 0),
          byChannel: COMPLAINT_CHANNELS.map(() => 0),
        },
      );
    }
  }

  days.sort((a, b) => a - b);
  const shareBar = <K extends string>(key: K, acc: CountAcc): ComplaintShareBar<K> => ({
    key,
    count: acc.count,
    share: toRate(acc.count, total),
    dealCount: acc.deals.dealCount,
  });
  const complaining = [...clients.values()];
  const repeaters = complaining
    .filter((client) => client.count > 1)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    total,
    isSmallSample: total < SMALL_SAMPLE_N,
    byCategory: COMPLAINT_CATEGORIES.map((key, i) => shareBar(key, byCategory[i] ?? newCount())),
    byChannel: COMPLAINT_CHANNELS.map((key, i) => shareBar(key, byChannel[i] ?? newCount())),
    overTime: { points, isTruncated },
    resolveTime: {
      n: days.length,
      open,
      isSmallSample: days.length < SMALL_SAMPLE_N,
      medianDays: median(days),
      p90Days: percentile(days, 0.9),
      buckets: RESOLVE_TIME_BUCKETS.map((bucket, i) => ({
        key: bucket.key,
        from: bucket.from,
        to: bucket.to,
        count: buckets[i]?.count ?? 0,
        dealCount: buckets[i]?.deals.dealCount ?? 0,
      })),
    },
    repeatClients: {
      repeat: toRate(repeaters.length, complaining.length),
      items: repeaters.slice(0, topN).map((client) => ({
        client: client.client,
        name: client.name,
        complaints: client.count,
        dealCount: client.deals.dealCount,
      })),
      others: Math.max(0, repeaters.length - topN),
    },
    afterComplaint: AFTER_COMPLAINT_GROUPS.map((group, i) => {
      const acc = groups[i] ?? { deals: newDeals(), won: 0, n: 0 };
      return { group, winRate: toRate(acc.won, acc.n), dealCount: acc.deals.dealCount };
    }),
  };
}
