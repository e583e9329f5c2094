// The deal index: start-up answers the list and History from it without reading deal files; entries that no
// longer match their file are re-read; a damaged or missing index is rebuilt; it is never the source of truth.
import { readFile, rename, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDealQuery, summariseDeal } from '@shared/domain/deal-list';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createServices } from '../../src-main/services/create-services';
import { DEAL_INDEX_FILE } from '../../src-main/store/deal-index';
import { DEALS_DIR, DealNotLoadedError, DealStore } from '../../src-main/store/deal-store';
import { makeDeal, T0, useTempDirs } from './store-fixtures';

const tempDir = useTempDirs('parley-index-');
const dealFile = (dir: string, id: string): string => join(dir, DEALS_DIR, `${id}.json`);

async function folderWithDeals(count: number): Promise<string> {
  const dir = await tempDir();
  const { store } = await DealStore.open(dir, T0);
  for (let i = 0; i < count; i++) await store.save(makeDeal(`deal-${i}`, { title: `Deal ${i}`, value: i * 1000 }));
  await store.flush();
  store.close();
  return dir;
}

describe('the deal index', () => {
  it('answers the deals list at start without reading any deal file, and reads a deal when it is asked for', async () => {
    const dir = await folderWithDeals(5);
    expect(JSON.parse(await readFile(join(dir, DEAL_INDEX_FILE), 'utf8')).entries).toHaveLength(5);
    // Deal files made unreadable as JSON but with their stamps kept: only a read of the file would notice.
    const damaged = dealFile(dir, 'deal-3');
    const { mtime, size } = await stat(damaged);
    await writeFile(damaged, '#'.repeat(size));
    await utimes(damaged, mtime, mtime);

    const { store } = await DealStore.open(dir, T0);
    await store.indexed;
    expect(store.summaries().map((summary) => summary.title)).toEqual([0, 1, 2, 3, 4].map((i) => `Deal ${i}`));
    expect(() => store.get('deal-1')).toThrow(DealNotLoadedError);
    await store.load(['deal-1']);
    expect(store.get('deal-1')).toEqual(makeDeal('deal-1', { title: 'Deal 1', value: 1000 }));
    store.close();
  });

  it('re-reads a deal whose file changed since the index was written, and adds a file the index lacks', async () => {
    const dir = await folderWithDeals(3);
    const changed = makeDeal('deal-2', { title: 'Changed by another copy', value: 7 });
    await writeFile(dealFile(dir, 'deal-2'), JSON.stringify({ schemaVersion: 2, deal: changed }));
    const added = makeDeal('deal-new', { title: 'Written while the index was stale' });
    await writeFile(dealFile(dir, 'deal-new'), JSON.stringify({ schemaVersion: 2, deal: added }));

    const { store } = await DealStore.open(dir, T0);
    await store.verified;
    const titles = Object.fromEntries(store.summaries().map((summary) => [summary.id, summary.title]));
    expect(titles).toMatchObject({ 'deal-2': 'Changed by another copy', 'deal-new': added.title });
    expect(store.factsOf('deal-2')?.value).toBe(7);
    await store.flush();
    store.close();
    const { entries } = JSON.parse(await readFile(join(dir, DEAL_INDEX_FILE), 'utf8'));
    expect(entries.find((entry: { id: string }) => entry.id === 'deal-2').summary).toEqual(summariseDeal(changed));
  });

  it('rebuilds a damaged or missing index from the deal files, and drops entries whose file is gone', async () => {
    const dir = await folderWithDeals(4);
    await rename(dealFile(dir, 'deal-0'), join(dir, 'elsewhere.json.bak'));
    await writeFile(join(dir, DEAL_INDEX_FILE), '{"schemaVersion":1,"entries":[{"id":');

    const services = await createServices({ dataDir: dir, now: () => T0 });
    const dispatch = createDispatch(createHandlers(services));
    const page = await dispatch('deals:list', { ...defaultDealQuery(), sort: 'title' });
    expect(page).toMatchObject({ ok: true, value: { total: 3, stored: 3 } });
    const opened = await dispatch('deals:get', { id: 'deal-2' });
    expect(opened).toMatchObject({ ok: true, value: { id: 'deal-2', title: 'Deal 2' } });
    await services.flush();
    services.close();
    const { entries } = JSON.parse(await readFile(join(dir, DEAL_INDEX_FILE), 'utf8'));
    expect(entries.map((entry: { id: string }) => entry.id).sort()).toEqual(['deal-1', 'deal-2', 'deal-3']);
  });

  it('pages the list: every match is reachable, none twice', async () => {
    const dir = await folderWithDeals(25);
    const services = await createServices({ dataDir: dir, now: () => T0 });
    await services.context.store.deals.indexed;
    const seen: string[] = [];
    for (let offset = 0; offset < 25; offset += 10) {
      const page = services.deals.list({ ...defaultDealQuery(), sort: 'value', offset, limit: 10 });
      expect(page).toMatchObject({ total: 25, offset });
      seen.push(...page.deals.map((deal) => deal.id));
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `deal-${24 - i}`));
    const found = services.deals.list({ ...defaultDealQuery(), search: 'deal 1', limit: 100 });
    expect(found.total).toBe(12); // every word matches: Deal 1, 10–19 and 21
    await services.flush();
    services.close();
  });
});
