// Every History figure in one pass over cached deal facts, as one small summary the screen can draw.
import type { DealOutcome } from '../deal';
import type { ObjectionResult } from '../meeting-types';
import { OBJECTION_NATURES, OBJECTION_TYPES, type ObjectionNature, type ObjectionType } from '../../playbook/types';
import type { DealFacts } from './deal-facts';
import { matchesFilters, normaliseFilters, type HistoryFilters, type TrendGranularity } from './history-filters';
import { SMALL_SAMPLE_N, toRate, type Rate } from './wilson';

/**
 * Click-through: how many deals stand behind a bar, and the most recent of them (up to
 * `maxDealIds`) as indexes into `HistoryStats.dealIds`; bars share that table so ids are sent once.
 */
export type DealRefs = { dealCount: number; deals: number[] };

export type ResultCounts = { resolved: number; partly: number; unresolved: number };

export type ObjectionTypeBar = DealRefs & ResultCounts & { type: ObjectionType; count: number; isSmallSample: boolean };
export type ObjectionNatureBar = DealRefs &
  ResultCounts & { nature: ObjectionNature; count: number; isSmallSample: boolean };

export type TopObjection = DealRefs & {
  key: string;
  cardId: string | null;
  /** The wording first seen (most recent deal first); for cards the UI may show the playbook line instead. */
  text: string;
  type: ObjectionType;
  count: number;
  /** Share of these objections that ended `resolved`. */
  resolution: Rate;
};

/**
 * Technique effectiveness. `resolution` counts only `resolved` as a success (its Wilson interval
 * is on that same count); `score` also gives half credit to `partly`. An objection handled with
 * two techniques counts once for each.
 */
export type TechniqueStat = DealRefs &
  ResultCounts & { techniqueId: string; uses: number; resolution: Rate; score: number | null };

/** Win rate of closed deals in which this objection type was raised at least once, against those where it was not. */
export type ObjectionTypeWinRate = DealRefs & { type: ObjectionType; whenRaised: Rate; whenNotRaised: Rate };

export type SignalStat = DealRefs & {
  key: string;
  signalId: string | null;
  text: string;
  observations: number;
  /** Closed deals in which the signal was observed. */
  whenObserved: Rate;
  whenNotObserved: Rate;
  /** whenObserved.rate / whenNotObserved.rate; null when either is undefined or the divisor is 0. */
  lift: number | null;
};

export type ClosingMethodStat = DealRefs & {
  methodId: string;
  attempts: number;
  accepted: number;
  declined: number;
  deferred: number;
  /** accepted / attempts. */
  success: Rate;
};

export type RealisationBucket = DealRefs & {
  key: RealisationBucketKey;
  from: number | null;
  to: number | null;
  count: number;
};

/**
 * Won deals with a final price and a target. `ratio` is side-aware: final / target when selling,
 * target / final when buying, so above 1 is always better than target. `position` is where the
 * final price fell between walk-away (0) and target (1); below 0 is beyond the walk-away.
 */
export type PriceRealisation = {
  n: number;
  isSmallSample: boolean;
  avgRatio: number | null;
  medianRatio: number | null;
  atOrBetterThanTarget: number;
  avgPosition: number | null;
  positionN: number;
  /** Won deals closed beyond the walk-away; n = won deals with a known walk-away. */
  beyondWalkAway: DealRefs & { count: number; n: number };
  buckets: RealisationBucket[];
};

/** One period of the trend; `periodRange(period)` turns the key into from/to dates for a filter. */
export type TrendPoint = {
  period: string; // 2024-03 or 2024-Q1
  closed: number;
  won: number;
  winRate: Rate;
  realisation: { avgRatio: number | null; n: number };
};

export type HistoryTotals = {
  deals: number;
  open: number;
  closed: number;
  won: number;
  lost: number;
  noDeal: number;
  walkedAway: number;
  /** won / closed, where closed = won + lost + no-deal + walked-away. */
  winRate: Rate;
  objections: number;
  signalObservations: number;
  closingAttempts: number;
  isSmallSample: boolean;
};

