// Deals: list, create, edit, duplicate, delete and restore.
import type { Deal, DealDraft } from '@shared/domain/deal';
import { applyDraft, createDeal, duplicateDeal } from '@shared/domain/deal-factory';
import {
  queryDeals,
  summariseDeal,
  type DealListPage,
  type DealQuery,
  type DealSummary,
} from '@shared/domain/deal-list';
import type { ServiceContext } from './context';
import { notFound, ServiceError } from './service-error';

export function createDealsService({ store, now, newId }: ServiceContext) {
  const requireDeal = (id: string): Deal => {
    const deal = store.deals.get(id);
    if (!deal) throw notFound('deal', id);
    return deal;
  };

  const save = async (deal: Deal): Promise<Deal> => {
    await store.deals.save(deal);
    return deal;
  };

  // A saved deal is a new object, so summaries keyed by the object never go stale; this keeps the
  // readiness score (a full worksheet check) off the path of every search keystroke.
  const summaries = new WeakMap<Deal, DealSummary>();
  const summaryOf = (deal: Deal): DealSummary => {
    let summary = summaries.get(deal);
    if (!summary) summaries.set(deal, (summary = summariseDeal(deal)));
    return summary;
  };

  return {
    requireDeal,
    save,
    list: (query: DealQuery): DealListPage => queryDeals(store.deals.all().map(summaryOf), query),
    get: (id: string): Deal => requireDeal(id),
    create: (draft: DealDraft): Promise<Deal> => save(createDeal(draft, newId(), now())),
    update: (id: string, draft: DealDraft): Promise<Deal> => save(applyDraft(requireDeal(id), draft, now())),
    duplicate: (id: string, title: string): Promise<Deal> =>
      save(duplicateDeal(requireDeal(id), newId(), title, now())),
    remove: async (id: string): Promise<Deal> => {
      const deal = requireDeal(id);
      await store.deals.remove(id);
      return deal;
    },
    restore: (deal: Deal): Promise<Deal> => {
      if (store.deals.has(deal.id)) throw new ServiceError('conflict', `A deal with id ${deal.id} already exists.`);
      return save(deal);
    },
  };
}

export type DealsService = ReturnType<typeof createDealsService>;
