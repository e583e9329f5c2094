// @care: a complaint logged and handled through every step to resolved on a controlled clock; the overdue count
// appears and clears; the case shows in History's complaint charts (with click-through), the JSON backup and the
// complaints CSV, which imports back through the wizard.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { emptyDealDraft } from '../../src-shared/domain/deal-factory';
import { expect, test, type ParleyApp } from './fixtures';

const chart = (page: Page, title: string): Locator => page.getByRole('region', { name: title, exact: true });

async function tableOf(page: Page, title: string): Promise<Locator> {
  const card = chart(page, title);
  await card.getByRole('button', { name: 'Table', exact: true }).click();
  return card.getByRole('table');
}

async function twoDealsOfOneClient(app: ParleyApp): Promise<string> {
  const services = app.services();
  const deal = await services.deals.create({
    ...emptyDealDraft(),
    title: 'Core banking renewal',
    counterpartOrg: 'Huaxin Bank',
    value: 1_200_000,
  });
  await services.deals.create({ ...emptyDealDraft(), title: 'Branch Wi-Fi', counterpartOrg: 'Huaxin Bank' });
  await services.deals.create({ ...emptyDealDraft(), title: 'Fleet tracking', counterpartOrg: 'Other Logistics' });
  await app.page.reload();
  return deal.id;
}

