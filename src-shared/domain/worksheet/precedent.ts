// Suggests past closed deals as precedent: the objective criterion a counterpart finds hardest to dismiss.
import type { Deal, DealOutcome } from '../deal';
import type { Criterion } from '../worksheet-types';
import { finiteOrNull } from './sides';

/** The few fields of a past deal that precedent needs, so the main process can pass summaries. */
export type PrecedentSource = {
  id: string;
  title: string;
  counterpartOrg: string;
  tags: readonly string[];
  currency: string;
  value: number | null;
  outcome: DealOutcome;
  finalPrice: number | null;
  /** ISO date it closed; `toPrecedentSource` falls back to the date of the deal's last update. */
  closedOn: string | null;
};

/** The deal being prepared; a full `Deal` fits. */
export type PrecedentSubject = Pick<PrecedentSource, 'id' | 'counterpartOrg' | 'tags' | 'currency' | 'value'>;

export type PrecedentReason =
  | { kind: 'same-counterpart' }
  | { kind: 'shared-tags'; tags: string[] }
  /** `difference`: |their value − ours| / |ours|, 0..SIMILAR_VALUE_TOLERANCE. */
  | { kind: 'similar-value'; difference: number };

export type PrecedentSuggestion = {
  dealId: string;
  title: string;
  counterpartOrg: string;
  currency: string;
  value: number | null;
  finalPrice: number | null;
  outcome: Exclude<DealOutcome, 'open'>;
  date: string | null;
  /** Whole days between `date` and now (0 for a future date); null without a readable date. */
  ageDays: number | null;
  reasons: PrecedentReason[];
  /** 0–100, see PRECEDENT_POINTS. */
  relevance: number;
};

/**
 * Relevance points: the same counterpart matters most (their own precedent binds them best),
 * each shared tag (industry, product) a little, and a similar value from 10 at the edge of the
 * tolerance to 20 when equal. The maximum is 100.
 */
export const PRECEDENT_POINTS = {
  sameCounterpart: 50,
  perSharedTag: 10,
  maxSharedTags: 3,
  similarValueMin: 10,
  similarValueMax: 20,
} as const;

/** Values within ±30% (relative to the current deal's) count as similar. */
export const SIMILAR_VALUE_TOLERANCE = 0.3;
export const DEFAULT_PRECEDENT_LIMIT = 5;

const DAY_MS = 86_400_000;
// Absorbs float noise so that exactly 30% away still counts as within 30%.
const EPSILON = 1e-9;

/** Case-, width- and whitespace-insensitive, so "ACME  Corp" matches "acme corp" and "ＡＣＭＥ". */
const normalizeName = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

export const toPrecedentSource = (deal: Deal): PrecedentSource => ({
  id: deal.id,
  title: deal.title,
  counterpartOrg: deal.counterpartOrg,
  tags: deal.tags,
  currency: deal.currency,
  value: deal.value,
  outcome: deal.outcome,
  finalPrice: deal.review.finalPrice,
  closedOn: deal.review.closedOn ?? (deal.updatedAt === '' ? null : deal.updatedAt.slice(0, 10)),
});

