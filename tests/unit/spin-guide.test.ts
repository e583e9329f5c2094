// SPIN guidance: every kind has its purpose and examples in both languages; the prep sheet's agenda reminds of it.
import { describe, expect, it } from 'vitest';
import { buildPrepSheet } from '@shared/domain/prep-sheet';
import { SPIN_KINDS } from '@shared/domain/worksheet-types';
import { SPIN_GUIDE } from '@shared/playbook/spin-guide';
import { completeDeal } from './prep-sheet-fixtures';

describe('SPIN guidance', () => {
  it('says what each kind of question is for, with a good and a bad example, in English and Chinese', () => {
    for (const kind of SPIN_KINDS) {
      for (const text of Object.values(SPIN_GUIDE[kind])) {
        expect(text.en.trim().length, kind).toBeGreaterThan(5);
        expect(text.zh.trim().length, kind).toBeGreaterThan(4);
        expect(text.zh).not.toBe(text.en);
      }
      expect(SPIN_GUIDE[kind].aim.en.length, kind).toBeLessThan(SPIN_GUIDE[kind].purpose.en.length);
    }
  });

  it('gives the first agenda question of each kind its aim in a few words, in the sheet’s language', () => {
    for (const [language, content] of [
      ['en', 'en'],
      ['zh-CN', 'zh'],
    ] as const) {
      const sheet = buildPrepSheet(completeDeal(), {
        language,
        variant: 'full',
        now: new Date('2026-04-10T08:00:00Z'),
      });
      const agenda = sheet.sections.find((section) => section.id === 'agenda')?.blocks[0];
      expect(agenda?.kind).toBe('list');
      const items = agenda?.kind === 'list' ? agenda.items : [];
      // The fixture has two situation questions, then one of each other kind.
      expect(items.map((item) => item.tags[1] ?? null)).toEqual([
        SPIN_GUIDE.situation.aim[content],
        null,
        SPIN_GUIDE.problem.aim[content],
        SPIN_GUIDE.implication.aim[content],
        SPIN_GUIDE['need-payoff'].aim[content],
      ]);
    }
  });
});
