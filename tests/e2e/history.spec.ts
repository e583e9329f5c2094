// @history: debrief meetings and close a deal, then see the charts move; import CSV all-or-nothing; back up and restore.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { emptyDealDraft } from '../../src-shared/domain/deal-factory';
import { expect, test, type ParleyApp } from './fixtures';

const chart = (page: Page, title: string): Locator => page.getByRole('region', { name: title, exact: true });

/** The chart's table (the accessible view of every chart), switched on if needed. */
async function tableOf(page: Page, title: string): Promise<Locator> {
  const card = chart(page, title);
  await card.getByRole('button', { name: 'Table', exact: true }).click();
  return card.getByRole('table');
}

const row = (table: Locator, name: string): Locator => table.getByRole('row', { name: new RegExp(`^${name}\\b`) });

/** Every chart as a table, plus the summary: what "identical charts" means, in text. */
async function allFigures(page: Page): Promise<string[]> {
  const figures = [await page.getByRole('region', { name: 'Summary' }).innerText()];
  for (const card of await page.locator('section[data-chart]').all()) {
    const toTable = card.getByRole('button', { name: 'Table', exact: true });
    if ((await card.getByRole('table').count()) === 0) await toTable.click();
    figures.push(await card.innerText());
  }
  return figures;
}

async function openHistory(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
}

async function createDeal(app: ParleyApp): Promise<void> {
  const services = app.services();
  const deal = await services.deals.create({
    ...emptyDealDraft(),
    title: 'Core banking renewal',
    counterpartOrg: 'Huaxin Bank',
    value: 1_200_000,
  });
  await services.deals.save({
    ...deal,
    worksheet: {
      ...deal.worksheet,
      numbers: { ...deal.worksheet.numbers, target: 1_150_000, walkAway: 1_000_000, isWalkAwayManual: true },
    },
  });
  await app.page.reload();
}

