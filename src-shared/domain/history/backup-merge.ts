// How a backup's deals and playbook entries meet the ones already here: nothing is overwritten silently.
import type { Deal } from '../deal';
import type { MergeCounts } from './records';

export type DealMergePlan = { counts: MergeCounts; toWrite: Deal[] };

/**
 * Per deal id: a deal only the backup has is added; where both have it, the copy saved last wins
 * (ISO timestamps compare as instants once parsed), and one saved at the same moment is left alone.
 */
export function planDealMerge(local: (id: string) => Deal | undefined, incoming: readonly Deal[]): DealMergePlan {
  const counts: MergeCounts = { added: 0, updated: 0, kept: 0, unchanged: 0 };
  const toWrite: Deal[] = [];
  for (const deal of incoming) {
    const current = local(deal.id);
    if (!current) {
      counts.added += 1;
      toWrite.push(deal);
      continue;
    }
    const difference = Date.parse(deal.updatedAt) - Date.parse(current.updatedAt);
    if (difference > 0) {
      counts.updated += 1;
      toWrite.push(deal);
    } else if (difference < 0) counts.kept += 1;
    else counts.unchanged += 1;
  }
  return { counts, toWrite };
}

/** Entries of the backup whose id this list does not have yet, appended after the existing ones. */
export function withMissingEntries<T extends { id: string }>(
  current: readonly T[],
  incoming: readonly T[],
): { merged: T[]; added: number } {
  const ids = new Set(current.map((entry) => entry.id));
  const missing = incoming.filter((entry) => !ids.has(entry.id));
  return { merged: [...current, ...missing], added: missing.length };
}
