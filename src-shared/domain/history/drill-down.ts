// What stands behind one History bar: each deal's meetings and the logged items that put them there.
import type { Complaint } from '../complaints/complaint';
import { daysToResolve } from '../complaints/complaint-status';
import type { Deal } from '../deal';
import { resolveBucketOf } from '../stats/complaint-stats';
import type { TrendGranularity } from '../stats/history-filters';
import { periodOf } from '../stats/history-stats';
import type { Meeting } from '../meeting-types';
import { normaliseStatText } from '../stats/deal-facts';
import type { BarSelection } from '../stats/select-deals';
import type { DrillComplaint, DrillDeal, DrillItem, DrillMeeting } from './records';

const objectionKey = (cardId: string | null, text: string): string =>
  cardId !== null ? `card:${cardId}` : `text:${normaliseStatText(text)}`;

const signalKey = (signalId: string | null, text: string): string =>
  signalId !== null ? `signal:${signalId}` : `text:${normaliseStatText(text)}`;

/** The items of one meeting that match the bar; bars about whole deals (prices, trends) match none. */
export function meetingItemsFor(meeting: Meeting, selection: BarSelection): DrillItem[] {
  const objections = (matches: (objection: Meeting['objections'][number]) => boolean): DrillItem[] =>
    meeting.objections.filter(matches).map(({ text, cardId, type, result }) => ({
      kind: 'objection',
      text,
      cardId,
      type,
      result,
    }));
  switch (selection.chart) {
    case 'objection-type':
    case 'win-rate-by-objection-type':
      return objections((objection) => objection.type === selection.type);
    case 'objection-nature':
      return objections((objection) => objection.nature === selection.nature);
    case 'top-objection':
      return objections((objection) => objectionKey(objection.cardId, objection.text) === selection.key);
    case 'technique':
      return objections((objection) => objection.techniqueIds.includes(selection.techniqueId));
    case 'signal':
      return meeting.signals
        .filter((signal) => signalKey(signal.signalId, signal.text) === selection.key)
        .map(({ text, signalId }) => ({ kind: 'signal', text, signalId }));
    case 'closing-method':
      return meeting.closingAttempts
        .filter((attempt) => attempt.methodId === selection.methodId)
        .map(({ methodId, result }) => ({ kind: 'attempt', methodId, result }));
    case 'realisation-bucket':
    case 'beyond-walk-away':
    case 'trend-period':
    case 'complaint-category':
    case 'complaint-channel':
    case 'complaint-period':
    case 'complaint-resolve-time':
    case 'repeat-client':
    case 'after-complaint':
      return [];
  }
}

/** The deal's complaints that put it behind a complaint bar; every complaint for a client's bar, none for others. */
export function complaintsFor(deal: Deal, selection: BarSelection, granularity: TrendGranularity): DrillComplaint[] {
  const matches = (complaint: Complaint): boolean => {
    switch (selection.chart) {
      case 'complaint-category':
        return complaint.category === selection.category;
      case 'complaint-channel':
        return complaint.channel === selection.channel;
      case 'complaint-period':
        return periodOf(complaint.receivedOn, granularity) === selection.period;
      case 'complaint-resolve-time': {
        const days = daysToResolve(complaint);
        return days !== null && resolveBucketOf(days) === selection.key;
      }
      case 'repeat-client':
        return true;
      default:
        return false;
    }
  };
  return deal.complaints
    .filter(matches)
    .map(({ id, receivedOn, category, channel, summary, resolvedOn, satisfaction }) => ({
      id,
      receivedOn,
      category,
      channel,
      summary,
      resolvedOn,
      satisfaction,
    }));
}

/** A deal as the drill-down panel lists it: its matching meetings newest first, at most `maxMeetings`. */
export function drillDealOf(
  deal: Deal,
  date: string,
  selection: BarSelection,
  granularity: TrendGranularity,
  maxMeetings = 5,
): DrillDeal {
  const meetings: DrillMeeting[] = [];
  const newestFirst = [...deal.meetings].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  for (const meeting of newestFirst) {
    if (meetings.length >= maxMeetings) break;
    const items = meetingItemsFor(meeting, selection);
    if (items.length > 0) meetings.push({ id: meeting.id, date: meeting.date, items });
  }
  return {
    id: deal.id,
    title: deal.title,
    counterpartOrg: deal.counterpartOrg,
    stage: deal.stage,
    outcome: deal.outcome,
    date,
    currency: deal.currency,
    value: deal.value,
    finalPrice: deal.review.finalPrice,
    isSample: deal.isSample,
    meetings,
    complaints: complaintsFor(deal, selection, granularity),
  };
}
