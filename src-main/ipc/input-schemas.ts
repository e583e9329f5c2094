// One zod schema per IPC channel, typed to the contract: a missing or mistyped schema fails the typecheck.
import { z } from 'zod';
import { COUNTERPART_STYLES, DEAL_OUTCOMES, DEAL_STAGES } from '@shared/domain/deal';
import { DEAL_SORTS } from '@shared/domain/deal-list';
import type { Channel, ChannelInput } from '@shared/ipc/contract';
import { id } from '../schemas/common';
import { dealDraftSchema, dealSchema } from '../schemas/deal-schema';
import { settingsSchema } from '../schemas/settings-schema';

const none = z.null();
const byId = z.object({ id });

export const inputSchemas = {
  'app:status': none,
  'app:dismiss-problems': none,
  'settings:get': none,
  'settings:update': settingsSchema.partial(),
  'deals:list': z.object({
    search: z.string().max(200),
    stage: z.enum(DEAL_STAGES).nullable(),
    outcome: z.enum(DEAL_OUTCOMES).nullable(),
    style: z.enum(COUNTERPART_STYLES).nullable(),
    tag: z.string().max(40).nullable(),
    sort: z.enum(DEAL_SORTS),
  }),
  'deals:get': byId,
  'deals:create': dealDraftSchema,
  'deals:update': z.object({ id, draft: dealDraftSchema }),
  'deals:duplicate': z.object({ id, title: z.string().trim().min(1).max(200) }),
  'deals:delete': byId,
  'deals:restore': dealSchema,
} satisfies { [C in Channel]: z.ZodType<ChannelInput<C>> };
