// store.*: saving one deal costs one deal's bytes whatever the history size; loading costs what reading does.
import { open, readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { applyDraft } from '../../src-shared/domain/deal-factory';
import type { Deal } from '../../src-shared/domain/deal';
import { DEAL_SCHEMA_VERSION, DEALS_DIR } from '../../src-main/store/deal-store';
import { openStore } from '../../src-main/store/open-store';
import { benchDeals, BENCH_NOW, writeDataFolder } from '../fixtures';
import { compare, limitResult, ratioResult, type BenchResult } from '../measure';

/** The floor of one durable save: write the bytes to a temp file, fsync it, rename it over the file. */
export async function rawDurableWrite(file: string, text: string): Promise<void> {
  const temp = `${file}.floor-tmp`;
  const handle = await open(temp, 'w');
  await handle.writeFile(text, 'utf8');
  await handle.sync();
  await handle.close();
  await rename(temp, file);
}

const edited = (deal: Deal, round: number): Deal =>
  applyDraft(deal, { ...deal, notes: `${deal.notes} Edit ${round}.` }, new Date(BENCH_NOW.getTime() + round));

async function saveOne(count: number, rounds: number): Promise<{ ours: number; floor: number }> {
  const deals = benchDeals(count);
  const { dataDir, dispose } = writeDataFolder(deals);
  const store = await openStore(dataDir, BENCH_NOW);
  await store.deals.loadAll();
  try {
    const pick = (round: number): Deal => store.deals.get((deals[(round * 7919) % deals.length] as Deal).id) as Deal;
    return await compare(
      rounds,
      (round) => store.deals.save(edited(pick(round), round)),
      (round) => {
        const deal = edited(pick(round), round);
        return rawDurableWrite(
          join(dataDir, DEALS_DIR, `${deal.id}.json`),
          JSON.stringify({ schemaVersion: DEAL_SCHEMA_VERSION, deal }),
        );
      },
    );
  } finally {
    store.close();
    dispose();
  }
}

async function loadAll(count: number): Promise<{ ours: number; floor: number }> {
  const { dataDir, dispose } = writeDataFolder(benchDeals(count));
  const readDirectly = async (): Promise<unknown[]> => {
    const folder = join(dataDir, DEALS_DIR);
    const names = await readdir(folder);
    const parsed: unknown[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < names.length)
        parsed.push(JSON.parse(await readFile(join(folder, names[next++] as string), 'utf8')));
    };
    await Promise.all(Array.from({ length: 64 }, worker));
    return parsed;
  };
  try {
    // Every deal file read, as an import or a backup does (start-up itself reads only the deal index).
    const openAndReadAll = async (): Promise<void> => {
      const store = await openStore(dataDir, BENCH_NOW);
      await store.deals.loadAll();
      store.close();
    };
    return await compare(5, openAndReadAll, readDirectly);
  } finally {
    dispose();
  }
}

export async function storeSuite(): Promise<BenchResult[]> {
  const small = await saveOne(1_000, 150);
  const large = await saveOne(10_000, 150);
  const load = await loadAll(10_000);
  return [
    ratioResult('store.save-one.1k', small.ours, small.floor, 2),
    ratioResult('store.save-one.10k', large.ours, large.floor, 2),
    { ...limitResult('store.save-growth', large.ours / small.ours, 1.5, '×'), floor: null },
    ratioResult('store.load-all.10k', load.ours, load.floor, 1.5),
  ];
}
