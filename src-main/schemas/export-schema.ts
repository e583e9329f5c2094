// What workbench.json remembers about exporting, and what the export channels accept.
import { z } from 'zod';
import {
  EXPORT_FORMATS,
  PAPER_SIZES,
  PREP_SHEET_LANGUAGES,
  PREP_SHEET_VARIANTS,
} from '@shared/domain/prep-sheet/types';
import { id } from './common';

export type ExportPreferences = {
  /** The folder of the last saved export, offered first next time. */
  lastFolder: string | null;
};

export const defaultExportPreferences = (): ExportPreferences => ({ lastFolder: null });

export const exportPreferencesSchema = z.object({
  lastFolder: z.string().nullable().default(null),
}) satisfies z.ZodType<ExportPreferences, unknown>;

export const prepSheetRequestSchema = z.object({
  dealId: id,
  language: z.enum(PREP_SHEET_LANGUAGES),
  variant: z.enum(PREP_SHEET_VARIANTS),
  paper: z.enum(PAPER_SIZES),
});

export const prepSheetExportSchema = prepSheetRequestSchema.extend({ format: z.enum(EXPORT_FORMATS) });