test.describe('@care complaint and after-sales log', () => {
  test('handles a complaint through every step to resolved, with the overdue count appearing and clearing', async ({
    app,
  }) => {
    const { page } = app;
    await app.setTime('2026-03-02T09:00:00.000Z');
    const dealId = await twoDealsOfOneClient(app);
    await page.getByRole('link', { name: 'Core banking renewal' }).click();
    await page.getByRole('link', { name: 'Complaints', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'No complaint logged' })).toBeVisible();

    await page.getByRole('button', { name: 'Log a complaint' }).click();
    const form = page.getByRole('form', { name: 'New complaint' });
    await expect(form.getByLabel('Received on')).toHaveValue('2026-03-02');
    await form.getByRole('button', { name: 'Save complaint' }).click();
    await expect(form.getByRole('alert')).toHaveText('Required');
    await form.getByLabel('Channel').selectOption({ label: 'Phone' });
    await form.getByLabel('Category').selectOption({ label: 'Billing and charges' });
    await form.getByLabel('Severity').selectOption({ label: 'High' });
    await form.getByLabel('What happened').fill('Charged twice for February');
    await form.getByLabel('What the customer wants').fill('Refund of the second charge');
    await form.getByLabel('Owner').fill('Li Na');
    await form.getByLabel('Follow up by').fill('2026-03-04');
    await form.getByRole('button', { name: 'Save complaint' }).click();

    const card = page.getByRole('article', { name: 'Charged twice for February' });
    await expect(card).toContainText('Received Mar 2, 2026 by Phone');
    await expect(card).toContainText('0 of 7 steps done');
    await expect(card.getByText('Open', { exact: true })).toBeVisible();
    await expect(card.getByRole('button', { name: 'Mark resolved' })).toHaveCount(0);

    // The first four steps on the day it came in, each stamped with the time it was ticked.
    const first = [
      ['Listen to the end without interrupting', '2026-03-02T09:10:00.000Z'],
      ['Acknowledge the feeling', '2026-03-02T09:12:00.000Z'],
      ['Apologise for the trouble', '2026-03-02T09:13:00.000Z'],
      ['Clarify the facts', '2026-03-02T09:25:00.000Z'],
    ] as const;
    for (const [step, time] of first) {
      await app.setTime(time);
      await card.getByRole('checkbox', { name: step }).click();
      await expect(card.getByRole('checkbox', { name: step })).toBeChecked();
    }
    await expect(card).toContainText('Done Mar 2, 2026, 9:10 AM');
    await expect(card).toContainText('Done Mar 2, 2026, 9:25 AM');
    await expect(card).toContainText('4 of 7 steps done');
    await expect(page.getByTestId('overdue-count')).toHaveCount(0);

    // Two days later the follow-up is past due: the sidebar counts it, and every deal of that client shows it.
    await app.setTime('2026-03-05T08:30:00.000Z');
    await page.reload();
    await expect(page.getByTestId('overdue-count')).toContainText('1 complaint follow-up overdue');
    await expect(card.getByText('Overdue', { exact: true })).toBeVisible();
    await expect(page.getByRole('status').getByText('1 overdue follow-up for Huaxin Bank')).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: /^Deals/ })
      .click();
    const rowOf = (title: string): Locator => page.getByRole('row', { name: new RegExp(title) });
    await expect(
      rowOf('Core banking renewal').getByRole('link', { name: '1 complaint follow-up overdue' }),
    ).toBeVisible();
    await expect(rowOf('Branch Wi-Fi').getByRole('link', { name: '1 complaint follow-up overdue' })).toBeVisible();
    await expect(rowOf('Fleet tracking')).not.toContainText('overdue');
    await rowOf('Branch Wi-Fi').getByRole('link', { name: '1 complaint follow-up overdue' }).click();
    await expect(page.getByRole('heading', { name: 'Branch Wi-Fi', level: 1 })).toBeVisible();
    await expect(page.getByRole('status').getByText('1 overdue follow-up for Huaxin Bank')).toBeVisible();

    // Back to the deal with the case: the remaining steps, then closed with the customer's satisfaction.
    await page.goto(`${new URL(page.url()).origin}/#/deals/${dealId}/care`);
    const rest = [
      ['Agree a remedy they accept', '2026-03-05T09:00:00.000Z'],
      ['Act on it', '2026-03-05T15:40:00.000Z'],
      ['Follow up and confirm', '2026-03-06T10:05:00.000Z'],
    ] as const;
    for (const [step, time] of rest) {
      await app.setTime(time);
      await card.getByRole('checkbox', { name: step }).click();
      await expect(card.getByRole('checkbox', { name: step })).toBeChecked();
    }
    await expect(card).toContainText('7 of 7 steps done');
    await card.getByLabel('Customer’s satisfaction').selectOption({ label: '4 – Satisfied' });
    await card.getByRole('button', { name: 'Mark resolved' }).click();
    await expect(card.getByText('Resolved', { exact: true })).toBeVisible();
    await expect(card).toContainText('Resolved Mar 6, 2026');
    await expect(card).toContainText('Customer’s satisfaction: 4 – Satisfied');
    await expect(page.getByTestId('overdue-count')).toHaveCount(0);
    await expect(page.getByRole('status').getByText(/overdue follow-up/)).toHaveCount(0);

    // On disk, each step carries the time it was ticked.
    await app.services().flush();
    const file = JSON.parse(readFileSync(join(app.dataDir, 'deals', `${dealId}.json`), 'utf8'));
    expect(file.deal.complaints[0]).toMatchObject({
      category: 'billing',
      channel: 'phone',
      resolvedOn: '2026-03-06',
      satisfaction: 4,
      steps: [...first, ...rest].map(([, time]) => expect.objectContaining({ doneAt: time })),
    });

    // History: the complaint in the category and channel charts, its time to resolve, and the deal behind it.
    await page.getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
    const categories = await tableOf(page, 'Complaints by category');
    await expect(categories.getByRole('row', { name: /^Billing and charges/ })).toContainText(/1\s*100%\s*21%–100%/);
    await expect(chart(page, 'Complaints by category')).toContainText('Fewer than 5 observations: read with care.');
    const channels = await tableOf(page, 'Complaints by channel');
    await expect(channels.getByRole('row', { name: /^Phone/ })).toContainText(/1\s*100%\s*21%–100%/);
    await expect(chart(page, 'Time to resolve')).toContainText('Median 4 days · 90th percentile 4 days · 0 still open');
    await expect(chart(page, 'Complaints over time')).toContainText('n = 1');
    await categories
      .getByRole('row', { name: /^Billing and charges/ })
      .getByRole('button', { name: 'Show the deals behind Billing and charges' })
      .click();
    const panel = page.getByRole('dialog', { name: 'Billing and charges' });
    await expect(panel).toContainText('One deal');
    await expect(panel.getByRole('list', { name: 'One complaint behind it' })).toContainText(
      'Charged twice for February',
    );
    await panel.getByRole('button', { name: 'Close' }).click();

    // The JSON backup carries the complaint with its steps.
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'Backup of all data (JSON)' }).click();
    await expect(page.getByRole('status').getByText(/Backed up 3 deals to/)).toBeVisible();
    const [backup] = readdirSync(app.exportDir).filter((name) => name.endsWith('.json'));
    const saved = JSON.parse(readFileSync(join(app.exportDir, backup as string), 'utf8'));
    const backedUp = saved.deals.find((deal: { id: string }) => deal.id === dealId);
    expect(backedUp.complaints).toEqual(file.deal.complaints);

    // The complaints CSV: one row for the case, with the deal's id and every handling step's time.
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'Complaints (CSV)' }).click();
    await expect(page.getByRole('status').getByText(/Saved one row to/)).toBeVisible();
    const [csvName] = readdirSync(app.exportDir).filter((name) => name.startsWith('parley-complaints'));
    const [header, row, ...otherRows] = readFileSync(join(app.exportDir, csvName as string), 'utf8')
      .replace(/^\uFEFF/u, '')
      .trim()
      .split('\r\n');
    expect(otherRows).toEqual([]);
    expect(header).toContain('Deal ID,Source ID,Deal title,Complaint ID,Received on,Channel,Category');
    expect(row).toContain(dealId);
    expect(row).toContain('Charged twice for February');
    for (const { doneAt } of file.deal.complaints[0].steps) expect(row).toContain(doneAt);

    // The same file, edited into a second case, comes back through the import wizard and lands in the deal.
    const second = (row as string)
      .replace(file.deal.complaints[0].id, 'case-2')
      .replace('Charged twice for February', 'Statement arrived late');
    await page.getByRole('button', { name: 'Import CSV' }).first().click();
    const wizard = page.getByRole('dialog', { name: 'Import from CSV' });
    await wizard.getByRole('radio', { name: /Complaints and after-sales cases/ }).check();
    await wizard.getByLabel('Choose a CSV file').setInputFiles({
      name: 'complaints.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\r\n${second}\r\n`),
    });
    await wizard.getByRole('button', { name: 'Check the rows' }).click();
    await expect(wizard.getByText('Every row can be imported.')).toBeVisible();
    await wizard.getByRole('button', { name: 'Import one deal' }).click();
    await expect(page.getByRole('status').getByText('Added the rows to one deal')).toBeVisible();
    // The deal file is written behind the journal's commit, so wait for it rather than read it once.
    const summaries = (): string[] =>
      JSON.parse(readFileSync(join(app.dataDir, 'deals', `${dealId}.json`), 'utf8')).deal.complaints.map(
        (complaint: { summary: string }) => complaint.summary,
      );
    await expect.poll(summaries).toEqual(['Charged twice for February', 'Statement arrived late']);
  });
});
