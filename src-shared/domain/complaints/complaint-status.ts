// Where a complaint stands: its ticked steps, whether it can be closed, whether its follow-up is overdue.
import type { Deal } from '../deal';
import { COMPLAINT_STEPS, SATISFIED_FROM, type Complaint, type ComplaintStep, type Satisfaction } from './complaint';

/** The local calendar date (yyyy-mm-dd) of a moment: due dates are days on the user's calendar. */
export function localDateOf(now: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const stepDoneAt = (complaint: Complaint, step: ComplaintStep): string | null =>
  complaint.steps.find((done) => done.step === step)?.doneAt ?? null;

/** Ticks or unticks one step; a ticked step keeps the time it was first ticked. Steps stay in method order. */
export function tickStep(complaint: Complaint, step: ComplaintStep, isDone: boolean, now: Date): Complaint {
  const others = complaint.steps.filter((done) => done.step !== step);
  const existing = complaint.steps.find((done) => done.step === step);
  const steps = isDone ? [...others, existing ?? { step, doneAt: now.toISOString() }] : others;
  steps.sort((a, b) => COMPLAINT_STEPS.indexOf(a.step) - COMPLAINT_STEPS.indexOf(b.step));
  // Unticking a step reopens a closed case: it is no longer handled to the end.
  return isDone ? { ...complaint, steps } : { ...complaint, steps, resolvedOn: null, satisfaction: null };
}

/** A case is closed only once every step is ticked, the last being the follow-up that confirms the fix. */
export const isFullyHandled = (complaint: Complaint): boolean =>
  COMPLAINT_STEPS.every((step) => stepDoneAt(complaint, step) !== null);

export class ComplaintNotHandledError extends Error {
  constructor(missing: readonly ComplaintStep[]) {
    super(`steps not done yet: ${missing.join(', ')}`);
    this.name = 'ComplaintNotHandledError';
  }
}

export function resolveComplaint(complaint: Complaint, satisfaction: Satisfaction | null, now: Date): Complaint {
  const missing = COMPLAINT_STEPS.filter((step) => stepDoneAt(complaint, step) === null);
  if (missing.length > 0) throw new ComplaintNotHandledError(missing);
  return { ...complaint, resolvedOn: localDateOf(now), satisfaction };
}

export const reopenComplaint = (complaint: Complaint): Complaint => ({
  ...complaint,
  resolvedOn: null,
  satisfaction: null,
});

export const isOverdue = (complaint: Complaint, today: string): boolean =>
  complaint.resolvedOn === null && complaint.dueOn !== null && complaint.dueOn < today;

export const isSatisfied = (satisfaction: Satisfaction | null): boolean =>
  satisfaction !== null && satisfaction >= SATISFIED_FROM;

/** Whole days from receipt to resolution; null while open. */
export function daysToResolve(complaint: Pick<Complaint, 'receivedOn' | 'resolvedOn'>): number | null {
  if (complaint.resolvedOn === null) return null;
  const days = (Date.parse(complaint.resolvedOn) - Date.parse(complaint.receivedOn)) / 86_400_000;
  return Number.isFinite(days) ? Math.max(0, Math.round(days)) : null;
}

/** Client names compare without case, width or spacing differences, so "Huaxin Bank" and "huaxin  bank" are one client. */
export const clientKey = (counterpartOrg: string): string =>
  counterpartOrg.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();

export type OverdueSummary = {
  /** Overdue complaints across all deals. */
  count: number;
  /** Every deal whose client has an overdue complaint (on this deal or another of theirs), with how many. */
  byDeal: Record<string, number>;
};

export function overdueSummary(deals: readonly Deal[], today: string): OverdueSummary {
  const perClient = new Map<string, number>();
  let count = 0;
  for (const deal of deals) {
    const overdue = deal.complaints.filter((complaint) => isOverdue(complaint, today)).length;
    if (overdue === 0) continue;
    count += overdue;
    const key = clientKey(deal.counterpartOrg);
    perClient.set(key, (perClient.get(key) ?? 0) + overdue);
  }
  const byDeal: Record<string, number> = {};
  if (perClient.size === 0) return { count, byDeal };
  for (const deal of deals) {
    const overdue = perClient.get(clientKey(deal.counterpartOrg));
    if (overdue) byDeal[deal.id] = overdue;
  }
  return { count, byDeal };
}
