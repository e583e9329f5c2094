// Writing many deals as one change (imports, sample data, restores): all of it lands, or none of it stays.
import type { Deal } from '@shared/domain/deal';
import type { DealStore } from '../store/deal-store';

/** Enough writes in flight to keep the disk busy, few enough to stay far from the open-file limit. */
const CONCURRENCY = 16;

async function runLimited<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const worker = async (): Promise<void> => {
    while (next < items.length && failures.length === 0) {
      const item = items[next++] as T;
      await task(item).catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  if (failures.length > 0) throw failures[0];
}

/**
 * Saves `deals` and removes `removeIds`. If any write fails, every deal already touched is put back
 * as it was (re-created, restored or removed again) before the error is passed on.
 */
export async function applyDealChanges(
  store: DealStore,
  deals: readonly Deal[],
  removeIds: readonly string[] = [],
): Promise<void> {
  const before = new Map<string, Deal | undefined>();
  for (const deal of deals) before.set(deal.id, store.get(deal.id));
  for (const id of removeIds) before.set(id, store.get(id));
  try {
    await runLimited(deals, (deal) => store.save(deal));
    await runLimited(removeIds, (id) => store.remove(id));
  } catch (error) {
    await runLimited([...before], async ([id, previous]) => {
      if (previous) await store.save(previous);
      else await store.remove(id);
    }).catch(() => undefined);
    throw error;
  }
}