export type TopList<T> = { items: T[]; /** entries left out of `items` */ others: number };

export type HistoryStats = {
  asOf: string;
  /** The ids every `DealRefs.deals` index points into; see `dealIdsOf`. */
  dealIds: string[];
  filters: HistoryFilters;
  totals: HistoryTotals;
  /** Values present in all deals (not only filtered ones), for the filter pickers. */
  choices: { tags: string[]; currencies: string[] };
  objectionsByType: ObjectionTypeBar[];
  objectionsByNature: ObjectionNatureBar[];
  topObjections: TopList<TopObjection>;
  techniques: TopList<TechniqueStat> & { objectionsWithoutTechnique: number };
  winRateByObjectionType: { overall: Rate; items: ObjectionTypeWinRate[] };
  signals: TopList<SignalStat>;
  closingMethods: TopList<ClosingMethodStat>;
  priceRealisation: PriceRealisation;
  trends: { granularity: TrendGranularity; points: TrendPoint[]; isTruncated: boolean };
};

export type HistoryStatsOptions = {
  /**
   * Deals listed per bar, most recent first. Default 8, which keeps the summary near 45 KB
   * even with 36-character ids; `selectDealIds` returns the full list behind a bar.
   */
  maxDealIds?: number;
  /** Length of the top lists (objections, techniques, signals, methods). Default 20. */
  topN?: number;
  /** Longest trend series. Default (and maximum) 200. */
  maxTrendPoints?: number;
  /** Tags and currencies offered in `choices`. Default 50. */
  maxChoices?: number;
};

export const REALISATION_BUCKETS = [
  { key: 'under-0.85', from: null, to: 0.85 },
  { key: '0.85-0.90', from: 0.85, to: 0.9 },
  { key: '0.90-0.95', from: 0.9, to: 0.95 },
  { key: '0.95-1.00', from: 0.95, to: 1 },
  { key: '1.00-1.05', from: 1, to: 1.05 },
  { key: '1.05-1.10', from: 1.05, to: 1.1 },
  { key: '1.10-plus', from: 1.1, to: null },
] as const satisfies readonly { key: string; from: number | null; to: number | null }[];
export type RealisationBucketKey = (typeof REALISATION_BUCKETS)[number]['key'];

// ---------------------------------------------------------------- accumulators

/** Every accumulator holds one of these (one hidden class, so the hot path stays monomorphic). */
type RefAcc = { dealCount: number; deals: number[]; lastDeal: number };
type ResultAcc = { refs: RefAcc; count: number; resolved: number; partly: number; unresolved: number };
type TopAcc = ResultAcc & { key: string; cardId: string | null; text: string; type: ObjectionType };
type TechniqueAcc = ResultAcc & { techniqueId: string };
type SignalAcc = {
  refs: RefAcc;
  key: string;
  signalId: string | null;
  text: string;
  observations: number;
  closed: number;
  won: number;
};
type MethodAcc = {
  refs: RefAcc;
  methodId: string;
  attempts: number;
  accepted: number;
  declined: number;
  deferred: number;
};
type CountAcc = { refs: RefAcc; count: number; won: number; n: number };
type PeriodAcc = { closed: number; won: number; ratioSum: number; ratioN: number };

const newRefs = (): RefAcc => ({ dealCount: 0, deals: [], lastDeal: -1 });
const newResults = (): ResultAcc => ({ refs: newRefs(), count: 0, resolved: 0, partly: 0, unresolved: 0 });
const newCount = (): CountAcc => ({ refs: newRefs(), count: 0, won: 0, n: 0 });

type DealTable = { ids: string[]; add: (acc: RefAcc, dealIndex: number, dealId: string) => void };

