// zod schemas of a complaint record and of the complaint channels' inputs.
import { z } from 'zod';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STEPS,
  type Complaint,
  type ComplaintDraft,
} from '@shared/domain/complaints/complaint';
import type { ComplaintResolveInput, ComplaintStepInput } from '@shared/domain/complaints/records';
import { id, isoDate, isoDateTime, longText, requiredText, shortText } from './common';

const satisfaction = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

const complaintFields = {
  receivedOn: isoDate,
  channel: z.enum(COMPLAINT_CHANNELS),
  category: z.enum(COMPLAINT_CATEGORIES),
  severity: z.enum(COMPLAINT_SEVERITIES),
  summary: requiredText(2000),
  wants: shortText(2000),
  owner: shortText(120),
  dueOn: isoDate.nullable(),
  notes: longText,
};

export const complaintSchema = z
  .object({
    id,
    ...complaintFields,
    steps: z
      .array(z.object({ step: z.enum(COMPLAINT_STEPS), doneAt: isoDateTime }))
      .max(COMPLAINT_STEPS.length)
      .refine((steps) => new Set(steps.map((done) => done.step)).size === steps.length, 'A step is listed twice.'),
    resolvedOn: isoDate.nullable(),
    satisfaction: satisfaction.nullable(),
  })
  .refine((complaint) => complaint.resolvedOn === null || complaint.resolvedOn >= complaint.receivedOn, {
    path: ['resolvedOn'],
    message: 'Resolved before it was received.',
  }) satisfies z.ZodType<Complaint>;

export const complaintDraftSchema = z.object({
  id: id.nullable(),
  ...complaintFields,
}) satisfies z.ZodType<ComplaintDraft>;

export const complaintSaveSchema = z.object({ dealId: id, complaint: complaintDraftSchema });
export const complaintRefSchema = z.object({ dealId: id, complaintId: id });
export const complaintStepSchema = complaintRefSchema.extend({
  step: z.enum(COMPLAINT_STEPS),
  isDone: z.boolean(),
}) satisfies z.ZodType<ComplaintStepInput>;
export const complaintResolveSchema = complaintRefSchema.extend({
  satisfaction: satisfaction.nullable(),
}) satisfies z.ZodType<ComplaintResolveInput>;
