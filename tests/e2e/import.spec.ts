// @import: real CRM exports through the import wizard to the right statistics: value meanings, a default for
// empty cells, the file's currency, dates read per column, GB18030 files, re-import by CRM id and undo.
import type { Page } from '@playwright/test';
import {
  chineseCrmBytes,
  CRM_8800,
  crm8800Csv,
  hubspotCsv,
  pipedriveCsv,
  salesforceCsv,
} from '../fixtures/crm-exports';
import { expect, test } from './fixtures';

const csvFile = (name: string, content: string | Uint8Array) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(content),
});

async function openWizard(page: Page) {
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('button', { name: 'Import CSV' }).first().click();
  return page.getByRole('dialog', { name: 'Import from CSV' });
}

const dealsOnDisk = async (
  services: () => { context: { store: { flush: () => Promise<void>; deals: { size: number } } } },
) => {
  await services().context.store.flush();
  return services().context.store.deals.size;
};

test.describe('@import', () => {
  test('takes the 8,800-row export in: title column, USD, a default account, re-import unchanged, undo', async ({
    app,
  }) => {
    test.setTimeout(180_000);
    const { page } = app;
    const file = csvFile('opportunities.csv', crm8800Csv());
    let wizard = await openWizard(page);
    await wizard.getByLabel('Choose a CSV file').setInputFiles(file);
    await expect(wizard.getByRole('combobox', { name: 'CRM id' })).toHaveValue('0');
    await expect(wizard.getByRole('combobox', { name: 'Title', exact: true })).toHaveValue('');
    await wizard.getByRole('combobox', { name: 'Title', exact: true }).selectOption({ label: 'product' });
    await wizard.getByRole('combobox', { name: 'Amounts without a currency are in' }).selectOption('USD');
    const values = wizard.getByRole('region', { name: 'What the values mean' });
    await expect(values.getByRole('row', { name: /Engaging/ })).toContainText('1,589');
    await expect(values.getByRole('combobox', { name: 'What “Engaging” means' })).toHaveValue('preparing');
    await expect(values.getByRole('combobox', { name: 'What “Won” means' })).toHaveValue('won');
    await wizard.getByRole('button', { name: 'Check the rows' }).click();

    const causes = wizard.getByRole('region', { name: 'Rows with problems' });
    await expect(causes).toContainText('1,425 rows: account is empty');
    await causes.getByRole('combobox', { name: /What to do: 1,425 rows/ }).selectOption('default');
    await causes.getByRole('textbox', { name: 'Value for account' }).fill('Unknown account');
    await expect(wizard.getByRole('status')).toContainText('8,800 rows read');
    await expect(wizard.getByLabel('What the import will do')).toHaveText(
      '8,800 new · 0 updated · 0 unchanged · 0 skipped',
    );
    await wizard.getByRole('button', { name: 'Import 8,800 deals' }).click();
    await expect(page.getByRole('status').getByText('Imported: 8,800 new, 0 updated, 0 rows skipped')).toBeVisible();
    expect(await dealsOnDisk(app.services)).toBe(CRM_8800.rows);
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText('8,800');
    expect(
      app
        .services()
        .context.store.deals.all()
        .every((deal) => deal.currency === 'USD'),
    ).toBe(true);

    // The same file again: remembered columns, nothing new.
    wizard = await openWizard(page);
    await wizard.getByLabel('Choose a CSV file').setInputFiles(file);
    await expect(wizard.getByRole('combobox', { name: 'Title', exact: true })).toHaveValue('2');
    await wizard.getByRole('button', { name: 'Check the rows' }).click();
    const again = wizard.getByRole('region', { name: 'Rows with problems' });
    await again.getByRole('combobox', { name: /What to do: 1,425 rows/ }).selectOption('skip');
    await expect(wizard.getByLabel('What the import will do')).toHaveText(
      '0 new · 0 updated · 7,375 unchanged · 1,425 skipped',
    );
    await wizard.getByRole('button', { name: 'Close' }).click();
  });

  for (const [name, content, expected] of [
    ['salesforce.csv', salesforceCsv(), 4],
    ['hubspot.csv', hubspotCsv(), 3],
    ['pipedrive.csv', pipedriveCsv(), 3],
  ] as const) {
    test(`imports ${name} as exported, and undoes it`, async ({ app }) => {
      const { page } = app;
      const wizard = await openWizard(page);
      await wizard.getByLabel('Choose a CSV file').setInputFiles(csvFile(name, content));
      await wizard.getByRole('button', { name: 'Check the rows' }).click();
      await expect(wizard.getByText('Every row can be imported.')).toBeVisible();
      await wizard.getByRole('button', { name: `Import ${expected} deals` }).click();
      const toast = page.getByRole('status').filter({ hasText: `Imported: ${expected} new` });
      await expect(toast).toBeVisible();
      expect(await dealsOnDisk(app.services)).toBe(expected);
      await toast.getByRole('button', { name: 'Undo import' }).click();
      await expect(page.getByRole('status').getByText(`Import undone: ${expected} deals removed`)).toBeVisible();
      expect(await dealsOnDisk(app.services)).toBe(0);
    });
  }

  test('reads a Chinese CRM export saved as GB18030', async ({ app }) => {
    const { page } = app;
    const wizard = await openWizard(page);
    await wizard.getByLabel('Choose a CSV file').setInputFiles(csvFile('商机导出.csv', chineseCrmBytes()));
    await expect(wizard.getByRole('combobox', { name: 'Title', exact: true })).toHaveValue('1');
    await wizard.getByRole('combobox', { name: 'Amounts without a currency are in' }).selectOption('CNY');
    await wizard.getByRole('button', { name: 'Check the rows' }).click();
    await expect(wizard.getByRole('status')).toContainText('read as GB18030');
    await wizard.getByRole('button', { name: 'Import 4 deals' }).click();
    await expect(page.getByRole('status').getByText('Imported: 4 new, 0 updated, 0 rows skipped')).toBeVisible();
    const titles = app
      .services()
      .context.store.deals.all()
      .map((deal) => deal.title);
    expect(titles.sort()).toEqual(['数据中心迁移', '核心系统升级', '车队管理平台', '门店网络改造'].sort());
  });
});
