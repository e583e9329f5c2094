// Types of the built-in, bilingual playbook: objections, techniques, closing signals and styles.
import type { CounterpartStyle } from '../domain/deal';

/** Every user-facing text of the playbook exists in both languages. */
export type LocalizedText = { en: string; zh: string };

export const OBJECTION_TYPES = ['need', 'budget', 'authority', 'price', 'product', 'vendor'] as const;
export type ObjectionType = (typeof OBJECTION_TYPES)[number];

export const OBJECTION_NATURES = ['true', 'false', 'hidden'] as const;
export type ObjectionNature = (typeof OBJECTION_NATURES)[number];
