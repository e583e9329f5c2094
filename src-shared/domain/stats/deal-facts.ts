// The compact per-deal projection History statistics run on, so the main process can cache it per deal.
import type { CounterpartStyle, Deal, DealOutcome, NegotiationSide } from '../deal';
import type { ClosingAttemptResult, ObjectionResult } from '../meeting-types';
import type { ObjectionNature, ObjectionType } from '../../playbook/types';
import type { ComplaintCategory, ComplaintChannel } from '../complaints/complaint';
import { clientKey, daysToResolve, isSatisfied } from '../complaints/complaint-status';
import { resolveNumbers } from '../worksheet/numbers';

export type ObjectionFact = {
  /** `card:<cardId>` for playbook objections, `text:<normalised text>` for typed ones. */
  key: string;
  cardId: string | null;
  text: string;
  type: ObjectionType;
  nature: ObjectionNature;
  techniqueIds: readonly string[];
  result: ObjectionResult;
};

export type SignalFact = {
  /** `signal:<signalId>` for playbook signals, `text:<normalised text>` for custom ones. */
  key: string;
  signalId: string | null;
  text: string;
  /** How many times it was observed in this deal (a deal counts once for win rates). */
  count: number;
};

export type ClosingAttemptFact = { methodId: string; result: ClosingAttemptResult };

export type ComplaintFact = {
  category: ComplaintCategory;
  channel: ComplaintChannel;
  receivedOn: string;
  resolvedOn: string | null;
  /** Days from receipt to resolution; null while open. */
  days: number | null;
  isSatisfied: boolean;
};

export type DealFacts = {
  id: string;
  /** The counterpart organisation, folded so one client's deals group together (see `clientKey`). */
  client: string;
  /** The organisation as typed, for display. */
  clientName: string;
  /** The date that places the deal in a period: close date, else last meeting, else opened, else created (yyyy-mm-dd). */
  date: string;
  closedOn: string | null;
  outcome: DealOutcome;
  style: CounterpartStyle | null;
  tags: readonly string[];
  currency: string;
  value: number | null;
  side: NegotiationSide;
  target: number | null;
  walkAway: number | null;
  finalPrice: number | null;
  isSample: boolean;
  objections: readonly ObjectionFact[];
  signals: readonly SignalFact[];
  closingAttempts: readonly ClosingAttemptFact[];
  complaints: readonly ComplaintFact[];
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TRAILING_PUNCTUATION = /[\s.,;:!?…。，；：！？、'"“”‘’]+$/u;
const LEADING_PUNCTUATION = /^[\s'"“”‘’]+/u;

/** Folds width, case, spacing and trailing punctuation so "Too expensive!" and "too  expensive" group together. */
export function normaliseStatText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(TRAILING_PUNCTUATION, '')
    .replace(LEADING_PUNCTUATION, '');
}

export function toDealFacts(deal: Deal): DealFacts {
  const objections: ObjectionFact[] = [];
  const signals: SignalFact[] = [];
  const closingAttempts: ClosingAttemptFact[] = [];
  let lastMeeting = '';
  for (const meeting of deal.meetings) {
    if (meeting.date > lastMeeting) lastMeeting = meeting.date;
    for (const objection of meeting.objections) {
      objections.push({
        key: objection.cardId !== null ? `card:${objection.cardId}` : `text:${normaliseStatText(objection.text)}`,
        cardId: objection.cardId,
        text: objection.text.trim(),
        type: objection.type,
        nature: objection.nature,
        techniqueIds: [...new Set(objection.techniqueIds)],
        result: objection.result,
      });
    }
    for (const signal of meeting.signals) {
      const key = signal.signalId !== null ? `signal:${signal.signalId}` : `text:${normaliseStatText(signal.text)}`;
      if (key === 'text:') continue;
      const existing = signals.find((entry) => entry.key === key);
      if (existing) existing.count += 1;
      else signals.push({ key, signalId: signal.signalId, text: signal.text.trim(), count: 1 });
    }
    for (const attempt of meeting.closingAttempts) {
      closingAttempts.push({ methodId: attempt.methodId, result: attempt.result });
    }
  }
  const numbers = resolveNumbers(deal.worksheet, deal.side);
  const reviewDate = deal.review.closedOn;
  const closedOn = deal.outcome !== 'open' && reviewDate !== null && ISO_DATE.test(reviewDate) ? reviewDate : null;
  return {
    id: deal.id,
    client: clientKey(deal.counterpartOrg),
    clientName: deal.counterpartOrg,
    date: closedOn ?? (lastMeeting || deal.openedOn || deal.createdAt.slice(0, 10)),
    closedOn,
    outcome: deal.outcome,
    style: deal.counterpartStyle,
    tags: [...deal.tags],
    currency: deal.currency,
    value: deal.value,
    side: deal.side,
    target: numbers.target,
    walkAway: numbers.walkAway,
    finalPrice: deal.review.finalPrice,
    isSample: deal.isSample,
    objections,
    signals,
    closingAttempts,
    complaints: deal.complaints.map((complaint) => ({
      category: complaint.category,
      channel: complaint.channel,
      receivedOn: complaint.receivedOn,
      resolvedOn: complaint.resolvedOn,
      days: daysToResolve(complaint),
      isSatisfied: isSatisfied(complaint.satisfaction),
    })),
  };
}
