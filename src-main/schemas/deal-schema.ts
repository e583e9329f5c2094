// zod schemas of the deal record, checked against the shared types; used for IPC input, files and imports.
import { z } from 'zod';
import {
  COUNTERPART_STYLES,
  DEAL_OUTCOMES,
  DEAL_STAGES,
  DECISION_ROLES,
  NEGOTIATION_SIDES,
  type Deal,
  type DealDraft,
} from '@shared/domain/deal';
import type { Meeting } from '@shared/domain/meeting-types';
import { CRITERION_KINDS, SPIN_KINDS, type Worksheet } from '@shared/domain/worksheet-types';
import { OBJECTION_NATURES, OBJECTION_TYPES } from '@shared/playbook/types';
import {
  amount,
  currencyCode,
  fileNameId,
  id,
  isoDate,
  isoDateTime,
  longText,
  requiredText,
  shortText,
} from './common';
import { complaintSchema } from './complaint-schema';

const party = z.enum(['ours', 'theirs']);
const nullableAmount = amount.nullable();

export const worksheetSchema = z.object({
  interests: z
    .array(
      z.object({
        id,
        party,
        text: shortText(1000),
        kind: z.enum(['substantive', 'relational']),
        priority: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
        isStated: z.boolean(),
      }),
    )
    .max(200),
  criteria: z
    .array(
      z.object({
        id,
        kind: z.enum(CRITERION_KINDS),
        standard: shortText(1000),
        source: shortText(1000),
        favours: z.enum(['us', 'them', 'neutral']),
        precedentDealId: id.nullable(),
      }),
    )
    .max(200),
  options: z
    .array(
      z.object({
        id,
        text: shortText(1000),
        scores: z.record(z.string(), z.union([z.literal(-2), z.literal(-1), z.literal(0), z.literal(1), z.literal(2)])),
      }),
    )
    .max(200),
  alternatives: z
    .array(
      z.object({
        id,
        party,
        description: shortText(1000),
        isReal: z.boolean(),
        value: nullableAmount,
        likelihood: z.number().min(0).max(1),
      }),
    )
    .max(100),
  actions: z.array(z.object({ id, goal: z.enum(['improve-ours', 'weaken-theirs']), text: shortText(1000) })).max(100),
  numbers: z.object({
    opening: nullableAmount,
    target: nullableAmount,
    walkAway: nullableAmount,
    isWalkAwayManual: z.boolean(),
    theirWalkAwayLow: nullableAmount,
    theirWalkAwayHigh: nullableAmount,
  }),
  spin: z.array(z.object({ id, kind: z.enum(SPIN_KINDS), text: shortText(1000) })).max(100),
  expectedObjections: z
    .array(
      z.object({
        id,
        cardId: id.nullable(),
        text: shortText(1000),
        answer: shortText(4000),
        techniqueIds: z.array(id).max(20),
      }),
    )
    .max(100),
  tradeables: z.array(z.object({ id, give: shortText(1000), get: shortText(1000) })).max(100),
  concessionSteps: z.array(z.object({ id, price: nullableAmount, inReturn: shortText(1000) })).max(50),
  closingMethodId: id.nullable(),
  // Worksheets saved before the FAB builder have none.
  fab: z
    .array(
      z.object({
        id,
        feature: shortText(1000),
        advantage: shortText(1000),
        benefit: shortText(1000),
        interestId: id.nullable(),
      }),
    )
    .max(50)
    .default([]),
}) satisfies z.ZodType<Worksheet, unknown>;

export const meetingSchema = z.object({
  id,
  date: isoDate,
  attendees: shortText(1000),
  notes: longText,
  objections: z
    .array(
      z.object({
        id,
        cardId: id.nullable(),
        text: shortText(1000),
        type: z.enum(OBJECTION_TYPES),
        nature: z.enum(OBJECTION_NATURES),
        techniqueIds: z.array(id).max(20),
        result: z.enum(['resolved', 'partly', 'unresolved']),
      }),
    )
    .max(100),
  signals: z.array(z.object({ id, signalId: id.nullable(), text: shortText(500) })).max(100),
  closingAttempts: z
    .array(z.object({ id, methodId: id, result: z.enum(['accepted', 'declined', 'deferred']) }))
    .max(50),
  concessions: z.array(z.object({ id, amount, received: shortText(1000) })).max(50),
}) satisfies z.ZodType<Meeting>;

export const contactSchema = z.object({
  id,
  name: requiredText(120),
  role: shortText(120),
  decisionRole: z.enum(DECISION_ROLES),
  style: z.enum(COUNTERPART_STYLES).nullable(),
});

export const dealDraftSchema = z.object({
  title: requiredText(200),
  counterpartOrg: requiredText(200),
  contacts: z.array(contactSchema).max(50),
  counterpartStyle: z.enum(COUNTERPART_STYLES).nullable(),
  side: z.enum(NEGOTIATION_SIDES),
  currency: currencyCode,
  value: amount.min(0).nullable(),
  stage: z.enum(DEAL_STAGES),
  outcome: z.enum(DEAL_OUTCOMES),
  meetingDate: isoDate.nullable(),
  expectedCloseDate: isoDate.nullable(),
  tags: z.array(shortText(40)).max(30),
  notes: longText,
}) satisfies z.ZodType<DealDraft>;

export const reviewSchema = z.object({
  finalPrice: nullableAmount,
  closedOn: isoDate.nullable(),
  lostReason: shortText(2000),
  knewTheirNeeds: longText,
  theyKnewUs: longText,
  competitorsLearned: longText,
  whereItFailed: longText,
  lessons: longText,
});

export const dealSchema = dealDraftSchema.extend({
  id: fileNameId,
  isSample: z.boolean(),
  openedOn: isoDate.nullable(),
  sourceId: shortText(200).nullable(),
  worksheet: worksheetSchema,
  meetings: z.array(meetingSchema).max(500),
  review: reviewSchema,
  complaints: z.array(complaintSchema).max(1000),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
}) satisfies z.ZodType<Deal>;

/** Gives a deal written before schema 2 (a version-1 file or backup) the fields that version added. */
export function backfillDealFields(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
    ? { openedOn: null, sourceId: null, ...raw }
    : raw;
}