const matchReasons = (subject: PrecedentSubject, past: PrecedentSource): PrecedentReason[] => {
  const reasons: PrecedentReason[] = [];
  const org = normalizeName(subject.counterpartOrg);
  if (org !== '' && org === normalizeName(past.counterpartOrg)) reasons.push({ kind: 'same-counterpart' });

  const pastTags = new Set(past.tags.map(normalizeName).filter((t) => t !== ''));
  const seen = new Set<string>();
  const shared = subject.tags.filter((tag) => {
    const key = normalizeName(tag);
    if (key === '' || seen.has(key) || !pastTags.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (shared.length > 0) reasons.push({ kind: 'shared-tags', tags: shared });

  // Amounts in different currencies are not comparable without a rate we do not have.
  const ours = finiteOrNull(subject.value);
  const theirs = finiteOrNull(past.value) ?? finiteOrNull(past.finalPrice);
  const sameCurrency =
    normalizeName(subject.currency) === normalizeName(past.currency) && subject.currency.trim() !== '';
  if (sameCurrency && ours !== null && ours !== 0 && theirs !== null) {
    const difference = Math.abs(theirs - ours) / Math.abs(ours);
    if (difference <= SIMILAR_VALUE_TOLERANCE + EPSILON) {
      reasons.push({ kind: 'similar-value', difference: Math.min(difference, SIMILAR_VALUE_TOLERANCE) });
    }
  }
  return reasons;
};

const relevanceOf = (reasons: readonly PrecedentReason[]): number => {
  const p = PRECEDENT_POINTS;
  const points = reasons.reduce((sum, reason) => {
    switch (reason.kind) {
      case 'same-counterpart':
        return sum + p.sameCounterpart;
      case 'shared-tags':
        return sum + p.perSharedTag * Math.min(reason.tags.length, p.maxSharedTags);
      case 'similar-value':
        return (
          sum +
          p.similarValueMin +
          (p.similarValueMax - p.similarValueMin) * (1 - reason.difference / SIMILAR_VALUE_TOLERANCE)
        );
    }
  }, 0);
  return Math.round(points);
};

const timeOf = (date: string | null): number | null => {
  if (date === null) return null;
  const time = Date.parse(date);
  return Number.isNaN(time) ? null : time;
};

/**
 * Past closed deals (any outcome but `open`, never the deal itself) that share the counterpart,
 * a tag or a similar value; most relevant first, then most recent, then by id for a stable order.
 */
export const suggestPrecedents = (
  deal: PrecedentSubject,
  pastDeals: readonly PrecedentSource[],
  now: Date,
  limit: number = DEFAULT_PRECEDENT_LIMIT,
): PrecedentSuggestion[] => {
  const nowMs = now.getTime();
  const candidates: { suggestion: PrecedentSuggestion; time: number | null }[] = [];
  for (const past of pastDeals) {
    if (past.id === deal.id || past.outcome === 'open') continue;
    const reasons = matchReasons(deal, past);
    if (reasons.length === 0) continue;
    const time = timeOf(past.closedOn);
    candidates.push({
      time,
      suggestion: {
        dealId: past.id,
        title: past.title,
        counterpartOrg: past.counterpartOrg,
        currency: past.currency,
        value: finiteOrNull(past.value),
        finalPrice: finiteOrNull(past.finalPrice),
        outcome: past.outcome,
        date: past.closedOn,
        ageDays: time === null || Number.isNaN(nowMs) ? null : Math.max(0, Math.floor((nowMs - time) / DAY_MS)),
        reasons,
        relevance: relevanceOf(reasons),
      },
    });
  }
  candidates.sort(
    (a, b) =>
      b.suggestion.relevance - a.suggestion.relevance ||
      (b.time ?? -Infinity) - (a.time ?? -Infinity) ||
      (a.suggestion.dealId < b.suggestion.dealId ? -1 : a.suggestion.dealId > b.suggestion.dealId ? 1 : 0),
  );
  return candidates.slice(0, Math.max(0, Math.floor(limit))).map((c) => c.suggestion);
};

/**
 * A precedent criterion pointing back at the past deal. The default wording has no words to
 * translate (title, price, currency, date); pass `standard` to word it in the UI's language.
 */
export const precedentToCriterion = (suggestion: PrecedentSuggestion, id: string, standard?: string): Criterion => {
  // The final price is the precedent; the deal's quoted value is not what was agreed.
  const price = suggestion.finalPrice;
  const amount = price === null ? '' : `: ${price} ${suggestion.currency}`.trimEnd();
  const date = suggestion.date === null ? '' : ` (${suggestion.date})`;
  return {
    id,
    kind: 'precedent',
    standard: standard ?? `${suggestion.title}${amount}${date}`,
    source: suggestion.counterpartOrg.trim() === '' ? suggestion.title : suggestion.counterpartOrg.trim(),
    favours: 'neutral',
    precedentDealId: suggestion.dealId,
  };
};
