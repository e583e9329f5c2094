// @privacy: one shortcut hides every amount and private note on every screen, and the title bar says so.
import type { Locator } from '@playwright/test';
import { completeDraft, completeWorksheet } from '../unit/prep-sheet-fixtures';
import { expect, test, type ParleyApp } from './fixtures';

const isBlurred = (locator: Locator) =>
  locator.evaluate((element) => getComputedStyle(element).filter.includes('blur'));

async function seed(app: ParleyApp): Promise<void> {
  const services = app.services();
  const deal = await services.deals.create(completeDraft());
  await services.deals.save({ ...deal, worksheet: completeWorksheet() });
  await app.page.reload();
}

test.describe('@privacy privacy screen', () => {
  test('Ctrl+Shift+H blurs amounts and notes on every screen until pressed again', async ({ app }) => {
    const { page } = app;
    await seed(app);
    const value = page.getByRole('cell', { name: 'CN¥1,250,000' });
    await expect(value).toBeVisible();
    expect(await isBlurred(value)).toBe(false);
    await expect(page).toHaveTitle('Deals – Parley');

    await page.keyboard.press('Control+Shift+H');
    await expect(page).toHaveTitle('Deals – Parley — Privacy screen on');
    await expect(page.getByRole('button', { name: 'Privacy screen on' })).toHaveAttribute('aria-pressed', 'true');
    expect(await isBlurred(value)).toBe(true);
    // The deal's title and client stay readable: only figures and notes are hidden.
    expect(await isBlurred(page.getByRole('link', { name: 'Network renewal 2027' }))).toBe(false);

    // It stays on across screens: the overview's notes, the worksheet's amount fields.
    await page.getByRole('link', { name: 'Network renewal 2027' }).click();
    await page.getByRole('link', { name: 'Overview' }).click();
    expect(await isBlurred(page.getByText('Wang Lei hinted the board'))).toBe(true);
    await page.getByRole('link', { name: 'ICON worksheet' }).click();
    await page.getByRole('tab', { name: 'Numbers', exact: true }).click();
    const walkAway = page.getByLabel('Walk-away', { exact: true });
    await expect(walkAway).toBeVisible();
    expect(await isBlurred(walkAway)).toBe(true);
    await page.getByRole('link', { name: 'Prep sheet' }).click();
    await expect(page.getByTitle('Prep sheet preview')).toBeVisible();
    expect(await isBlurred(page.getByTitle('Prep sheet preview').locator('..'))).toBe(true);

    // The notice stays on every screen's own title.
    await expect(page).toHaveTitle(/^Prep sheet – Network renewal 2027 – Parley — Privacy screen on$/);
    await page.keyboard.press('Control+Shift+H');
    await expect(page).toHaveTitle('Prep sheet – Network renewal 2027 – Parley');
    expect(await isBlurred(page.getByTitle('Prep sheet preview').locator('..'))).toBe(false);
  });

  test('the sidebar switch turns it on and off, in Chinese too', async ({ app }) => {
    const { page } = app;
    await app.services().settings.update({ language: 'zh-CN' });
    await seed(app);
    await page.getByRole('button', { name: /隐藏金额和备注/ }).click();
    await expect(page).toHaveTitle(/ — 隐私屏幕已开启$/);
    expect(await isBlurred(page.getByRole('cell', { name: /1,250,000/ }))).toBe(true);
    await page.getByRole('button', { name: '隐私屏幕已开启' }).click();
    await expect(page).not.toHaveTitle(/隐私屏幕已开启/);
  });
});
