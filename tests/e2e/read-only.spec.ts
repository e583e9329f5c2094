// @foundation read-only: a data folder that cannot be written opens with a banner; viewing and searching work, and
// saving says why it cannot. The folder is a small tmpfs remounted read-only (root on Linux; skipped elsewhere).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Language } from '@shared/domain/settings';
import { makeDraft } from '../unit/store-fixtures';
import { expect, test, type ParleyApp } from './fixtures';

const mount = (args: string[]): boolean => spawnSync('mount', args, { stdio: 'ignore' }).status === 0;

/** Restarts the app on a folder with two deals that has just turned read-only; undoes it all after `use`. */
async function withReadOnlyFolder(app: ParleyApp, language: Language, use: () => Promise<void>): Promise<void> {
  const disk = mkdtempSync(join(tmpdir(), 'parley-e2e-ro-'));
  const mounted = process.platform === 'linux' && mount(['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', disk]);
  test.skip(!mounted, 'mounting a tmpfs is not allowed here (the unit tests cover the rule with an injected failure)');
  try {
    const dataDir = join(disk, 'data');
    await app.restart({ dataDir });
    await app.services().deals.create(makeDraft({ title: 'Core network renewal', counterpartOrg: 'Huaxin' }));
    await app.services().deals.create(makeDraft({ title: 'Fleet telematics', counterpartOrg: 'Dongfang' }));
    await app.services().settings.update({ language });
    mount(['-o', 'remount,ro', disk]);
    await app.restart({ dataDir });
    await use();
  } finally {
    await app.restart();
    spawnSync('umount', [disk], { stdio: 'ignore' });
    rmSync(disk, { recursive: true, force: true });
  }
}

test.describe('@foundation read-only data folder', () => {
  test('shows a banner, lists and searches the deals, and explains why an edit is not saved', async ({ app }) => {
    await withReadOnlyFolder(app, 'en', async () => {
      const { page } = app;
      const banner = page.getByRole('status').filter({ hasText: 'Read-only: changes cannot be saved' });
      await expect(banner).toBeVisible();
      await expect(banner).toContainText('EROFS');
      await page.screenshot({ path: test.info().outputPath('read-only-en.png') });

      await page.getByLabel('Search deals').fill('huaxin');
      await expect(page.getByRole('link', { name: 'Core network renewal' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Fleet telematics' })).toHaveCount(0);

      await page.getByRole('link', { name: 'Core network renewal' }).click();
      await page.getByRole('link', { name: 'Edit' }).click();
      await page.getByLabel('Deal title').fill('Core network renewal – phase 2');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expect(page.getByText('Not saved: the data folder is read-only.')).toBeVisible();
      await page.screenshot({ path: test.info().outputPath('read-only-edit-en.png') });
      const titles = app
        .services()
        .context.store.deals.all()
        .map((deal) => deal.title);
      expect(titles.sort()).toEqual(['Core network renewal', 'Fleet telematics']);
    });
  });

  test('says the same in Chinese', async ({ app }) => {
    await withReadOnlyFolder(app, 'zh-CN', async () => {
      const { page } = app;
      await expect(page.getByRole('status').filter({ hasText: '只读模式：更改无法保存' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Fleet telematics' })).toBeVisible();
      await page.screenshot({ path: test.info().outputPath('read-only-zh.png') });
    });
  });
});
