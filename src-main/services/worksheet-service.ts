// The ICON worksheet: saving it into its deal's file, and precedent suggestions from the other deals.
import type { Worksheet } from '@shared/domain/worksheet-types';
import { suggestPrecedents, toPrecedentSource, type PrecedentSuggestion } from '@shared/domain/worksheet';
import type { WorksheetSaved } from '@shared/ipc/contract';
import type { ServiceContext } from './context';
import type { DealsService } from './deals-service';

export function createWorksheetService({ store, now }: ServiceContext, deals: DealsService) {
  return {
    /** Rewrites the one deal file; a burst of saves is coalesced by the store into at most two writes. */
    save: async (dealId: string, worksheet: Worksheet): Promise<WorksheetSaved> => {
      const updatedAt = now().toISOString();
      await deals.save({ ...deals.requireDeal(dealId), worksheet, updatedAt });
      return { dealId, updatedAt };
    },
    precedents: (dealId: string): PrecedentSuggestion[] => {
      const deal = deals.requireDeal(dealId);
      const others = store.deals.all().filter((other) => other.id !== dealId && other.outcome !== 'open');
      return suggestPrecedents(deal, others.map(toPrecedentSource), now());
    },
  };
}

export type WorksheetService = ReturnType<typeof createWorksheetService>;