/** Assigns each listed deal one slot in the shared id table; counts a deal once per accumulator. */
function createDealTable(size: number, maxPerBar: number): DealTable {
  const ids: string[] = [];
  const slots = new Int32Array(size).fill(-1);
  const add = (acc: RefAcc, dealIndex: number, dealId: string): void => {
    if (acc.lastDeal === dealIndex) return;
    acc.lastDeal = dealIndex;
    acc.dealCount += 1;
    if (acc.deals.length >= maxPerBar) return;
    let slot = slots[dealIndex] ?? -1;
    if (slot < 0) {
      slot = ids.length;
      ids.push(dealId);
      slots[dealIndex] = slot;
    }
    acc.deals.push(slot);
  };
  return { ids, add };
}

function addResult(acc: ResultAcc, result: ObjectionResult): void {
  acc.count += 1;
  if (result === 'resolved') acc.resolved += 1;
  else if (result === 'partly') acc.partly += 1;
  else acc.unresolved += 1;
}

const refsOf = (acc: { refs: RefAcc }): DealRefs => ({ dealCount: acc.refs.dealCount, deals: acc.refs.deals });
const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;
const ratioOrNull = (sum: number, n: number): number | null => (n > 0 ? round4(sum / n) : null);

const OUTCOME_INDEX: Record<DealOutcome, number> = { open: 0, won: 1, lost: 2, 'no-deal': 3, 'walked-away': 4 };
const TYPE_INDEX = Object.fromEntries(OBJECTION_TYPES.map((type, index) => [type, index])) as Record<
  ObjectionType,
  number
>;
const NATURE_INDEX = Object.fromEntries(OBJECTION_NATURES.map((nature, index) => [nature, index])) as Record<
  ObjectionNature,
  number
>;
const TYPE_COUNT = OBJECTION_TYPES.length;

