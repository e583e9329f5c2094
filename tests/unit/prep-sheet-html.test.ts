// Hostile text in the prep sheet's HTML: a deal's words stay words in every context (text, attributes, <style>,
// <title>), checked by parsing the page as a browser would.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildPrepSheet, type PrepSheet } from '@shared/domain/prep-sheet';
import { renderPrepSheetHtml } from '../../src-main/export/prep-sheet-html';
import { completeDeal } from './prep-sheet-fixtures';

const HOSTILE = [
  '</style><script>window.pwned = 1</script><style>',
  '"><img src=x onerror="window.pwned = 1">',
  "'; } body { display: none } /*",
  '</title><script>window.pwned = 1</script>',
  'a\\"b & <e> &amp;',
];

const render = (sheet: PrepSheet): Promise<string> =>
  renderPrepSheetHtml(sheet, { paper: 'a4', embedFonts: async () => '' });

const sheetFor = (title: string, counterpart: string): PrepSheet =>
  buildPrepSheet(completeDeal({ title, counterpartOrg: counterpart }), {
    language: 'en',
    variant: 'full',
    now: new Date('2026-04-10T08:00:00Z'),
  });

describe('prep sheet HTML escaping', () => {
  it.each(HOSTILE)('keeps %j as text everywhere it appears', async (text) => {
    const sheet = sheetFor(text, text);
    const html = await render(sheet);
    const { document } = new JSDOM(html).window;
    // Nothing was injected: one style element, no script, no image, no element with an event handler.
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(document.querySelectorAll('script, img, iframe, object')).toHaveLength(0);
    expect(
      [...document.querySelectorAll('*')].some((el) =>
        el.getAttributeNames().some((name: string) => name.startsWith('on')),
      ),
    ).toBe(false);
    // The words read back as they were written.
    expect(document.title).toBe(`${sheet.dealTitle} – ${sheet.documentTitle}`);
    expect(document.querySelector('h1')?.textContent).toBe(sheet.dealTitle);
    expect(document.querySelector('.counterpart')?.textContent).toBe(sheet.counterpart);
    // The footer in the page margin is one CSS string that ends where it should.
    const css = document.querySelector('style')?.textContent ?? '';
    expect(css).not.toMatch(/<\/?(style|script|title)/i);
    const footer = /@bottom-left\{content:("(?:[^"\\]|\\.)*");font-family/.exec(css);
    expect(footer, 'the footer rule is intact').not.toBeNull();
  });

  it('escapes the CSS string with hex escapes a browser reads back as the original footer', async () => {
    const sheet = sheetFor('</style> "quoted" \\ & <b>', 'Huaxin');
    const css = new JSDOM(await render(sheet)).window.document.querySelector('style')?.textContent ?? '';
    const literal = /@bottom-left\{content:("(?:[^"\\]|\\.)*");/.exec(css)?.[1] ?? '';
    const decoded = literal
      .slice(1, -1)
      .replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
    expect(decoded).toBe(sheet.footer);
  });
});
