// @a11y keyboard: journeys done with the keyboard alone, asserting where focus lands after each step; window titles;
// every screen at 1024×640 without sideways scrolling.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { firstSampleDeal, screenHashes, waitUntilSettled } from './screens';

/** Presses Tab until `target` has focus (at most `limit` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let count = 0; count < limit; count++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('@a11y keyboard', () => {
  test('create a deal, fix a failed save, delete it from the list and undo it', async ({ app }) => {
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Prepare your first negotiation' })).toBeVisible();
    await expect(page).toHaveTitle('Deals – Parley');

    await page.keyboard.press('Control+n');
    await expect(page.getByLabel('Deal title')).toBeFocused();
    await expect(page).toHaveTitle('New deal – Parley');
    await page.keyboard.type('Network renewal 2027');
    await page.keyboard.press('Control+Enter');
    // The title is filled; the organisation is the first field left wrong, and it says it is required.
    const organisation = page.getByLabel('Counterpart organisation');
    await expect(organisation).toBeFocused();
    await expect(organisation).toHaveAttribute('aria-required', 'true');
    await expect(organisation).toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.type('Huaxin Logistics');
    await page.keyboard.press('Control+Enter');

    const heading = page.getByRole('heading', { name: 'Network renewal 2027', level: 1 });
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle('Overview – Network renewal 2027 – Parley');

    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('link', { name: 'Back' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Deals', level: 1 })).toBeFocused();

    await tabTo(page, page.getByRole('button', { name: 'Delete Network renewal 2027' }));
    await page.keyboard.press('Enter');
    const undo = page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    expect(readdirSync(join(app.dataDir, 'deals'))).toHaveLength(0);
    // It stays while the user reads it (no time limit) …
    await page.clock.install();
    await page.clock.fastForward(60_000);
    await expect(undo).toBeVisible();
    // … and Enter brings the deal back, on disk too, with focus on its heading.
    await page.keyboard.press('Enter');
    await expect(heading).toBeFocused();
    expect(readdirSync(join(app.dataDir, 'deals'))).toHaveLength(1);
  });

  test('a chart from the keyboard: arrows pick a bar, Enter opens its deals, Escape returns to the chart', async ({
    app,
  }) => {
    const { page } = app;
    await firstSampleDeal(app);
    await page.getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeFocused();
    await expect(page).toHaveTitle('History – Parley');

    const chart = page.getByRole('listbox', { name: 'Objections by type' });
    await expect(chart).toHaveAccessibleDescription(/bars\. Use the arrow keys/);
    await tabTo(page, chart);
    await page.keyboard.press('ArrowDown');
    const bar = chart.getByRole('option', { selected: true });
    const label = (await bar.textContent())?.split(',')[0] ?? '';
    expect(label).not.toBe('');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: label });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(chart).toBeFocused();
  });

  for (const language of ['en', 'zh-CN'] as const) {
    test(`every screen at 1024×640 without sideways scrolling (${language})`, async ({ app }) => {
      const { page } = app;
      await app.services().settings.update({ language });
      const id = await firstSampleDeal(app);
      await page.setViewportSize({ width: 1024, height: 640 });
      await page.reload();
      for (const hash of screenHashes(id)) {
        await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await waitUntilSettled(page);
        const overflow = await page.evaluate<{ page: number; main: number }>(`({
          page: document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth,
          main: document.querySelector('main').scrollWidth - document.querySelector('main').clientWidth,
        })`);
        expect.soft(overflow, `${hash} (${language})`).toEqual({ page: 0, main: 0 });
      }
    });
  }
});
