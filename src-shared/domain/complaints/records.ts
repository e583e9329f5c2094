// What the complaint channels exchange between the screens and the backend.
import type { ComplaintDraft, ComplaintStep, Satisfaction } from './complaint';

export type ComplaintRef = { dealId: string; complaintId: string };
export type ComplaintSaveInput = { dealId: string; complaint: ComplaintDraft };
export type ComplaintStepInput = ComplaintRef & { step: ComplaintStep; isDone: boolean };
export type ComplaintResolveInput = ComplaintRef & { satisfaction: Satisfaction | null };
