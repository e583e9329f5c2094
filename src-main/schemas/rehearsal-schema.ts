// zod schemas of what rehearsal stores and receives: card schedules, attempts, the rubric and drills.
import { z } from 'zod';
import { NEGOTIATION_SIDES } from '@shared/domain/deal';
import { AUTO_CHECK_CODES, AUTO_CHECK_SEVERITIES, type AutoCheck } from '@shared/domain/rehearsal/auto-checks';
import {
  DRILL_FLAG_CODES,
  DRILL_LINE_CODES,
  DRILL_STATUSES,
  type DrillConfig,
  type DrillLine,
  type DrillRound,
  type DrillSummary,
} from '@shared/domain/rehearsal/drill';
import { OBJECTION_TYPES } from '@shared/playbook/types';
import {
  type AnswerCheckInput,
  type AttemptInput,
  defaultRubricEntries,
  type DrillMoveInput,
  MAX_RUBRIC_ITEMS,
  MAX_RUBRIC_TEXT,
  type DrillRecord,
  type RehearsalAttempt,
  type RehearsalData,
  type RubricEntry,
  type SessionOptions,
} from '@shared/domain/rehearsal/records';
import { CARD_PHASES, REVIEW_RATINGS, type CardState } from '@shared/domain/rehearsal/scheduling';
import { amount, currencyCode, id, isoDateTime, longText, shortText } from './common';

/** Card ids are playbook ids or `deal:<dealId>:<objectionId>`. */
export const cardId = z.string().min(1).max(220);
export const rating = z.enum(REVIEW_RATINGS);
const localized = z.object({ en: z.string(), zh: z.string() });
const count = z.number().int().min(0);
const finite = z.number().finite();

export const cardStateSchema = z.object({
  due: isoDateTime,
  stability: finite,
  difficulty: finite,
  scheduledDays: finite,
  learningSteps: finite,
  reps: count,
  lapses: count,
  state: z.enum(CARD_PHASES),
  lastReview: isoDateTime.nullable(),
  lastRating: rating.nullable(),
}) satisfies z.ZodType<CardState>;

const autoCheckSchema = z.object({
  code: z.enum(AUTO_CHECK_CODES),
  severity: z.enum(AUTO_CHECK_SEVERITIES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  isAutomatic: z.literal(true),
}) satisfies z.ZodType<AutoCheck>;

export const rubricEntrySchema = z.object({
  id,
  text: z.string().trim().min(1).max(MAX_RUBRIC_TEXT).nullable(),
}) satisfies z.ZodType<RubricEntry>;

export const rubricSchema = z
  .array(rubricEntrySchema)
  .min(1)
  .max(MAX_RUBRIC_ITEMS)
  .refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'Rubric item ids must be unique');

const attemptSchema = z.object({
  id,
  cardId,
  dealId: id.nullable(),
  at: isoDateTime,
  answer: longText,
  techniqueIds: z.array(id).max(50),
  elapsedSeconds: z.number().min(0),
  limitSeconds: z.number().positive().nullable(),
  rubricTicks: z.array(id).max(MAX_RUBRIC_ITEMS),
  rubricSize: count,
  score: z.number().min(0).max(1),
  checks: z.array(autoCheckSchema),
  rating: rating.nullable(),
}) satisfies z.ZodType<RehearsalAttempt>;

const price = finite;
const drillLineSchema = z.object({
  code: z.enum(DRILL_LINE_CODES),
  params: z.object({ price: price.exactOptional(), percent: finite.exactOptional() }),
  text: localized,
}) satisfies z.ZodType<DrillLine>;

const drillRoundSchema = z.object({
  round: count,
  price,
  inReturn: shortText(1000),
  concession: finite,
  kind: z.enum(['firm', 'small', 'big', 'backwards']),
  reply: drillLineSchema,
  theirOffer: price,
}) satisfies z.ZodType<DrillRound>;

