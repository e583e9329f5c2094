// The debrief form's data: a blank meeting, fresh item ids, recent-first ordering and the checks before saving.
import type { MeetingDraft } from '@shared/domain/history/records';
import type { Meeting } from '@shared/domain/meeting-types';

/** Ids for the items of a meeting; unique within the deal, which is all they need to be. */
export function newItemId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (byte) => byte.toString(36).padStart(2, '0')).join('');
}

/** A concession while it is being typed: the amount may still be empty. */
export type DraftConcession = { id: string; amount: number | null; received: string };

/** What the debrief form edits; `toDraft` turns it into what is saved. */
export type MeetingForm = Omit<MeetingDraft, 'concessions'> & { concessions: DraftConcession[] };

export const formOf = (meeting: Meeting): MeetingForm => structuredClone(meeting);

/** `ids` with those in `first` moved to the front, in `first`'s order; nothing added or lost. */
export function recentFirst(ids: readonly string[], first: readonly string[]): string[] {
  const known = new Set(ids);
  const front = first.filter((id) => known.has(id));
  const frontSet = new Set(front);
  return [...front, ...ids.filter((id) => !frontSet.has(id))];
}

export type MeetingErrors = {
  date?: true;
  /** Item ids whose required value is missing. */
  objections: string[];
  concessions: string[];
};

export function checkMeeting(form: MeetingForm): MeetingErrors {
  return {
    ...(/^\d{4}-\d{2}-\d{2}$/.test(form.date) ? {} : { date: true as const }),
    objections: form.objections.filter((objection) => objection.text.trim() === '').map((objection) => objection.id),
    concessions: form.concessions.filter((concession) => concession.amount === null).map((concession) => concession.id),
  };
}

export const hasErrors = (errors: MeetingErrors): boolean =>
  errors.date === true || errors.objections.length > 0 || errors.concessions.length > 0;

/** The meeting to save, trimmed; null while the form has errors. */
export function toDraft(form: MeetingForm): MeetingDraft | null {
  if (hasErrors(checkMeeting(form))) return null;
  return {
    ...form,
    attendees: form.attendees.trim(),
    notes: form.notes.trim(),
    objections: form.objections.map((objection) => ({ ...objection, text: objection.text.trim() })),
    concessions: form.concessions.map(({ id, amount, received }) => ({
      id,
      amount: amount ?? 0,
      received: received.trim(),
    })),
  };
}
