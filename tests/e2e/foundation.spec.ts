// @foundation: create, edit, persist across a restart, delete, and switch the UI to Chinese.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test.describe('@foundation deals', () => {
  test('create a deal with two contacts, edit it, restart, delete it', async ({ app }) => {
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Prepare your first negotiation' })).toBeVisible();

    await page.keyboard.press('Control+n');
    await expect(page.getByRole('heading', { name: 'New deal' })).toBeVisible();
    await page.getByRole('button', { name: 'Create deal' }).click();
    await expect(page.getByText('Fix the 2 highlighted fields before saving.')).toBeVisible();
    await expect(page.getByLabel('Deal title')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Deal title').fill('Network renewal 2027');
    await page.getByLabel('Counterpart organisation').fill('Huaxin Logistics');
    await page.getByLabel('Deal value').fill('1,250,000');
    await page.getByLabel('Counterpart style').selectOption('analytical');
    await expect(page.getByText('Wants data, detail and comparisons')).toBeVisible();
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('button', { name: 'Add contact' }).click();
    const contacts = page.locator('fieldset');
    await contacts.nth(0).getByLabel('Name').fill('Wang Lei');
    await contacts.nth(0).getByLabel('Job title').fill('CFO');
    await contacts.nth(1).getByLabel('Name').fill('Li Na');
    await contacts.nth(1).getByLabel('Job title').fill('IT director');
    await contacts.nth(1).getByLabel('Decision role').selectOption('champion');
    await page.getByLabel('Tags').fill('renewal, telecom');
    await page.getByRole('button', { name: 'Create deal' }).click();

    await expect(page.getByRole('heading', { name: 'Network renewal 2027' })).toBeVisible();
    await expect(page.getByText('Wang Lei')).toBeVisible();
    await expect(page.getByText('Champion')).toBeVisible();
    await expect(page.getByText('CN¥1,250,000').first()).toBeVisible();

    // The deal is one file on disk.
    const files = readdirSync(join(app.dataDir, 'deals'));
    expect(files).toHaveLength(1);
    const stored = JSON.parse(readFileSync(join(app.dataDir, 'deals', files[0] as string), 'utf8'));
    expect(stored.deal.contacts.map((contact: { name: string }) => contact.name)).toEqual(['Wang Lei', 'Li Na']);

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Deal title').fill('Network renewal 2027 – phase 2');
    await page.getByLabel('Stage').selectOption('negotiating');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { name: 'Network renewal 2027 – phase 2' })).toBeVisible();

    await app.restart();
    await expect(page.getByRole('heading', { name: 'Network renewal 2027 – phase 2' })).toBeVisible();
    await expect(page.getByText('Negotiating').first()).toBeVisible();
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page.getByRole('link', { name: 'Network renewal 2027 – phase 2' })).toBeVisible();
    await page.getByLabel('Search deals').fill('huaxin');
    await expect(page.getByRole('link', { name: 'Network renewal 2027 – phase 2' })).toBeVisible();
    await page.getByLabel('Search deals').fill('nothing like this');
    await expect(page.getByRole('heading', { name: 'No deal matches' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await page.getByRole('link', { name: 'Network renewal 2027 – phase 2' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('“Network renewal 2027 – phase 2” deleted')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Prepare your first negotiation' })).toBeVisible();
    expect(readdirSync(join(app.dataDir, 'deals'))).toHaveLength(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('heading', { name: 'Network renewal 2027 – phase 2' })).toBeVisible();
    expect(readdirSync(join(app.dataDir, 'deals'))).toHaveLength(1);
  });

  test('switch to Chinese, and the choice is remembered', async ({ app }) => {
    const { page } = app;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('zh-CN');
    await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '商机' })).toBeVisible();
    await app.restart();
    await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
    await page.getByRole('link', { name: '商机' }).click();
    await expect(page.getByRole('heading', { name: '准备你的第一场谈判' })).toBeVisible();
    await page.getByRole('link', { name: '新建商机' }).first().click();
    await expect(page.getByLabel('商机名称')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});