const point = z.object({ round: count, price });
const drillSummarySchema = z.object({
  side: z.enum(NEGOTIATION_SIDES),
  currency: z.string(),
  points: z.array(point),
  theirPoints: z.array(point),
  opening: price,
  target: price,
  walkAway: price,
  flags: z.array(
    z.object({ code: z.enum(DRILL_FLAG_CODES), round: count, params: z.object({ price, concession: finite }) }),
  ),
  outcome: z.enum(DRILL_STATUSES),
  finalPrice: price.nullable(),
  theirWalkAway: price.nullable(),
  totalConcession: finite,
  rounds: count,
}) satisfies z.ZodType<DrillSummary>;

const drillRecordSchema = z.object({
  id,
  dealId: id.nullable(),
  startedAt: isoDateTime,
  finishedAt: isoDateTime,
  openingLine: drillLineSchema,
  rounds: z.array(drillRoundSchema),
  summary: drillSummarySchema,
}) satisfies z.ZodType<DrillRecord>;

export const rehearsalDataSchema = z.object({
  states: z.record(cardId, cardStateSchema).default({}),
  attempts: z.array(attemptSchema).default([]),
  rubric: rubricSchema.default(defaultRubricEntries),
  drills: z.array(drillRecordSchema).default([]),
}) satisfies z.ZodType<RehearsalData, unknown>;

/** What a drill is started with; the numbers must be positive and on the right side of each other. */
export const drillStartSchema = z
  .object({
    dealId: id.nullable(),
    side: z.enum(NEGOTIATION_SIDES),
    currency: currencyCode,
    opening: amount.positive(),
    target: amount.positive(),
    walkAway: amount.positive(),
    theirWalkAwayLow: amount.positive(),
    theirWalkAwayHigh: amount.positive(),
    maxRounds: z.number().int().min(2).max(12),
    seed: z.number().int().min(0).max(0xffffffff).exactOptional(),
  })
  .superRefine((input, context) => {
    // Seller: walk-away ≤ target ≤ opening; buyer: the other way round.
    const dir = input.side === 'sell' ? 1 : -1;
    if (dir * input.target > dir * input.opening) {
      context.addIssue({ code: 'custom', path: ['target'], message: 'The target must not be beyond the opening.' });
    }
    if (dir * input.walkAway > dir * input.target) {
      context.addIssue({ code: 'custom', path: ['walkAway'], message: 'The walk-away must not be beyond the target.' });
    }
  }) satisfies z.ZodType<Omit<DrillConfig, 'seed'> & { dealId: string | null; seed?: number }>;

export const sessionOptionsSchema = z.object({
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('deal'), dealId: id }),
    z.object({ kind: z.literal('price') }),
    z.object({ kind: z.literal('type'), type: z.enum(OBJECTION_TYPES) }),
    z.object({ kind: z.literal('due') }),
  ]),
  count: z.number().int().min(1).max(50),
  secondsPerCard: z.number().int().min(5).max(600),
  isPracticeMode: z.boolean(),
  seed: z.number().int().min(0).max(0xffffffff).exactOptional(),
}) satisfies z.ZodType<SessionOptions>;

export const answerCheckSchema = z.object({
  cardId,
  dealId: id.nullable(),
  answer: longText,
  elapsedSeconds: z.number().finite().min(0).max(86_400),
  limitSeconds: z.number().int().min(1).max(3600).nullable(),
}) satisfies z.ZodType<AnswerCheckInput>;

export const attemptInputSchema = answerCheckSchema.extend({
  techniqueIds: z.array(id).max(50),
  rubricTicks: z.array(id).max(MAX_RUBRIC_ITEMS),
  rating: rating.nullable(),
}) satisfies z.ZodType<AttemptInput>;

export const drillMoveSchema = z.object({
  id,
  price: amount.positive(),
  inReturn: shortText(1000),
}) satisfies z.ZodType<DrillMoveInput>;
