// Complaints: logged on a deal, handled step by step with the clock's time on each step, and the overdue follow-ups.
import type { Complaint } from '@shared/domain/complaints/complaint';
import {
  ComplaintNotHandledError,
  localDateOf,
  overdueSummary,
  reopenComplaint,
  resolveComplaint,
  tickStep,
  type OverdueSummary,
} from '@shared/domain/complaints/complaint-status';
import type {
  ComplaintRef,
  ComplaintResolveInput,
  ComplaintSaveInput,
  ComplaintStepInput,
} from '@shared/domain/complaints/records';
import type { Deal } from '@shared/domain/deal';
import type { ServiceContext } from './context';
import type { DealsService } from './deals-service';
import { notFound, ServiceError } from './service-error';

/** The deal schema's limit on complaints per deal. */
const MAX_COMPLAINTS = 1000;

export function createComplaintsService({ store, now, newId }: ServiceContext, deals: DealsService) {
  const saveWith = (deal: Deal, complaints: Complaint[]): Promise<Deal> =>
    deals.save({ ...deal, complaints, updatedAt: now().toISOString() });

  const change = async (ref: ComplaintRef, edit: (complaint: Complaint) => Complaint): Promise<Deal> => {
    const deal = deals.requireDeal(ref.dealId);
    if (!deal.complaints.some((complaint) => complaint.id === ref.complaintId))
      throw notFound('complaint', ref.complaintId);
    return saveWith(
      deal,
      deal.complaints.map((complaint) => (complaint.id === ref.complaintId ? edit(complaint) : complaint)),
    );
  };

  return {
    /** Adds a complaint (id null) or changes one's details; its ticked steps and resolution are kept. */
    save: async ({ dealId, complaint: draft }: ComplaintSaveInput): Promise<Deal> => {
      const deal = deals.requireDeal(dealId);
      if (draft.dueOn !== null && draft.dueOn < draft.receivedOn)
        throw new ServiceError('invalid-input', 'The follow-up cannot be due before the complaint was received.');
      if (draft.id === null) {
        if (deal.complaints.length >= MAX_COMPLAINTS)
          throw new ServiceError('invalid-input', `A deal holds at most ${MAX_COMPLAINTS} complaints.`);
        const complaint: Complaint = { ...draft, id: newId(), steps: [], resolvedOn: null, satisfaction: null };
        return saveWith(deal, [...deal.complaints, complaint]);
      }
      return change({ dealId, complaintId: draft.id }, (complaint) => ({ ...complaint, ...draft, id: complaint.id }));
    },

    remove: async ({ dealId, complaintId }: ComplaintRef): Promise<Deal> => {
      const deal = deals.requireDeal(dealId);
      if (!deal.complaints.some((complaint) => complaint.id === complaintId)) throw notFound('complaint', complaintId);
      return saveWith(
        deal,
        deal.complaints.filter((complaint) => complaint.id !== complaintId),
      );
    },

    /** Ticks a handling step with the current time (or unticks it, which reopens a closed case). */
    tickStep: ({ step, isDone, ...ref }: ComplaintStepInput): Promise<Deal> =>
      change(ref, (complaint) => tickStep(complaint, step, isDone, now())),

    resolve: ({ satisfaction, ...ref }: ComplaintResolveInput): Promise<Deal> =>
      change(ref, (complaint) => {
        try {
          return resolveComplaint(complaint, satisfaction, now());
        } catch (error) {
          if (error instanceof ComplaintNotHandledError)
            throw new ServiceError('invalid-input', `Tick every handling step first (${error.message}).`);
          throw error;
        }
      }),

    reopen: (ref: ComplaintRef): Promise<Deal> => change(ref, reopenComplaint),

    /** Follow-ups past their due date, today being the clock's local date. */
    overdue: (): OverdueSummary => overdueSummary(store.deals.all(), localDateOf(now())),
  };
}

export type ComplaintsService = ReturnType<typeof createComplaintsService>;
