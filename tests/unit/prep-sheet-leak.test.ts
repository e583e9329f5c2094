import { describe, expect, it } from 'vitest';
import { buildPrepSheet, PREP_SHEET_LANGUAGES } from '@shared/domain/prep-sheet';
import { renderPrepSheetMarkdown } from '../../src-main/export/prep-sheet-markdown';
import { CONTROLS, leakyDeal, namesSecret, secretPhrases } from './prep-sheet-leak-fixtures';

const NOW = new Date('2026-03-01T09:00:00Z');

describe('the sharing copy never leaks a secret figure (Markdown)', () => {
  it('types every style into every field', () => {
    expect(secretPhrases().length).toBeGreaterThan(200);
    const full = renderPrepSheetMarkdown(buildPrepSheet(leakyDeal(), { language: 'en', variant: 'full', now: NOW }));
    // The full copy is the control: the figures are there to be found.
    expect(namesSecret(full).length).toBeGreaterThan(100);
  });

  it.each(PREP_SHEET_LANGUAGES)('prints none of them, in %s', (language) => {
    const markdown = renderPrepSheetMarkdown(buildPrepSheet(leakyDeal(), { language, variant: 'sharing', now: NOW }));
    expect(namesSecret(markdown)).toEqual([]);
    for (const phrase of secretPhrases()) expect(markdown).not.toContain(phrase);
    // Far figures are still printed: the opening in the numbers, the list price in free text.
    expect(markdown).toContain(CONTROLS.listPrice.toLocaleString('en-US'));
    expect(markdown).toMatch(/1,380,000/u);
    // The marker does not say what kind of figure stood there.
    expect(markdown).not.toMatch(/our floor is \[/u);
  });
});
