// Deals: list, create, edit, duplicate, delete and restore.
import type { Deal, DealDraft } from '@shared/domain/deal';
import { applyDraft, createDeal, duplicateDeal } from '@shared/domain/deal-factory';
import { createDealQueryEngine, type DealListPage, type DealQuery } from '@shared/domain/deal-list';
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

  // Summaries (readiness included) are made by the store once per saved revision of a deal, never per query.
  const query = createDealQueryEngine({
    revision: () => store.deals.revision,
    summaries: () => store.deals.summaries(),
  });

  return {
    requireDeal,
    save,
    list: (input: DealQuery): DealListPage => query(input),
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
