// The full list of deals behind one History bar, for click-through beyond the ids the summary carries.
import type { ObjectionNature, ObjectionType } from '../../playbook/types';
import type { ComplaintCategory, ComplaintChannel } from '../complaints/complaint';
import {
  afterComplaintGroupOf,
  clientComplaintHistory,
  resolveBucketOf,
  type AfterComplaintGroup,
  type ClientComplaintHistory,
  type ResolveTimeBucketKey,
} from './complaint-stats';
import type { DealFacts } from './deal-facts';
import { matchesFilters, normaliseFilters, type HistoryFilters } from './history-filters';
import { periodOf, realisationOf, REALISATION_BUCKETS, type RealisationBucketKey } from './history-stats';

/** Names one bar of one History chart; the same membership rules as `computeHistoryStats`. */
export type BarSelection =
  | { chart: 'objection-type'; type: ObjectionType }
  | { chart: 'objection-nature'; nature: ObjectionNature }
  | { chart: 'top-objection'; key: string }
  | { chart: 'technique'; techniqueId: string }
  /** Closed deals in which the type was raised. */
  | { chart: 'win-rate-by-objection-type'; type: ObjectionType }
  | { chart: 'signal'; key: string }
  | { chart: 'closing-method'; methodId: string }
  | { chart: 'realisation-bucket'; key: RealisationBucketKey }
  | { chart: 'beyond-walk-away' }
  /** Closed deals whose close date falls in the period (granularity from the filters). */
  | { chart: 'trend-period'; period: string }
  | { chart: 'complaint-category'; category: ComplaintCategory }
  | { chart: 'complaint-channel'; channel: ComplaintChannel }
  /** Deals with a complaint received in the period. */
  | { chart: 'complaint-period'; period: string }
  | { chart: 'complaint-resolve-time'; key: ResolveTimeBucketKey }
  /** Deals of one client (by `clientKey`) with a complaint. */
  | { chart: 'repeat-client'; client: string }
  | { chart: 'after-complaint'; group: AfterComplaintGroup };

export type SelectedDeals = { dealCount: number; dealIds: string[] };

function isInBar(
  deal: DealFacts,
  selection: BarSelection,
  filters: HistoryFilters,
  complaintHistory: () => ClientComplaintHistory,
): boolean {
  switch (selection.chart) {
    case 'objection-type':
      return deal.objections.some((objection) => objection.type === selection.type);
    case 'objection-nature':
      return deal.objections.some((objection) => objection.nature === selection.nature);
    case 'top-objection':
      return deal.objections.some((objection) => objection.key === selection.key);
    case 'technique':
      return deal.objections.some((objection) => objection.techniqueIds.includes(selection.techniqueId));
    case 'win-rate-by-objection-type':
      return deal.outcome !== 'open' && deal.objections.some((objection) => objection.type === selection.type);
    case 'signal':
      return deal.signals.some((signal) => signal.key === selection.key);
    case 'closing-method':
      return deal.closingAttempts.some((attempt) => attempt.methodId === selection.methodId);
    case 'realisation-bucket': {
      const realisation = deal.outcome === 'won' ? realisationOf(deal) : null;
      return realisation !== null && REALISATION_BUCKETS[realisation.bucket]?.key === selection.key;
    }
    case 'beyond-walk-away':
      return deal.outcome === 'won' && realisationOf(deal)?.isBeyondWalkAway === true;
    case 'trend-period':
      return (
        deal.outcome !== 'open' &&
        deal.closedOn !== null &&
        periodOf(deal.closedOn, filters.granularity) === selection.period
      );
    case 'complaint-category':
      return deal.complaints.some((complaint) => complaint.category === selection.category);
    case 'complaint-channel':
      return deal.complaints.some((complaint) => complaint.channel === selection.channel);
    case 'complaint-period':
      return deal.complaints.some(
        (complaint) => periodOf(complaint.receivedOn, filters.granularity) === selection.period,
      );
    case 'complaint-resolve-time':
      return deal.complaints.some(
        (complaint) => complaint.days !== null && resolveBucketOf(complaint.days) === selection.key,
      );
    case 'repeat-client':
      return deal.client === selection.client && deal.complaints.length > 0;
    case 'after-complaint':
      return afterComplaintGroupOf(deal, complaintHistory()) === selection.group;
  }
}

/** Deals (most recent first, up to `limit`) behind one bar under the given filters, and their total. */
export function selectDealIds(
  facts: readonly DealFacts[],
  filterInput: Partial<HistoryFilters> | undefined,
  selection: BarSelection,
  limit = 1000,
): SelectedDeals {
  const filters = normaliseFilters(filterInput);
  const matching: DealFacts[] = [];
  let history: ClientComplaintHistory | null = null;
  const complaintHistory = (): ClientComplaintHistory => (history ??= clientComplaintHistory(facts));
  for (const deal of facts) {
    if (matchesFilters(deal, filters) && isInBar(deal, selection, filters, complaintHistory)) matching.push(deal);
  }
  // Stable sort: equal dates keep the caller's order, as in computeHistoryStats.
  matching.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { dealCount: matching.length, dealIds: matching.slice(0, Math.max(0, limit)).map((deal) => deal.id) };
}
