// zod schemas of the user's playbook entries and overrides; used for IPC input and for workbench.json.
import { z } from 'zod';
import { PLAYBOOK_ENTRY_KINDS, type PlaybookOverrides } from '@shared/playbook/effective-playbook';
import {
  CLOSING_SIGNAL_KINDS,
  PLAYBOOK_KINDS,
  type CardDraft,
  type PlaybookQuery,
  type TechniqueDraft,
} from '@shared/playbook/query';
import {
  OBJECTION_NATURES,
  OBJECTION_TYPES,
  PRICE_SITUATIONS,
  type LocalizedText,
  type ObjectionCard,
  type Technique,
} from '@shared/playbook/types';
import { id, requiredText, shortText } from './common';

const localized = (max: number) => z.object({ en: requiredText(max), zh: requiredText(max) });
const optionalLocalized = (max: number) => z.object({ en: shortText(max), zh: shortText(max) });

const cardShape = {
  line: localized(1000),
  type: z.enum(OBJECTION_TYPES),
  natures: z.array(z.enum(OBJECTION_NATURES)).min(1).max(OBJECTION_NATURES.length),
  situation: z.enum(PRICE_SITUATIONS).nullable(),
  techniqueIds: z.array(id).min(1).max(20),
  modelAnswers: z.array(localized(4000)).min(1).max(12),
  trap: localized(2000),
};

// Only price objections have a price situation.
const situationOnlyForPrice = <T extends { type: string; situation: string | null }>(card: T): boolean =>
  card.type === 'price' || card.situation === null;
const situationIssue = { path: ['situation'], message: 'Only price objections have a price situation.' };

export const objectionCardSchema = z
  .object({ id, ...cardShape })
  .refine(situationOnlyForPrice, situationIssue) satisfies z.ZodType<ObjectionCard>;

export const cardDraftSchema = z
  .object({ id: id.nullable(), ...cardShape })
  .refine(situationOnlyForPrice, situationIssue) satisfies z.ZodType<CardDraft>;

const techniqueShape = {
  name: localized(120),
  whenToUse: localized(2000),
  whenNotToUse: optionalLocalized(2000),
  example: optionalLocalized(2000),
  risk: localized(2000).nullable() satisfies z.ZodType<LocalizedText | null>,
};

export const techniqueSchema = z.object({ id, ...techniqueShape }) satisfies z.ZodType<Technique>;
export const techniqueDraftSchema = z.object({
  id: id.nullable(),
  ...techniqueShape,
}) satisfies z.ZodType<TechniqueDraft>;

export const playbookOverridesSchema = z.object({
  cards: z.array(objectionCardSchema),
  techniques: z.array(techniqueSchema),
  hiddenCardIds: z.array(id),
  hiddenTechniqueIds: z.array(id),
}) satisfies z.ZodType<PlaybookOverrides>;

export const playbookQuerySchema = z.object({
  kind: z.enum(PLAYBOOK_KINDS),
  search: z.string().max(200),
  type: z.enum(OBJECTION_TYPES).nullable(),
  nature: z.enum(OBJECTION_NATURES).nullable(),
  techniqueId: id.nullable(),
  situation: z.enum(PRICE_SITUATIONS).nullable(),
  signalKind: z.enum(CLOSING_SIGNAL_KINDS).nullable(),
  includeHidden: z.boolean(),
}) satisfies z.ZodType<PlaybookQuery>;

export const playbookEntryRefSchema = z.object({ kind: z.enum(PLAYBOOK_ENTRY_KINDS), id });

export const playbookSaveSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('card'), card: cardDraftSchema }),
  z.object({ kind: z.literal('technique'), technique: techniqueDraftSchema }),
]);
