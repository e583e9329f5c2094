// The per-deal projection History runs on (made by the store once per revision, read from the deal index at start),
// kept in date order one deal at a time as deals are saved and removed.
import type { DealFacts } from '@shared/domain/stats/deal-facts';
import type { DealStore } from '../store/deal-store';

const newestFirst = (a: DealFacts, b: DealFacts): number => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);

export type DealFactsCache = {
  /** Every deal's facts, newest first (the order the statistics expect, so they need not sort). */
  all: () => readonly DealFacts[];
  get: (id: string) => DealFacts | undefined;
  dispose: () => void;
};

/**
 * Built from the store on first use; after that a saved deal costs one projection and a removed one a
 * delete, and the newest-first list is patched in place instead of sorted again.
 */
export function createDealFactsCache(deals: DealStore): DealFactsCache {
  const byId = new Map<string, DealFacts>();
  let isBuilt = false;
  let ordered: DealFacts[] | null = null;

  /** Keeps `ordered` sorted without a full sort: take the old entry out, put the new one where it belongs. */
  const reorder = (previous: DealFacts | undefined, next: DealFacts | undefined): void => {
    if (!ordered) return;
    if (previous) {
      const index = ordered.indexOf(previous);
      if (index >= 0) ordered.splice(index, 1);
    }
    if (next) {
      let low = 0;
      let high = ordered.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (newestFirst(ordered[middle] as DealFacts, next) <= 0) low = middle + 1;
        else high = middle;
      }
      ordered.splice(low, 0, next);
    }
  };

  const unsubscribe = deals.onChange((id) => {
    if (!isBuilt) return;
    const previous = byId.get(id);
    const next = deals.factsOf(id);
    if (next) byId.set(id, next);
    else byId.delete(id);
    reorder(previous, next);
  });

  const build = (): void => {
    if (isBuilt) return;
    for (const facts of deals.facts()) byId.set(facts.id, facts);
    isBuilt = true;
  };

  return {
    all: () => {
      build();
      ordered ??= [...byId.values()].sort(newestFirst);
      return ordered;
    },
    get: (id) => {
      build();
      return byId.get(id);
    },
    dispose: unsubscribe,
  };
}
