// The self-assessment rubric ticked after each rehearsal answer, and its score.
import type { LocalizedText } from '../../playbook/types';

export const RUBRIC_ITEM_IDS = [
  'acknowledged',
  'diagnosed',
  'reframed-value',
  'used-criterion',
  'held-or-traded',
  'next-step',
] as const;
export type RubricItemId = (typeof RUBRIC_ITEM_IDS)[number];

export type RubricItem = { id: RubricItemId; label: LocalizedText };

export const DEFAULT_RUBRIC = [
  {
    id: 'acknowledged',
    label: { en: 'Acknowledged the concern', zh: '先认同对方的顾虑' },
  },
  {
    id: 'diagnosed',
    label: { en: 'Diagnosed the real objection (asked a question)', zh: '找出真正的异议（提了问题）' },
  },
  {
    id: 'reframed-value',
    label: { en: 'Reframed to value or the total offer', zh: '把话题转到价值或整体方案' },
  },
  {
    id: 'used-criterion',
    label: { en: 'Used a criterion or evidence', zh: '引用了客观标准或证据' },
  },
  {
    id: 'held-or-traded',
    label: { en: 'Held the price, or traded a concession for something', zh: '守住价格，或让步时换取了回报' },
  },
  {
    id: 'next-step',
    label: { en: 'Moved to a next step', zh: '推进到下一步' },
  },
] as const satisfies readonly RubricItem[];

/**
 * Share (0..1) of the rubric's items that were ticked. Ticks outside the rubric and duplicate
 * ticks do not count; an empty rubric scores 0.
 */
export function scoreRubric(itemIds: readonly string[], ticked: Iterable<string>): number {
  const items = new Set(itemIds);
  if (items.size === 0) return 0;
  const hits = new Set([...ticked].filter((id) => items.has(id)));
  return hits.size / items.size;
}
