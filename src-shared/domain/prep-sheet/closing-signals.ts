// Which closing signals a prep sheet points out: the ones seen with this deal before, then those its people tend to show.
import { findClosingSignal, type ClosingSignal } from '../../playbook';
import type { CounterpartStyle, Deal } from '../deal';

/** The signals each style tends to give, most telling first. */
export const SIGNALS_BY_STYLE: Record<CounterpartStyle, readonly string[]> = {
  analytical: ['asks-details-calculates', 'puzzled-look', 'pins-down-price-terms'],
  driver: ['sudden-direct-gaze', 'pins-down-price-terms', 'leans-back-relaxes'],
  expressive: ['excited-nodding', 'talker-gets-specific', 'expression-change'],
  amiable: ['moves-closer', 'nervous-gestures', 'quiet-one-asks-payment'],
};

/** With several people across the table, watch how they look at each other. */
const GROUP_SIGNAL = 'buyers-exchange-glances';

/**
 * Signals already observed in this deal's meetings come first (this counterpart shows them), then the
 * signals typical of the counterpart's and the attendees' styles. Without either there is nothing
 * deal-specific to point out, and the list is empty.
 */
export function pickClosingSignals(deal: Deal, limit: number): ClosingSignal[] {
  const observed = deal.meetings.flatMap((meeting) =>
    meeting.signals.flatMap((signal) => (signal.signalId === null ? [] : [signal.signalId])),
  );
  const styles = [deal.counterpartStyle, ...deal.contacts.map((contact) => contact.style)].filter(
    (style): style is CounterpartStyle => style !== null,
  );
  // Round-robin across styles so a mixed table gets a signal from each kind of person.
  const byStyle = [...new Set(styles)].map((style) => SIGNALS_BY_STYLE[style]);
  const typical: string[] = [];
  for (let rank = 0; rank < 3; rank += 1) {
    for (const ids of byStyle) {
      const id = ids[rank];
      if (id !== undefined) typical.push(id);
    }
  }
  const group = deal.contacts.length >= 2 && typical.length > 0 ? [GROUP_SIGNAL] : [];
  const ids = [...new Set([...observed, ...typical.slice(0, 1), ...group, ...typical.slice(1)])];
  return ids
    .map((id) => findClosingSignal(id))
    .filter((signal): signal is ClosingSignal => signal !== undefined)
    .slice(0, limit);
}
