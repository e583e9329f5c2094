// zod schemas of what the history channels receive: debriefs, outcomes, History filters and bars, imports, backups.
import { z } from 'zod';
import { COUNTERPART_STYLES, DEAL_OUTCOMES, DEAL_STAGES } from '@shared/domain/deal';
import {
  BACKUP_MODES,
  IMPORT_KINDS,
  type BackupImportInput,
  type CsvExportInput,
  type DrillDownInput,
  type ImportRequest,
  type MeetingDraft,
  type OutcomeInput,
} from '@shared/domain/history/records';
import { SIZE_BANDS, TREND_GRANULARITIES, type HistoryFilters } from '@shared/domain/stats/history-filters';
import { REALISATION_BUCKETS } from '@shared/domain/stats/history-stats';
import type { BarSelection } from '@shared/domain/stats/select-deals';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS } from '@shared/domain/complaints/complaint';
import { AFTER_COMPLAINT_GROUPS, RESOLVE_TIME_BUCKETS } from '@shared/domain/stats/complaint-stats';
import { STATUS_CHOICES } from '@shared/domain/csv/status-values';
import { OBJECTION_NATURES, OBJECTION_TYPES } from '@shared/playbook/types';
import { currencyCode, id, isoDate } from './common';
import { meetingSchema, reviewSchema } from './deal-schema';

/** A CSV the user picked: CRM exports of a few thousand deals are well below this. */
export const MAX_CSV_CHARS = 10_000_000;
/** A backup of 10,000 deals is about 20 MB. */
export const MAX_BACKUP_CHARS = 100_000_000;

export const meetingDraftSchema = meetingSchema.extend({ id: id.nullable() }) satisfies z.ZodType<MeetingDraft>;

export const outcomeInputSchema = z
  .object({ dealId: id, stage: z.enum(DEAL_STAGES), outcome: z.enum(DEAL_OUTCOMES), review: reviewSchema })
  .superRefine((input, context) => {
    if (input.outcome === 'open') return;
    if (input.stage !== 'closed') {
      context.addIssue({ code: 'custom', path: ['stage'], message: 'A deal with an outcome is closed.' });
    }
    if (input.review.closedOn === null) {
      context.addIssue({
        code: 'too_small',
        origin: 'string',
        minimum: 1,
        inclusive: true,
        path: ['review', 'closedOn'],
        message: 'A closed deal needs its close date.',
      });
    }
  }) satisfies z.ZodType<OutcomeInput>;

export const historyFiltersSchema = z.object({
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  style: z.enum(COUNTERPART_STYLES).nullable(),
  tag: z.string().max(40).nullable(),
  sizeBand: z.enum(SIZE_BANDS).nullable(),
  currency: currencyCode.nullable(),
  granularity: z.enum(TREND_GRANULARITIES),
}) satisfies z.ZodType<HistoryFilters>;

const statKey = z.string().min(1).max(1100);
const realisationKeys = REALISATION_BUCKETS.map((bucket) => bucket.key) as [
  (typeof REALISATION_BUCKETS)[number]['key'],
  ...(typeof REALISATION_BUCKETS)[number]['key'][],
];

const periodKey = z.string().regex(/^\d{4}-(?:\d{2}|Q[1-4])$/);
type ResolveKey = (typeof RESOLVE_TIME_BUCKETS)[number]['key'];

export const barSelectionSchema = z.discriminatedUnion('chart', [
  z.object({ chart: z.literal('objection-type'), type: z.enum(OBJECTION_TYPES) }),
  z.object({ chart: z.literal('objection-nature'), nature: z.enum(OBJECTION_NATURES) }),
  z.object({ chart: z.literal('top-objection'), key: statKey }),
  z.object({ chart: z.literal('technique'), techniqueId: id }),
  z.object({ chart: z.literal('win-rate-by-objection-type'), type: z.enum(OBJECTION_TYPES) }),
  z.object({ chart: z.literal('signal'), key: statKey }),
  z.object({ chart: z.literal('closing-method'), methodId: id }),
  z.object({ chart: z.literal('realisation-bucket'), key: z.enum(realisationKeys) }),
  z.object({ chart: z.literal('beyond-walk-away') }),
  z.object({ chart: z.literal('trend-period'), period: periodKey }),
  z.object({ chart: z.literal('complaint-category'), category: z.enum(COMPLAINT_CATEGORIES) }),
  z.object({ chart: z.literal('complaint-channel'), channel: z.enum(COMPLAINT_CHANNELS) }),
  z.object({ chart: z.literal('complaint-period'), period: periodKey }),
  z.object({
    chart: z.literal('complaint-resolve-time'),
    key: z.enum(RESOLVE_TIME_BUCKETS.map((bucket) => bucket.key) as [ResolveKey, ...ResolveKey[]]),
  }),
  z.object({ chart: z.literal('repeat-client'), client: z.string().min(1).max(200) }),
  z.object({ chart: z.literal('after-complaint'), group: z.enum(AFTER_COMPLAINT_GROUPS) }),
]) satisfies z.ZodType<BarSelection>;

export const drillDownSchema = z.object({
  filters: historyFiltersSchema,
  selection: barSelectionSchema,
}) satisfies z.ZodType<DrillDownInput>;

const slashDateOrderSchema = z.enum(['dmy', 'mdy']);
const fieldName = z.string().max(40);
const rowChoiceSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('skip') }),
  z.object({ action: z.literal('default'), value: z.string().max(2000) }),
]);

export const importRequestSchema = z
  .object({
    kind: z.enum(IMPORT_KINDS),
    // base64 of at most MAX_CSV_CHARS bytes (4 characters per 3 bytes).
    base64: z
      .string()
      .max(Math.ceil(MAX_CSV_CHARS / 3) * 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/)
      .exactOptional(),
    text: z.string().max(MAX_CSV_CHARS).exactOptional(),
    mapping: z.record(fieldName, z.number().int().min(0).max(500).nullable()).nullable(),
    slashDateOrder: slashDateOrderSchema.nullable(),
    dateOrders: z.record(fieldName, slashDateOrderSchema).exactOptional(),
    statusMap: z.record(z.string().max(200), z.enum(STATUS_CHOICES)).exactOptional(),
    currency: currencyCode.nullable().exactOptional(),
    choices: z
      .object({
        causes: z.record(z.string().max(80), rowChoiceSchema),
        fixes: z.record(z.string().regex(/^\d{1,9}:[A-Za-z]{1,40}$/), z.string().max(20_000)),
      })
      .exactOptional(),
  })
  .refine((request) => (request.base64 === undefined) !== (request.text === undefined), {
    message: 'Send the file as base64 or as text.',
  }) satisfies z.ZodType<ImportRequest>;

export const importUndoSchema = z.object({ importId: id });

export const csvExportSchema = z.object({
  kind: z.enum(IMPORT_KINDS),
  language: z.enum(['en', 'zh']),
}) satisfies z.ZodType<CsvExportInput>;

export const backupTextSchema = z.object({ text: z.string().max(MAX_BACKUP_CHARS) });

export const backupImportSchema = backupTextSchema.extend({
  mode: z.enum(BACKUP_MODES),
  confirmReplace: z.boolean(),
}) satisfies z.ZodType<BackupImportInput>;
