// One zod schema per IPC channel, typed to the contract: a missing or mistyped schema fails the typecheck.
import { z } from 'zod';
import { COUNTERPART_STYLES, DEAL_OUTCOMES, DEAL_STAGES } from '@shared/domain/deal';
import { DEAL_SORTS, MAX_DEAL_PAGE } from '@shared/domain/deal-list';
import type { Channel, ChannelInput } from '@shared/ipc/contract';
import { id } from '../schemas/common';
import { dealDraftSchema, dealSchema, worksheetSchema } from '../schemas/deal-schema';
import { prepSheetExportSchema, prepSheetRequestSchema } from '../schemas/export-schema';
import { playbookEntryRefSchema, playbookQuerySchema, playbookSaveSchema } from '../schemas/playbook-schema';
import {
  answerCheckSchema,
  attemptInputSchema,
  cardId,
  drillMoveSchema,
  drillStartSchema,
  rubricSchema,
  sessionOptionsSchema,
} from '../schemas/rehearsal-schema';
import { settingsPatchSchema } from '../schemas/settings-schema';
import {
  complaintRefSchema,
  complaintResolveSchema,
  complaintSaveSchema,
  complaintStepSchema,
} from '../schemas/complaint-schema';
import {
  backupImportSchema,
  backupTextSchema,
  csvExportSchema,
  drillDownSchema,
  historyFiltersSchema,
  importRequestSchema,
  importUndoSchema,
  meetingDraftSchema,
  outcomeInputSchema,
} from '../schemas/history-schema';

const none = z.null();
const byId = z.object({ id });

export const inputSchemas = {
  'app:status': none,
  'app:dismiss-problems': none,
  'settings:get': none,
  // Strict: a patch of unknown fields is a bug in the caller, not an empty change.
  'settings:update': settingsPatchSchema,
  'deals:list': z.object({
    search: z.string().max(200),
    stage: z.enum(DEAL_STAGES).nullable(),
    outcome: z.enum(DEAL_OUTCOMES).nullable(),
    style: z.enum(COUNTERPART_STYLES).nullable(),
    tag: z.string().max(40).nullable(),
    sort: z.enum(DEAL_SORTS),
    offset: z.number().int().min(0).max(10_000_000),
    limit: z.number().int().min(1).max(MAX_DEAL_PAGE),
  }),
  'deals:get': byId,
  'deals:create': dealDraftSchema,
  'deals:update': z.object({ id, draft: dealDraftSchema }),
  'deals:duplicate': z.object({ id, title: z.string().trim().min(1).max(200) }),
  'deals:delete': byId,
  'deals:restore': dealSchema,
  'playbook:list': playbookQuerySchema,
  'playbook:get': playbookEntryRefSchema,
  'playbook:save': playbookSaveSchema,
  'playbook:reset': playbookEntryRefSchema,
  'playbook:set-hidden': playbookEntryRefSchema.extend({ isHidden: z.boolean() }),
  'playbook:delete': playbookEntryRefSchema,
  'worksheet:save': z.object({ dealId: id, worksheet: worksheetSchema }),
  'worksheet:precedents': z.object({ dealId: id }),
  'rehearsal:start': sessionOptionsSchema,
  'rehearsal:check-answer': answerCheckSchema,
  'rehearsal:record-attempt': attemptInputSchema,
  'rehearsal:attempts': z.object({ cardId, limit: z.number().int().min(1).max(50) }),
  'rehearsal:due-count': none,
  'rehearsal:overview': none,
  'rehearsal:progress': z.object({ weeks: z.number().int().min(1).max(104) }),
  'rehearsal:rubric': none,
  'rehearsal:update-rubric': z.object({ items: rubricSchema }),
  'rehearsal:drill-start': drillStartSchema,
  'rehearsal:drill-respond': drillMoveSchema,
  'rehearsal:drill-stop': byId,
  'export:prep-sheet-preview': prepSheetRequestSchema,
  'export:prep-sheet': prepSheetExportSchema,
  'export:prep-sheet-print': prepSheetRequestSchema,
  'history:save-meeting': z.object({ dealId: id, meeting: meetingDraftSchema }),
  'history:delete-meeting': z.object({ dealId: id, meetingId: id }),
  'history:save-outcome': outcomeInputSchema,
  'history:debrief-options': none,
  'history:stats': historyFiltersSchema,
  'history:drill-down': drillDownSchema,
  'history:import-preview': importRequestSchema,
  'history:import-commit': importRequestSchema,
  'history:import-undo': importUndoSchema,
  'history:import-cancel': z.null(),
  'history:import-skipped': importRequestSchema,
  'history:export-csv': csvExportSchema,
  'history:export-backup': csvExportSchema.pick({ language: true }),
  'history:backup-preview': backupTextSchema,
  'history:import-backup': backupImportSchema,
  'history:load-sample': none,
  'history:remove-sample': none,
  'complaints:save': complaintSaveSchema,
  'complaints:delete': complaintRefSchema,
  'complaints:tick-step': complaintStepSchema,
  'complaints:resolve': complaintResolveSchema,
  'complaints:reopen': complaintRefSchema,
  'complaints:overdue': none,
} satisfies { [C in Channel]: z.ZodType<ChannelInput<C>> };
