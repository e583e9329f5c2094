// Quitting waits for writes still on their way to disk: flush() resolves only once they are there.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDeal } from '@shared/domain/deal-factory';
import { openStore } from '../../src-main/store/open-store';
import { makeDraft, T0, useTempDirs } from './store-fixtures';

const tempDir = useTempDirs();

describe('store flush', () => {
  it('resolves after every save and settings update started before it is on disk', async () => {
    const dataDir = await tempDir();
    const store = await openStore(dataDir, T0);
    const deal = createDeal(makeDraft(), 'deal-1', T0);
    void store.deals.save(deal);
    void store.deals.save({ ...deal, title: 'Last title' });
    void store.workbench.update('settings', { ...store.workbench.data.settings, theme: 'dark' });
    await store.flush();
    const file = JSON.parse(await readFile(join(dataDir, 'deals', 'deal-1.json'), 'utf8'));
    expect(file.deal.title).toBe('Last title');
    const workbench = JSON.parse(await readFile(join(dataDir, 'workbench.json'), 'utf8'));
    expect(workbench.settings.theme).toBe('dark');
    store.close();
  });

  it('resolves at once when nothing is pending, and after a failed write too', async () => {
    const dataDir = await tempDir();
    const store = await openStore(dataDir, T0);
    await expect(store.flush()).resolves.toBeUndefined();
    const failing = store.deals.save({ ...createDeal(makeDraft(), 'deal-2', T0), id: '../escape' });
    await expect(failing).rejects.toThrow();
    await expect(store.flush()).resolves.toBeUndefined();
    store.close();
  });
});