/** The deal ids behind one bar, resolved from the shared table. */
export function dealIdsOf(stats: Pick<HistoryStats, 'dealIds'>, refs: DealRefs): string[] {
  const ids: string[] = [];
  for (const slot of refs.deals) {
    const id = stats.dealIds[slot];
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

/** Most recent first, so the ids listed per bar are the deals a user most likely remembers. */
function newestFirst(facts: readonly DealFacts[]): readonly DealFacts[] {
  for (let i = 1; i < facts.length; i++) {
    const previous = facts[i - 1];
    const current = facts[i];
    if (previous && current && previous.date < current.date) {
      return [...facts].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    }
  }
  return facts;
}

/** Periods as consecutive integers (months or quarters since year 0), so gaps are easy to fill. */
export function periodIndex(date: string, granularity: TrendGranularity): number {
  const year =
    date.charCodeAt(0) * 1000 + date.charCodeAt(1) * 100 + date.charCodeAt(2) * 10 + date.charCodeAt(3) - 53_328;
  const month = date.charCodeAt(5) * 10 + date.charCodeAt(6) - 528;
  return granularity === 'month' ? year * 12 + month - 1 : year * 4 + Math.floor((month - 1) / 3);
}

const pad2 = (value: number): string => String(value).padStart(2, '0');

export function periodKey(index: number, granularity: TrendGranularity): string {
  const perYear = granularity === 'month' ? 12 : 4;
  const year = Math.floor(index / perYear);
  const within = index - year * perYear;
  return granularity === 'month' ? `${year}-${pad2(within + 1)}` : `${year}-Q${within + 1}`;
}

/** The first and last day of a trend period key (`2024-03` or `2024-Q1`); null for anything else. */
export function periodRange(period: string): { from: string; to: string } | null {
  const match = /^(\d{4})-(?:(\d{2})|Q([1-4]))$/.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  const firstMonth = match[2] !== undefined ? Number(match[2]) : (Number(match[3]) - 1) * 3 + 1;
  if (firstMonth < 1 || firstMonth > 12) return null;
  const lastMonth = match[2] !== undefined ? firstMonth : firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { from: `${year}-${pad2(firstMonth)}-01`, to: `${year}-${pad2(lastMonth)}-${pad2(lastDay)}` };
}

/** The trend period a date (yyyy-mm-dd) falls in. */
export function periodOf(date: string, granularity: TrendGranularity): string {
  return periodKey(periodIndex(date, granularity), granularity);
}

/** How one won deal's final price compares with its target and walk-away; null when it cannot be said. */
export type DealRealisation = {
  ratio: number;
  /** Index into REALISATION_BUCKETS. */
  bucket: number;
  hasWalkAway: boolean;
  isBeyondWalkAway: boolean;
  position: number | null;
};

export function realisationOf(deal: DealFacts): DealRealisation | null {
  const { finalPrice, target, walkAway } = deal;
  if (deal.outcome !== 'won' || finalPrice === null || !(finalPrice > 0) || target === null || !(target > 0))
    return null;
  const isSelling = deal.side === 'sell';
  const ratio = isSelling ? finalPrice / target : target / finalPrice;
  let bucket = 0;
  while (
    bucket < REALISATION_BUCKETS.length - 1 &&
    ratio >= (REALISATION_BUCKETS[bucket]?.to ?? Number.POSITIVE_INFINITY)
  ) {
    bucket += 1;
  }
  const hasWalkAway = walkAway !== null && walkAway > 0;
  return {
    ratio,
    bucket,
    hasWalkAway,
    isBeyondWalkAway: hasWalkAway && (isSelling ? finalPrice < walkAway : finalPrice > walkAway),
    position: hasWalkAway && walkAway !== target ? (finalPrice - walkAway) / (target - walkAway) : null,
  };
}

function topByCount<T>(
  entries: Iterable<T>,
  count: (entry: T) => number,
  key: (entry: T) => string,
  n: number,
): TopList<T> {
  const all = [...entries].sort((a, b) => count(b) - count(a) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { items: all.slice(0, n), others: Math.max(0, all.length - n) };
}

// ---------------------------------------------------------------- the computation

export function computeHistoryStats(
  facts: readonly DealFacts[],
  filterInput: Partial<HistoryFilters> | undefined,
  now: Date,
  options: HistoryStatsOptions = {},
): HistoryStats {
  const filters = normaliseFilters(filterInput);
  const maxIds = Math.max(0, options.maxDealIds ?? 8);
  const topN = Math.max(0, options.topN ?? 20);
  const maxTrendPoints = Math.min(200, Math.max(1, options.maxTrendPoints ?? 200));
  const maxChoices = Math.max(0, options.maxChoices ?? 50);
  const granularity = filters.granularity;

  const ordered = newestFirst(facts);
  const table = createDealTable(ordered.length, maxIds);
  const outcomes = [0, 0, 0, 0, 0];
  const byType = OBJECTION_TYPES.map(newResults);
  const byNature = OBJECTION_NATURES.map(newResults);
  const raisedWhenClosed = OBJECTION_TYPES.map(newCount);
  const top = new Map<string, TopAcc>();
  const techniques = new Map<string, TechniqueAcc>();
  const signals = new Map<string, SignalAcc>();
  const methods = new Map<string, MethodAcc>();
  const periods = new Map<number, PeriodAcc>();
  const tagCounts = new Map<string, number>();
  const currencyCounts = new Map<string, number>();
  const ratios: number[] = [];
  const buckets = REALISATION_BUCKETS.map(newCount);
  const beyond = newCount();
  let objectionCount = 0;
  let withoutTechnique = 0;
  let signalObservations = 0;
  let attemptCount = 0;
  let positionSum = 0;
  let positionN = 0;
  let atOrBetter = 0;
  let firstPeriod = Number.POSITIVE_INFINITY;
  let lastPeriod = Number.NEGATIVE_INFINITY;

  for (let index = 0; index < ordered.length; index++) {
    const deal = ordered[index];
    if (!deal) continue;
    for (const tag of deal.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    const currency = deal.currency.toUpperCase();
    currencyCounts.set(currency, (currencyCounts.get(currency) ?? 0) + 1);
    if (!matchesFilters(deal, filters)) continue;

    const id = deal.id;
    const isClosed = deal.outcome !== 'open';
    const isWon = deal.outcome === 'won';
    const outcomeIndex = OUTCOME_INDEX[deal.outcome];
    outcomes[outcomeIndex] = (outcomes[outcomeIndex] ?? 0) + 1;

    let raisedMask = 0;
    for (const objection of deal.objections) {
      objectionCount += 1;
      const typeIndex = TYPE_INDEX[objection.type];
      raisedMask |= 1 << typeIndex;
      const typeAcc = byType[typeIndex];
      if (typeAcc) {
        addResult(typeAcc, objection.result);
        table.add(typeAcc.refs, index, id);
      }
      const natureAcc = byNature[NATURE_INDEX[objection.nature]];
      if (natureAcc) {
        addResult(natureAcc, objection.result);
        table.add(natureAcc.refs, index, id);
      }
      let topAcc = top.get(objection.key);
      if (!topAcc) {
        topAcc = {
          refs: newRefs(),
          count: 0,
          resolved: 0,
          partly: 0,
          unresolved: 0,
          key: objection.key,
          cardId: objection.cardId,
          text: objection.text,
          type: objection.type,
        };
        top.set(objection.key, topAcc);
      }
      addResult(topAcc, objection.result);
      table.add(topAcc.refs, index, id);
      if (objection.techniqueIds.length === 0) withoutTechnique += 1;
      for (const techniqueId of objection.techniqueIds) {
        let techniqueAcc = techniques.get(techniqueId);
        if (!techniqueAcc) {
          techniqueAcc = { refs: newRefs(), count: 0, resolved: 0, partly: 0, unresolved: 0, techniqueId };
          techniques.set(techniqueId, techniqueAcc);
        }
        addResult(techniqueAcc, objection.result);
        table.add(techniqueAcc.refs, index, id);
      }
    }

    for (const signal of deal.signals) {
      signalObservations += signal.count;
      let signalAcc = signals.get(signal.key);
      if (!signalAcc) {
        signalAcc = {
          refs: newRefs(),
          key: signal.key,
          signalId: signal.signalId,
          text: signal.text,
          observations: 0,
          closed: 0,
          won: 0,
        };
        signals.set(signal.key, signalAcc);
      }
      signalAcc.observations += signal.count;
      if (signalAcc.refs.lastDeal !== index && isClosed) {
        signalAcc.closed += 1;
        if (isWon) signalAcc.won += 1;
      }
      table.add(signalAcc.refs, index, id);
    }

    for (const attempt of deal.closingAttempts) {
      attemptCount += 1;
      let methodAcc = methods.get(attempt.methodId);
      if (!methodAcc) {
        methodAcc = { refs: newRefs(), methodId: attempt.methodId, attempts: 0, accepted: 0, declined: 0, deferred: 0 };
        methods.set(attempt.methodId, methodAcc);
      }
      methodAcc.attempts += 1;
      if (attempt.result === 'accepted') methodAcc.accepted += 1;
      else if (attempt.result === 'declined') methodAcc.declined += 1;
      else methodAcc.deferred += 1;
      table.add(methodAcc.refs, index, id);
    }

    if (!isClosed) continue;

    if (raisedMask !== 0) {
      for (let t = 0; t < TYPE_COUNT; t++) {
        if ((raisedMask & (1 << t)) === 0) continue;
        const acc = raisedWhenClosed[t];
        if (!acc) continue;
        acc.n += 1;
        if (isWon) acc.won += 1;
        table.add(acc.refs, index, id);
      }
    }

    let ratio: number | null = null;
    const realisation = realisationOf(deal);
    if (realisation !== null) {
      ratio = realisation.ratio;
      ratios.push(ratio);
      if (ratio >= 1) atOrBetter += 1;
      const bucket = buckets[realisation.bucket];
      if (bucket) {
        bucket.count += 1;
        table.add(bucket.refs, index, id);
      }
      if (realisation.hasWalkAway) beyond.n += 1;
      if (realisation.isBeyondWalkAway) {
        beyond.count += 1;
        table.add(beyond.refs, index, id);
      }
      if (realisation.position !== null) {
        positionSum += realisation.position;
        positionN += 1;
      }
    }

    if (deal.closedOn !== null) {
      const period = periodIndex(deal.closedOn, granularity);
      let periodAcc = periods.get(period);
      if (!periodAcc) {
        periodAcc = { closed: 0, won: 0, ratioSum: 0, ratioN: 0 };
        periods.set(period, periodAcc);
      }
      periodAcc.closed += 1;
      if (isWon) periodAcc.won += 1;
      if (ratio !== null) {
        periodAcc.ratioSum += ratio;
        periodAcc.ratioN += 1;
      }
      if (period < firstPeriod) firstPeriod = period;
      if (period > lastPeriod) lastPeriod = period;
    }
  }

  // ---------------------------------------------------------------- shaping the summary

  const [open = 0, won = 0, lost = 0, noDeal = 0, walkedAway = 0] = outcomes;
  const closed = won + lost + noDeal + walkedAway;
  const deals = open + closed;
  const overall = toRate(won, closed);

  const trendPoints: TrendPoint[] = [];
  let isTruncated = false;
  if (Number.isFinite(firstPeriod) && Number.isFinite(lastPeriod)) {
    // The axis spans the data: quiet periods between closes show as zeros, but none are added before the
    // first close or after the last (an old file would otherwise trail years of empty months up to today).
    const endPeriod = lastPeriod;
    const startPeriod = Math.max(firstPeriod, endPeriod - maxTrendPoints + 1);
    isTruncated = startPeriod > firstPeriod;
    for (let period = startPeriod; period <= endPeriod; period++) {
      const acc = periods.get(period);
      trendPoints.push({
        period: periodKey(period, granularity),
        closed: acc?.closed ?? 0,
        won: acc?.won ?? 0,
        winRate: toRate(acc?.won ?? 0, acc?.closed ?? 0),
        realisation: { avgRatio: ratioOrNull(acc?.ratioSum ?? 0, acc?.ratioN ?? 0), n: acc?.ratioN ?? 0 },
      });
    }
  }

  ratios.sort((a, b) => a - b);
  let ratioSum = 0;
  for (const ratio of ratios) ratioSum += ratio;
  const middle = ratios.length >> 1;
  const median =
    ratios.length === 0
      ? null
      : ratios.length % 2 === 1
        ? (ratios[middle] ?? 0)
        : ((ratios[middle - 1] ?? 0) + (ratios[middle] ?? 0)) / 2;

  const choiceList = (counts: Map<string, number>): string[] =>
    topByCount(
      counts.entries(),
      ([, count]) => count,
      ([key]) => key,
      maxChoices,
    ).items.map(([key]) => key);

  const topObjections = topByCount(
    top.values(),
    (acc) => acc.count,
    (acc) => acc.key,
    topN,
  );
  const topTechniques = topByCount(
    techniques.values(),
    (acc) => acc.count,
    (acc) => acc.techniqueId,
    topN,
  );
  const topSignals = topByCount(
    signals.values(),
    (acc) => acc.refs.dealCount,
    (acc) => acc.key,
    topN,
  );
  const topMethods = topByCount(
    methods.values(),
    (acc) => acc.attempts,
    (acc) => acc.methodId,
    topN,
  );

  return {
    asOf: now.toISOString(),
    dealIds: table.ids,
    filters,
    totals: {
      deals,
      open,
      closed,
      won,
      lost,
      noDeal,
      walkedAway,
      winRate: overall,
      objections: objectionCount,
      signalObservations,
      closingAttempts: attemptCount,
      isSmallSample: deals < SMALL_SAMPLE_N,
    },
    choices: { tags: choiceList(tagCounts), currencies: choiceList(currencyCounts) },
    objectionsByType: OBJECTION_TYPES.map((type, i) => ({ type, ...resultBar(byType[i] ?? newResults()) })),
    objectionsByNature: OBJECTION_NATURES.map((nature, i) => ({ nature, ...resultBar(byNature[i] ?? newResults()) })),
    topObjections: {
      others: topObjections.others,
      items: topObjections.items.map((acc) => ({
        key: acc.key,
        cardId: acc.cardId,
        text: acc.text,
        type: acc.type,
        count: acc.count,
        resolution: toRate(acc.resolved, acc.count),
        ...refsOf(acc),
      })),
    },
    techniques: {
      others: topTechniques.others,
      objectionsWithoutTechnique: withoutTechnique,
      items: topTechniques.items.map((acc) => ({
        techniqueId: acc.techniqueId,
        uses: acc.count,
        resolved: acc.resolved,
        partly: acc.partly,
        unresolved: acc.unresolved,
        resolution: toRate(acc.resolved, acc.count),
        score: ratioOrNull(acc.resolved + acc.partly / 2, acc.count),
        ...refsOf(acc),
      })),
    },
    winRateByObjectionType: {
      overall,
      items: OBJECTION_TYPES.map((type, i) => {
        const acc = raisedWhenClosed[i] ?? newCount();
        return {
          type,
          whenRaised: toRate(acc.won, acc.n),
          whenNotRaised: toRate(won - acc.won, closed - acc.n),
          ...refsOf(acc),
        };
      }),
    },
    signals: {
      others: topSignals.others,
      items: topSignals.items.map((acc) => {
        const whenObserved = toRate(acc.won, acc.closed);
        const whenNotObserved = toRate(won - acc.won, closed - acc.closed);
        const notWonShare = closed > acc.closed ? (won - acc.won) / (closed - acc.closed) : 0;
        return {
          key: acc.key,
          signalId: acc.signalId,
          text: acc.text,
          observations: acc.observations,
          whenObserved,
          whenNotObserved,
          lift: acc.closed > 0 && notWonShare > 0 ? round4(acc.won / acc.closed / notWonShare) : null,
          ...refsOf(acc),
        };
      }),
    },
    closingMethods: {
      others: topMethods.others,
      items: topMethods.items.map((acc) => ({
        methodId: acc.methodId,
        attempts: acc.attempts,
        accepted: acc.accepted,
        declined: acc.declined,
        deferred: acc.deferred,
        success: toRate(acc.accepted, acc.attempts),
        ...refsOf(acc),
      })),
    },
    priceRealisation: {
      n: ratios.length,
      isSmallSample: ratios.length < SMALL_SAMPLE_N,
      avgRatio: ratioOrNull(ratioSum, ratios.length),
      medianRatio: median === null ? null : round4(median),
      atOrBetterThanTarget: atOrBetter,
      avgPosition: ratioOrNull(positionSum, positionN),
      positionN,
      beyondWalkAway: { count: beyond.count, n: beyond.n, ...refsOf(beyond) },
      buckets: REALISATION_BUCKETS.map((bucket, i) => ({
        key: bucket.key,
        from: bucket.from,
        to: bucket.to,
        count: buckets[i]?.count ?? 0,
        ...refsOf(buckets[i] ?? newCount()),
      })),
    },
    trends: { granularity, points: trendPoints, isTruncated },
  };
}

function resultBar(acc: ResultAcc): DealRefs & ResultCounts & { count: number; isSmallSample: boolean } {
  return {
    count: acc.count,
    resolved: acc.resolved,
    partly: acc.partly,
    unresolved: acc.unresolved,
    isSmallSample: acc.count < SMALL_SAMPLE_N,
    ...refsOf(acc),
  };
}
