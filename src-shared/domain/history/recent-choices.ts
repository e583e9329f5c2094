// The debrief puts what the user picked lately on top: read from the cached facts of their own deals.
import type { DealFacts } from '../stats/deal-facts';
import type { RecentChoices, RecentObjection } from './records';

/**
 * Distinct choices of the user's own deals (sample deals left out), most recent deal first and, within
 * a deal, the last logged first. `facts` must be ordered newest first.
 */
export function recentChoices(facts: readonly DealFacts[], limit = 8): RecentChoices {
  const objections: RecentObjection[] = [];
  const objectionKeys = new Set<string>();
  const techniqueIds = new Set<string>();
  const signalIds = new Set<string>();
  const methodIds = new Set<string>();
  const isFull = (): boolean =>
    objections.length >= limit && techniqueIds.size >= limit && signalIds.size >= limit && methodIds.size >= limit;

  for (const deal of facts) {
    if (deal.isSample) continue;
    for (let i = deal.objections.length - 1; i >= 0; i--) {
      const objection = deal.objections[i];
      if (!objection) continue;
      if (objections.length < limit && !objectionKeys.has(objection.key)) {
        objectionKeys.add(objection.key);
        const { cardId, text, type, nature } = objection;
        objections.push({ cardId, text, type, nature });
      }
      for (const id of objection.techniqueIds) if (techniqueIds.size < limit) techniqueIds.add(id);
    }
    for (const signal of deal.signals) {
      if (signal.signalId !== null && signalIds.size < limit) signalIds.add(signal.signalId);
    }
    for (let i = deal.closingAttempts.length - 1; i >= 0; i--) {
      const methodId = deal.closingAttempts[i]?.methodId;
      if (methodId !== undefined && methodIds.size < limit) methodIds.add(methodId);
    }
    if (isFull()) break;
  }
  return {
    objections,
    techniqueIds: [...techniqueIds],
    signalIds: [...signalIds],
    methodIds: [...methodIds],
  };
}
