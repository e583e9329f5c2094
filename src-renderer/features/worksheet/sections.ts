// The worksheet's sections, and which section each readiness item is filled in.
import type { ReadinessItemId } from '@shared/domain/worksheet';

export const SECTIONS = [
  'interests',
  'criteria',
  'options',
  'alternatives',
  'numbers',
  'plan',
  'offer',
  'readiness',
] as const;
export type SectionId = (typeof SECTIONS)[number];

export const isSectionId = (value: unknown): value is SectionId =>
  typeof value === 'string' && (SECTIONS as readonly string[]).includes(value);

export const SECTION_OF_ITEM = {
  'our-interests': 'interests',
  'their-interests': 'interests',
  criteria: 'criteria',
  options: 'options',
  'our-batna': 'alternatives',
  'their-alternatives': 'alternatives',
  opening: 'numbers',
  target: 'numbers',
  'walk-away': 'numbers',
  'their-range': 'numbers',
  'numbers-consistent': 'numbers',
  spin: 'plan',
  objections: 'plan',
  tradeables: 'plan',
  'concession-plan': 'plan',
} as const satisfies Record<ReadinessItemId, SectionId>;
