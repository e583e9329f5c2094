// @export: the prep sheet of a complete deal, previewed and exported through the UI, read back from the PDF.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PREP_SHEET_LABELS } from '../../src-shared/domain/prep-sheet';
import { completeDraft, completeWorksheet, FIGURES } from '../unit/prep-sheet-fixtures';
import { CONTROLS, leakyDeal, namesSecret, secretPhrases } from '../unit/prep-sheet-leak-fixtures';
import { expect, test, type ParleyApp } from './fixtures';

const pdfText = (file: string): string => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
const pdfInfo = (file: string): { pages: number; size: string } => {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? '',
  };
};
const grouped = (value: number): string => value.toLocaleString('en-US');

/** A deal with every part of the worksheet filled in, opened on its Prep sheet tab. */
async function openPrepSheet(app: ParleyApp): Promise<void> {
  const services = app.services();
  const deal = await services.deals.create(completeDraft());
  await services.deals.save({ ...deal, worksheet: completeWorksheet() });
  const { page } = app;
  await page.reload();
  await page.getByRole('link', { name: 'Network renewal 2027' }).click();
  await page.getByRole('link', { name: 'Prep sheet' }).click();
  await expect(page.getByRole('heading', { name: 'Prep sheet' })).toBeVisible();
}

const preview = (app: ParleyApp) => app.page.frameLocator('iframe[title="Prep sheet preview"]');

