// zod schema of the user's settings.
import { z } from 'zod';
import { LANGUAGES, THEMES, type Settings } from '@shared/domain/settings';

export const settingsSchema = z.object({
  language: z.enum(LANGUAGES).nullable(),
  theme: z.enum(THEMES),
}) satisfies z.ZodType<Settings>;

/** A change to some settings: a key that is present must hold a value (undefined would erase it). */
export const settingsPatchSchema = z
  .object({
    language: settingsSchema.shape.language.exactOptional(),
    theme: settingsSchema.shape.theme.exactOptional(),
  })
  .strict() satisfies z.ZodType<Partial<Settings>>;