test.describe('@history deal history and charts', () => {
  test('debrief two meetings, close the deal as won, and see the charts change', async ({ app }) => {
    const { page } = app;
    await createDeal(app);
    await openHistory(page);
    const summary = page.getByRole('region', { name: 'Summary' });
    await expect(summary).toContainText('Objections logged0');
    await expect(chart(page, 'Objections by type')).toContainText('Nothing logged for these filters yet.');

    await page.getByRole('link', { name: 'Deals' }).click();
    await page.getByRole('link', { name: 'Core banking renewal' }).click();
    await page.getByRole('link', { name: 'Meetings' }).click();
    await expect(page.getByRole('heading', { name: 'No meeting logged yet' }).first()).toBeVisible();

    // Meeting 1, by keyboard: N opens the debrief with the objection search focused.
    await page.keyboard.press('n');
    const search = page.getByRole('combobox', { name: 'Add an objection' });
    await expect(search).toBeFocused();
    await page.getByLabel('Date').fill('2026-01-12');
    await search.fill('Too expensive for us');
    await search.press('Enter');
    const first = page.getByRole('group', { name: 'Objection 1' });
    await expect(first.getByLabel('What they said')).toHaveValue('Too expensive for us');
    await first.getByRole('button', { name: 'Inquiry (ask why)' }).click();
    await first.getByRole('radio', { name: 'Partly' }).check();
    await page.getByRole('button', { name: 'Asks details, does sums' }).click();
    await first.getByLabel('What they said').press('Control+Enter');
    await expect(page.getByRole('status').getByText('Meeting saved')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'One meeting' })).toBeVisible();

    // Meeting 2: the objection just logged is offered first ("recent"); a closing attempt is accepted.
    await page.getByRole('button', { name: 'Log a meeting' }).click();
    await page.getByLabel('Date').fill('2026-02-03');
    await search.fill('expensive');
    await expect(page.getByRole('option').nth(1)).toHaveText(/Too expensive for us/);
    await search.press('ArrowDown');
    await search.press('Enter');
    await page.getByRole('group', { name: 'Objection 1' }).getByRole('button', { name: 'Inquiry (ask why)' }).click();
    await page.getByRole('button', { name: 'Add a closing attempt' }).click();
    await page.getByRole('group', { name: 'Closing attempt 1' }).getByLabel('Method').selectOption('direct');
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await expect(page.getByRole('heading', { name: '2 meetings' })).toBeVisible();

    // Close it as won, with the review.
    const outcome = page.getByRole('form', { name: 'Outcome and review' });
    await outcome.getByRole('radio', { name: 'Won' }).check();
    await outcome.getByLabel('Final price').fill('1,180,000');
    await outcome.getByLabel('Closed on').fill('2026-02-20');
    await outcome.getByLabel('What did I learn about competitors?').fill('They cannot match our service level.');
    await outcome.getByRole('button', { name: 'Save outcome and review' }).click();
    await expect(page.getByRole('status').getByText('Outcome and review saved')).toBeVisible();
    await expect(page.getByText('Won').first()).toBeVisible();

    await openHistory(page);
    await expect(summary).toContainText('Win rate100%');
    await expect(summary).toContainText('Objections logged2');
    const byType = await tableOf(page, 'Objections by type');
    await expect(row(byType, 'Price')).toContainText(/Price\s*2\s*1\s*1\s*0\s*1/);
    const techniques = await tableOf(page, 'Technique effectiveness');
    await expect(row(techniques, 'Inquiry')).toContainText(/Inquiry \(ask why\)\s*2\s*1\s*1\s*0\s*50%/);
    const methods = await tableOf(page, 'Closing methods');
    await expect(row(methods, 'Direct close')).toContainText(/Direct close\s*1\s*1\s*0\s*0\s*100%/);
    await expect(chart(page, 'Price realisation')).toContainText('1 of 1 at or better than target');

    // Click-through: the deal and the meetings behind the price bar, with a link to the deal.
    await row(byType, 'Price').getByRole('button', { name: 'Show the deals behind Price' }).click();
    const panel = page.getByRole('dialog', { name: 'Price' });
    await expect(panel).toContainText('One deal');
    await expect(panel.getByRole('list', { name: '2 meetings behind it' })).toBeVisible();
    await panel.getByRole('link', { name: 'Core banking renewal' }).click();
    await expect(page.getByRole('heading', { name: '2 meetings' })).toBeVisible();
  });

  test('imports a CSV only once its bad row is fixed, naming the line', async ({ app }) => {
    const { page } = app;
    await openHistory(page);
    await expect(page.getByRole('heading', { name: 'Your history starts with your first debrief' })).toBeVisible();
    const header = 'Opportunity Name,Account Name,Amount,Stage,Close Date,Owner';
    const rows = [
      'Core banking renewal,Huaxin Bank,"1,200,000",Closed Won,2025-11-30,Li',
      'Branch Wi-Fi,Dongfang Retail,380000,Closed Lost,2025-13-02,Li',
      'Fleet telematics,Yunda Logistics,560000,Negotiation,,Wang',
    ];
    const file = (lines: string[]) => ({
      name: 'crm-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${[header, ...lines].join('\r\n')}\r\n`),
    });

    await page.getByRole('button', { name: 'Import CSV' }).first().click();
    const wizard = page.getByRole('dialog', { name: 'Import from CSV' });
    await wizard.getByLabel('Choose a CSV file').setInputFiles(file(rows));
    await expect(wizard.getByRole('combobox', { name: 'Title' })).toHaveValue('0');
    await expect(wizard.getByRole('combobox', { name: 'Closed on' })).toHaveValue('4');
    await wizard.getByRole('button', { name: 'Check the rows' }).click();
    await expect(wizard.getByText('One row has a problem')).toBeVisible();
    const problems = wizard.getByRole('region', { name: 'Problems', exact: true });
    await expect(problems).toContainText('Line 3');
    await expect(problems).toContainText('Close Date: “2025-13-02” is not a date');
    await expect(wizard.getByRole('button', { name: 'Import 2 deals' })).toBeDisabled();
    expect(readdirSync(join(app.dataDir, 'deals'))).toEqual([]);

    await wizard
      .getByLabel('Choose the corrected file')
      .setInputFiles(file(rows.map((line) => line.replace('2025-13-02', '2025-12-02'))));
    await expect(wizard.getByText('Every row can be imported.')).toBeVisible();
    await wizard.getByRole('button', { name: 'Import 3 deals' }).click();
    await expect(page.getByRole('status').getByText('Imported: 3 new, 0 updated, 0 rows skipped')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Deals31 open · 2 closed');
    expect(readdirSync(join(app.dataDir, 'deals'))).toHaveLength(3);
  });

  test('backs up, restores into an empty data folder, and shows identical charts', async ({ app }) => {
    const { page } = app;
    await openHistory(page);
    await page.getByRole('button', { name: 'Load sample data' }).click();
    await expect(page.getByRole('status').getByText('Added 200 sample deals')).toBeVisible();
    const before = await allFigures(page);
    expect(before.length).toBeGreaterThan(8);

    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'Backup of all data (JSON)' }).click();
    await expect(page.getByRole('status').getByText(/Backed up 200 deals to/)).toBeVisible();
    const [backup] = readdirSync(app.exportDir).filter((name) => name.endsWith('.json'));
    expect(backup).toMatch(/^parley-backup-\d{4}-\d{2}-\d{2}\.json$/);

    const emptyDir = mkdtempSync(join(tmpdir(), 'parley-e2e-restore-'));
    try {
      await app.restart({ dataDir: emptyDir });
      await openHistory(page);
      await expect(page.getByRole('heading', { name: 'Your history starts with your first debrief' })).toBeVisible();
      await page.getByRole('button', { name: 'Restore backup' }).click();
      const dialog = page.getByRole('dialog', { name: 'Restore a backup' });
      await dialog.getByLabel('Choose a backup file').setInputFiles(join(app.exportDir, backup as string));
      await expect(dialog.getByText('200 added · 0 updated from the backup')).toBeVisible();
      await dialog.getByRole('radio', { name: /Replace all my data/ }).check();
      await expect(dialog.getByRole('button', { name: 'Restore' })).toBeDisabled();
      await dialog.getByRole('radio', { name: /Merge into my data/ }).check();
      await dialog.getByRole('button', { name: 'Restore' }).click();
      await expect(page.getByRole('status').getByText(/Backup merged: 200 added/)).toBeVisible();
      expect(readdirSync(join(emptyDir, 'deals'))).toHaveLength(200);
      expect(await allFigures(page)).toEqual(before);
    } finally {
      await app.restart();
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });
});
