import { describe, expect, it } from 'vitest';
import { buildPrepSheet, type PrepSheetOptions } from '@shared/domain/prep-sheet';
import { renderPrepSheetMarkdown } from '../../src-main/export/prep-sheet-markdown';
import { completeDeal } from './prep-sheet-fixtures';

const markdown = (options: Partial<PrepSheetOptions> = {}, deal = completeDeal()): string =>
  renderPrepSheetMarkdown(
    buildPrepSheet(deal, { language: 'en', variant: 'full', now: new Date('2026-04-10T08:00:00Z'), ...options }),
  );

describe('renderPrepSheetMarkdown', () => {
  it('writes a title, the header facts and one heading per section', () => {
    const text = markdown();
    expect(
      text.startsWith('# Network renewal 2027\n\n**Negotiation prep sheet** · Huaxin Logistics · Full · confidential'),
    ).toBe(true);
    expect(text).toContain('- **Meeting:** Tuesday, April 14, 2026');
    expect(text.match(/^## .+$/gm)).toEqual([
      '## At the table',
      '## The numbers',
      '## ICON summary',
      '## Questions and agenda',
      '## Expected objections',
      '## Concession plan',
      '## Closing',
      '## Notes',
    ]);
    expect(text).toContain('- **Walk-away:** CN¥1,085,000');
    expect(text.trimEnd().endsWith('_Network renewal 2027 · Prepared Apr 10, 2026 · Full · confidential_')).toBe(true);
  });

  it('writes tables, numbered questions and tagged list items', () => {
    const text = markdown();
    expect(text).toContain(
      '| Name | Title | Decision role | Style |\n| --- | --- | --- | --- |\n| 王磊 Wang Lei | CFO | Decision maker | Driver |',
    );
    expect(text).toContain('| 4 | CN¥1,240,000 | −CN¥20,000 | SD-WAN pilot at list price |');
    expect(text).toContain(
      '1. How many sites run on the current lines, and which are critical? _(Situation · facts, few)_',
    );
    expect(text).toContain('- Keep the account for three more years _(P5 · substantive)_');
    expect(text).toContain(
      '- Regional 500M dedicated lines list at 5,800–6,400 a month _(Market price · favours us)_\n  Source:',
    );
  });

  it('keeps user text from turning into Markdown or breaking a table', () => {
    const deal = completeDeal({ notes: 'Line one\nLine *two* with <b>html</b>' });
    deal.worksheet.tradeables = [{ id: 'g', give: 'A | B', get: '[link](http://x)' }];
    const text = markdown({}, deal);
    expect(text).toContain('| A \\| B | \\[link\\](http://x) |');
    expect(text).toContain('Line one\\\nLine \\*two\\* with \\<b>html\\</b>');
  });

  it('leaves the walk-away, the BATNA and the notes out of the sharing copy', () => {
    const text = markdown({ variant: 'sharing' });
    expect(text).toContain('**Negotiation prep sheet** · Huaxin Logistics · Sharing copy');
    expect(text).not.toContain('## Notes');
    for (const figure of ['1,085,000', '1,040,000', '1,120,000']) expect(text).not.toContain(figure);
  });

  it('writes the Chinese sheet in Chinese', () => {
    const text = markdown({ language: 'zh-CN' });
    expect(text).toContain('**谈判准备单** · Huaxin Logistics · 完整版 · 仅限本人');
    expect(text).toContain('## 关键数字');
    expect(text).toContain('- **底线价：** ¥1,085,000');
  });
});
