import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, RUBRIC_ITEM_IDS, scoreRubric } from '@shared/domain/rehearsal/rubric';

describe('DEFAULT_RUBRIC', () => {
  it('has the six items, each labelled in both languages', () => {
    expect(DEFAULT_RUBRIC.map((item) => item.id)).toEqual([...RUBRIC_ITEM_IDS]);
    for (const item of DEFAULT_RUBRIC) {
      expect(item.label.en.trim()).not.toBe('');
      expect(item.label.zh.trim()).not.toBe('');
    }
  });
});

describe('scoreRubric', () => {
  const ids = DEFAULT_RUBRIC.map((item) => item.id);

  it('scores the share of items ticked', () => {
    expect(scoreRubric(ids, [])).toBe(0);
    expect(scoreRubric(ids, ['acknowledged', 'diagnosed', 'next-step'])).toBe(0.5);
    expect(scoreRubric(ids, ids)).toBe(1);
  });

  it('ignores duplicate ticks and ticks outside the rubric', () => {
    expect(scoreRubric(ids, ['acknowledged', 'acknowledged', 'unknown'])).toBeCloseTo(1 / 6);
    expect(scoreRubric(['a', 'b'], new Set(['b']))).toBe(0.5);
  });

  it('scores an empty rubric 0', () => {
    expect(scoreRubric([], ['acknowledged'])).toBe(0);
  });
});
