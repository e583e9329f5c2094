// zod schema of the user's settings.
import { z } from 'zod';
import { LANGUAGES, THEMES, type Settings } from '@shared/domain/settings';

export const settingsSchema = z.object({
  language: z.enum(LANGUAGES).nullable(),
  theme: z.enum(THEMES),
}) satisfies z.ZodType<Settings>;
