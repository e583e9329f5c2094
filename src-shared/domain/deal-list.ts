// The deals list: compact summaries, and the search / filter / sort applied to them, one page at a time.
import type { CounterpartStyle, Deal, DealOutcome, DealStage } from './deal';
import { assessReadiness } from './worksheet/readiness';

export type DealSummary = {
  id: string;
  title: string;
  counterpartOrg: string;
  counterpartStyle: CounterpartStyle | null;
  currency: string;
  value: number | null;
  stage: DealStage;
  outcome: DealOutcome;
  tags: string[];
  meetingDate: string | null;
  contactCount: number;
  isSample: boolean;
  /** Worksheet readiness, 0–100. */
  readiness: number;
  updatedAt: string;
};

export const DEAL_SORTS = ['updated', 'title', 'value', 'meeting'] as const;
export type DealSort = (typeof DEAL_SORTS)[number];

export type DealQuery = {
  search: string;
  stage: DealStage | null;
  outcome: DealOutcome | null;
  style: CounterpartStyle | null;
  tag: string | null;
  sort: DealSort;
  /** The first match to return (the list asks for the page it scrolls to). */
  offset: number;
  limit: number;
};

/** The most a page may hold: a virtualised list asks for the rows near the screen, never the whole list. */
export const MAX_DEAL_PAGE = 1000;

export const defaultDealQuery = (): DealQuery => ({
  search: '',
  stage: null,
  outcome: null,
  style: null,
  tag: null,
  sort: 'updated',
  offset: 0,
  limit: 500,
});

export type DealListPage = {
  /** The matches from `offset`, at most `limit` of them. */
  deals: DealSummary[];
  offset: number;
  /** Every match. */
  total: number;
  /** All deals stored, to tell "no deals yet" from "nothing matches". */
  stored: number;
  tags: string[];
};

export function summariseDeal(deal: Deal): DealSummary {
  return {
    id: deal.id,
    title: deal.title,
    counterpartOrg: deal.counterpartOrg,
    counterpartStyle: deal.counterpartStyle,
    currency: deal.currency,
    value: deal.value,
    stage: deal.stage,
    outcome: deal.outcome,
    tags: deal.tags,
    meetingDate: deal.meetingDate,
    contactCount: deal.contacts.length,
    isSample: deal.isSample,
    readiness: assessReadiness(deal.worksheet, deal.side).score,
    updatedAt: deal.updatedAt,
  };
}

/** The lower-case text a search looks in, made once per summary (a saved deal gets a new summary). */
const haystacks = new WeakMap<DealSummary, string>();
const haystackOf = (deal: DealSummary): string => {
  let haystack = haystacks.get(deal);
  if (haystack === undefined) {
    haystack = `${deal.title}\n${deal.counterpartOrg}\n${deal.tags.join('\n')}`.toLowerCase();
    haystacks.set(deal, haystack);
  }
  return haystack;
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const compareBy: Record<DealSort, (a: DealSummary, b: DealSummary) => number> = {
  updated: (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0),
  title: (a, b) => collator.compare(a.title, b.title),
  value: (a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity),
  // Soonest meeting first; deals without one last.
  meeting: (a, b) => {
    const left = a.meetingDate ?? '9999';
    const right = b.meetingDate ?? '9999';
    return left < right ? -1 : left > right ? 1 : 0;
  },
};

const isMatch = (deal: DealSummary, query: DealQuery, terms: readonly string[]): boolean =>
  (query.stage === null || deal.stage === query.stage) &&
  (query.outcome === null || deal.outcome === query.outcome) &&
  (query.style === null || deal.counterpartStyle === query.style) &&
  (query.tag === null || deal.tags.includes(query.tag)) &&
  terms.every((term) => haystackOf(deal).includes(term));

/** Filters deals already in the query's order and cuts out the asked-for page. */
function pageOf(sorted: readonly DealSummary[], query: DealQuery, stored: number, tags: string[]): DealListPage {
  const terms = query.search.toLowerCase().split(/\s+/).filter(Boolean);
  const isUnfiltered =
    terms.length === 0 && query.stage === null && query.outcome === null && query.style === null && query.tag === null;
  const end = query.offset + query.limit;
  if (isUnfiltered)
    return { deals: sorted.slice(query.offset, end), offset: query.offset, total: sorted.length, stored, tags };
  const deals: DealSummary[] = [];
  let total = 0;
  for (const deal of sorted) {
    if (!isMatch(deal, query, terms)) continue;
    if (total >= query.offset && total < end) deals.push(deal);
    total++;
  }
  return { deals, offset: query.offset, total, stored, tags };
}

const tagsOf = (deals: readonly DealSummary[]): string[] => {
  const tags = new Set<string>();
  for (const deal of deals) for (const tag of deal.tags) tags.add(tag);
  return [...tags].sort(collator.compare);
};

export function queryDeals(deals: readonly DealSummary[], query: DealQuery): DealListPage {
  return pageOf([...deals].sort(compareBy[query.sort]), query, deals.length, tagsOf(deals));
}

/** Where the summaries come from; `revision` changes whenever any of them does. */
export type DealSummarySource = { revision: () => number; summaries: () => readonly DealSummary[] };

/**
 * Answers queries from summaries kept in each sort order: a keystroke costs one filtering pass, not a sort. The
 * orders and the tag list are made again only after a deal changed.
 */
export function createDealQueryEngine(source: DealSummarySource): (query: DealQuery) => DealListPage {
  let revision = Number.NaN;
  let summaries: readonly DealSummary[] = [];
  let tags: string[] | null = null;
  const orders = new Map<DealSort, DealSummary[]>();
  return (query) => {
    if (source.revision() !== revision) {
      revision = source.revision();
      summaries = source.summaries();
      tags = null;
      orders.clear();
      // Made now, with the orders, so no keystroke pays for them.
      for (const deal of summaries) haystackOf(deal);
    }
    let sorted = orders.get(query.sort);
    if (!sorted) orders.set(query.sort, (sorted = [...summaries].sort(compareBy[query.sort])));
    tags ??= tagsOf(summaries);
    return pageOf(sorted, query, summaries.length, tags);
  };
}
