// The deals list: compact summaries, and the search / filter / sort applied to them.
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
};

export const defaultDealQuery = (): DealQuery => ({
  search: '',
  stage: null,
  outcome: null,
  style: null,
  tag: null,
  sort: 'updated',
});

export type DealListPage = {
  deals: DealSummary[];
  /** Matches before `limit` cut the page. */
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

const matchesSearch = (deal: DealSummary, terms: string[]): boolean => {
  const haystack = `${deal.title}\n${deal.counterpartOrg}\n${deal.tags.join('\n')}`.toLowerCase();
  return terms.every((term) => haystack.includes(term));
};

const compareBy: Record<DealSort, (a: DealSummary, b: DealSummary) => number> = {
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
  title: (a, b) => a.title.localeCompare(b.title),
  value: (a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity),
  // Soonest meeting first; deals without one last.
  meeting: (a, b) => (a.meetingDate ?? '9999').localeCompare(b.meetingDate ?? '9999'),
};

export function queryDeals(deals: readonly DealSummary[], query: DealQuery, limit = 500): DealListPage {
  const terms = query.search.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = deals.filter(
    (deal) =>
      (query.stage === null || deal.stage === query.stage) &&
      (query.outcome === null || deal.outcome === query.outcome) &&
      (query.style === null || deal.counterpartStyle === query.style) &&
      (query.tag === null || deal.tags.includes(query.tag)) &&
      matchesSearch(deal, terms),
  );
  matches.sort(compareBy[query.sort]);
  const tags = [...new Set(deals.flatMap((deal) => deal.tags))].sort((a, b) => a.localeCompare(b));
  return { deals: matches.slice(0, limit), total: matches.length, stored: deals.length, tags };
}