test.describe('@export prep sheet', () => {
  test('exports a complete deal as PDF in English and in Chinese', async ({ app }) => {
    const { page } = app;
    await openPrepSheet(app);
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('radio', { name: /^Full/ }).check();
    await page.getByRole('radio', { name: 'A4' }).check();
    await expect(preview(app).getByRole('heading', { name: 'The numbers' })).toBeVisible();
    await expect(preview(app).getByText('CN¥1,085,000').first()).toBeVisible();

    await page.getByRole('button', { name: 'Export PDF' }).click();
    const english = join(app.exportDir, 'Network renewal 2027 – prep sheet.pdf');
    await expect(page.getByRole('status').getByText(`PDF saved to ${english}`).first()).toBeVisible();
    const text = pdfText(english);
    // Section headings print in capitals.
    for (const heading of Object.values(PREP_SHEET_LABELS.en.sections)) {
      expect(text, heading).toContain(heading.toUpperCase());
    }
    for (const figure of [
      FIGURES.opening,
      FIGURES.target,
      FIGURES.walkAway,
      FIGURES.batna,
      FIGURES.theirLow,
      FIGURES.theirHigh,
      ...FIGURES.steps,
    ]) {
      expect(text, String(figure)).toContain(grouped(figure));
    }
    expect(text).toContain('Network renewal 2027');
    expect(text).toContain('Huaxin Logistics');
    expect(text).toContain('Tuesday, April 14, 2026');
    expect(text).toContain('王磊 Wang Lei');
    expect(pdfInfo(english)).toEqual({ pages: expect.any(Number), size: expect.stringContaining('(A4)') });
    expect(pdfInfo(english).pages).toBeLessThanOrEqual(2);

    await page.getByRole('radio', { name: '中文' }).check();
    await page.getByRole('radio', { name: 'Letter' }).check();
    await expect(preview(app).getByRole('heading', { name: '关键数字' })).toBeVisible();
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const chinese = join(app.exportDir, 'Network renewal 2027 – 谈判准备单.pdf');
    await expect(page.getByRole('status').getByText(`PDF saved to ${chinese}`).first()).toBeVisible();
    const chineseText = pdfText(chinese);
    const zh = PREP_SHEET_LABELS['zh-CN'];
    for (const heading of [zh.documentTitle, ...Object.values(zh.sections)]) {
      expect(chineseText, heading).toContain(heading);
    }
    // Playbook content and the dates come back as Chinese, not as empty boxes.
    expect(chineseText).toContain('说实话，你们这个太贵了。');
    expect(chineseText).toContain('2026年4月14日星期二');
    expect(chineseText).toContain('¥1,085,000');
    expect(pdfInfo(chinese).pages).toBeLessThanOrEqual(2);
    expect(pdfInfo(chinese).size).toContain('612 x 792');
  });

  test('the sharing copy leaves out the walk-away, the BATNA and the private notes', async ({ app }) => {
    const { page } = app;
    await openPrepSheet(app);
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('radio', { name: /^Sharing copy/ }).check();
    await expect(preview(app).getByText('Sharing copy', { exact: true })).toBeVisible();
    await expect(preview(app).getByText('CN¥1,085,000')).toHaveCount(0);

    await page.getByRole('button', { name: 'Export PDF' }).click();
    const file = join(app.exportDir, 'Network renewal 2027 – prep sheet (sharing copy).pdf');
    await expect(page.getByRole('status').getByText(`PDF saved to ${file}`).first()).toBeVisible();
    const text = pdfText(file);
    expect(text).toContain(grouped(FIGURES.target));
    expect(text).toContain('Steps past the target are left out of this copy.');
    for (const secret of [FIGURES.walkAway, FIGURES.batna, FIGURES.ourHypothetical, FIGURES.steps[3]]) {
      expect(text, String(secret)).not.toContain(grouped(secret));
    }
    expect(text).not.toContain('Q2 audit');
    expect(text).not.toContain('NOTES');
    expect(pdfInfo(file).pages).toBeLessThanOrEqual(2);

    await page.getByRole('button', { name: 'Export Markdown' }).click();
    const markdown = join(app.exportDir, 'Network renewal 2027 – prep sheet (sharing copy).md');
    await expect(page.getByRole('status').getByText(`Markdown saved to ${markdown}`).first()).toBeVisible();
    const written = readFileSync(markdown, 'utf8');
    expect(written).toMatch(/^# Network renewal 2027\n/);
    expect(written).toContain('## Concession plan');
    expect(written).not.toContain(grouped(FIGURES.walkAway));
  });

  test('secret figures typed in every style into every field stay out of the sharing PDF and Markdown', async ({
    app,
  }) => {
    const { page } = app;
    const services = app.services();
    const deal = await services.deals.create(completeDraft());
    const leaky = leakyDeal();
    await services.deals.save({ ...deal, worksheet: leaky.worksheet, counterpartOrg: leaky.counterpartOrg });
    await page.reload();
    await page.getByRole('link', { name: 'Network renewal 2027' }).click();
    await page.getByRole('link', { name: 'Prep sheet' }).click();
    await page.getByRole('radio', { name: /^Sharing copy/ }).check();
    await expect(page.getByRole('note', { name: 'This copy leaves out' })).toBeVisible();
    await expect(page.getByText(/passages you typed would give a secret figure away/)).toBeVisible();

    for (const [language, name] of [
      ['English', 'Network renewal 2027 – prep sheet (sharing copy)'],
      ['中文', 'Network renewal 2027 – 谈判准备单（共享版）'],
    ] as const) {
      await page.getByRole('radio', { name: language }).check();
      await page.getByRole('button', { name: 'Export PDF' }).click();
      await expect(
        page
          .getByRole('status')
          .getByText(/PDF saved to/)
          .first(),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Export Markdown' }).click();
      await expect(
        page
          .getByRole('status')
          .getByText(/Markdown saved to/)
          .first(),
      ).toBeVisible();
      for (const text of [
        pdfText(join(app.exportDir, `${name}.pdf`)),
        readFileSync(join(app.exportDir, `${name}.md`), 'utf8'),
      ]) {
        expect(namesSecret(text)).toEqual([]);
        for (const phrase of secretPhrases()) expect(text).not.toContain(phrase);
        // Controls: figures far from the secrets are still printed.
        expect(text).toContain(grouped(CONTROLS.opening));
        expect(text).toContain(grouped(CONTROLS.listPrice));
      }
    }
  });

  test('prints through the print port and shows a failed save clearly', async ({ app }) => {
    const { page } = app;
    await openPrepSheet(app);
    await page.getByRole('button', { name: 'Print' }).click();
    await expect(page.getByRole('status').getByText('Sent to the printer.')).toBeVisible();
    expect(app.printed).toHaveLength(1);
    expect(app.printed[0]).toContain('Network renewal 2027');

    // The chosen folder has gone: the save fails, the user is told why, and can try again.
    rmSync(app.exportDir, { recursive: true, force: true });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(
      page.getByRole('alert').getByText(/Could not export: Could not save to disk \(ENOENT\)/),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export PDF' })).toBeEnabled();
  });
});
