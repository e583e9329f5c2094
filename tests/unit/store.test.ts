// The store on real files: reload, one file per deal, migrations with backups, unreadable files kept aside, the lock.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultDealQuery } from '@shared/domain/deal-list';
import type { AppStatus } from '@shared/ipc/contract';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import { acquireDataLock, DataLockedError, LOCK_FILE } from '../../src-main/store/data-lock';
import { DEAL_MIGRATIONS, DEAL_SCHEMA_VERSION, DEALS_DIR } from '../../src-main/store/deal-store';
import { DurableJsonFile } from '../../src-main/store/durable-json-file';
import {
  BACKUP_DIR,
  BACKUPS_KEPT,
  backUpFile,
  type Migration,
  NewerSchemaError,
  runMigrations,
} from '../../src-main/store/migrations';
import { QUARANTINE_DIR } from '../../src-main/store/quarantine';
import { WORKBENCH_FILE, WORKBENCH_SCHEMA_VERSION, WorkbenchStore } from '../../src-main/store/workbench-store';
import { countingIds, makeDeal, makeDraft, snapshotFiles, steppingClock, T0, useTempDirs } from './store-fixtures';
import { createLoadedServices, openLoadedStore, openLoadedDeals } from './open-loaded';

// Counts renames (one per completed durable write) without changing what they do.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, rename: vi.fn(actual.rename) };
});
const { rename } = await import('node:fs/promises');
const renamesOf = (file: string): number => vi.mocked(rename).mock.calls.filter(([, to]) => to === file).length;

const tempDir = useTempDirs('parley-store-');
const dealFile = (dir: string, id: string): string => join(dir, DEALS_DIR, `${id}.json`);
const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));
const writeJson = (file: string, data: unknown): Promise<void> => writeFile(file, JSON.stringify(data, null, 2));

async function withDealsFolder(): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, DEALS_DIR));
  return dir;
}

/** A pid that certainly belongs to no running process: a child that has already exited. */
const deadPid = (): number => {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
};

describe('saving and reloading', () => {
  it('brings back deals and settings in a fresh process-like start on the same folder', async () => {
    const dir = await tempDir();
    const first = await createLoadedServices({ dataDir: dir, now: steppingClock(), newId: countingIds('deal') });
    const created = await first.deals.create(makeDraft({ title: 'Core network' }));
    const other = await first.deals.create(
      makeDraft({ title: 'Fleet telematics', contacts: [], tags: [], value: null }),
    );
    const edited = await first.deals.update(created.id, makeDraft({ title: 'Core network – phase 2' }));
    await first.settings.update({ language: 'zh-CN', theme: 'dark' });
    first.close();

    const second = await createLoadedServices({ dataDir: dir });
    expect(second.deals.get(created.id)).toEqual(edited);
    expect(second.deals.get(other.id)).toEqual(other);
    expect(second.settings.get()).toEqual({ language: 'zh-CN', theme: 'dark' });
    expect(second.app.status()).toMatchObject({ dataDir: dir, dealCount: 2, problems: [] });
    second.close();
  });

  it('starts empty on a new folder and writes nothing but the lock until something is saved', async () => {
    const dir = await tempDir();
    const store = await openLoadedStore(join(dir, 'nested', 'data'), T0);
    expect(store.deals.all()).toEqual([]);
    expect(store.workbench.data.settings).toEqual({ language: null, theme: 'system' });
    expect(await snapshotFiles(store.dataDir)).toEqual({ [LOCK_FILE]: expect.any(String) });
    store.close();
  });

  it('keeps one file per deal and rewrites only the file of the deal saved', async () => {
    const dir = await tempDir();
    const store = await openLoadedStore(dir, T0);
    for (const id of ['a', 'b', 'c']) await store.deals.save(makeDeal(id, { title: `Deal ${id}` }));
    await store.workbench.update('settings', { language: 'en', theme: 'light' });
    expect((await readdir(join(dir, DEALS_DIR))).sort()).toEqual(['a.json', 'b.json', 'c.json']);
    expect(await readJson(dealFile(dir, 'b'))).toEqual({
      schemaVersion: DEAL_SCHEMA_VERSION,
      deal: makeDeal('b', { title: 'Deal b' }),
    });

    // Backdate every file, so that any rewrite shows in its modification time.
    const old = new Date('2001-01-01T00:00:00Z');
    const others = [dealFile(dir, 'a'), dealFile(dir, 'c'), join(dir, WORKBENCH_FILE)];
    for (const file of [...others, dealFile(dir, 'b')]) await utimes(file, old, old);
    const before = await snapshotFiles(dir);

    await store.deals.save(makeDeal('b', { title: 'Deal b, edited' }));

    for (const file of others) expect((await stat(file)).mtimeMs, file).toBe(old.getTime());
    expect((await stat(dealFile(dir, 'b'))).mtimeMs).toBeGreaterThan(old.getTime());
    const after = await snapshotFiles(dir);
    const changed = Object.keys(after).filter((file) => after[file] !== before[file]);
    expect(changed).toEqual([join(DEALS_DIR, 'b.json')]);
    store.close();
  });

  it('deletes only the removed deal file, and the deal stays gone after a reload', async () => {
    const dir = await tempDir();
    const store = await openLoadedStore(dir, T0);
    await store.deals.save(makeDeal('keep'));
    await store.deals.save(makeDeal('drop'));
    await store.deals.remove('drop');
    store.close();
    const reopened = await openLoadedStore(dir, T0);
    expect(reopened.deals.all().map((deal) => deal.id)).toEqual(['keep']);
    expect(await readdir(join(dir, DEALS_DIR))).toEqual(['keep.json']);
    reopened.close();
  });

  it('refuses a deal id that is not a safe file name', async () => {
    const dir = await tempDir();
    const store = await openLoadedStore(dir, T0);
    await expect(store.deals.save(makeDeal('../escape'))).rejects.toThrow(/unsafe deal id/);
    expect(existsSync(join(dir, 'escape.json'))).toBe(false);
    store.close();
  });
});

describe('migrations', () => {
  const toV1: Migration = { from: 0, migrate: (data) => ({ ...data, renamed: data.old, old: undefined }) };
  const toV2: Migration = { from: 1, migrate: (data) => ({ ...data, added: true }) };

  it('runs each step from the file version up to the current one', () => {
    expect(runMigrations({ schemaVersion: 0, old: 'x' }, 2, [toV2, toV1])).toEqual({
      data: { schemaVersion: 2, renamed: 'x', old: undefined, added: true },
      isMigrated: true,
    });
    // A file without a version is version 0.
    expect(runMigrations({ old: 'y' }, 1, [toV1]).data).toMatchObject({ schemaVersion: 1, renamed: 'y' });
  });

  it('leaves current data alone', () => {
    const data = { schemaVersion: 2, value: 1 };
    expect(runMigrations(data, 2, [toV1, toV2])).toEqual({ data, isMigrated: false });
  });

  it('fails on a missing step and on a newer version', () => {
    expect(() => runMigrations({ schemaVersion: 0 }, 2, [toV2])).toThrow('no migration from schema 0');
    expect(() => runMigrations({ schemaVersion: 3 }, 2, [toV1, toV2])).toThrow(NewerSchemaError);
  });

  it('migrates an older deal file on open, after backing up its original bytes', async () => {
    const dir = await withDealsFolder();
    const { side: _side, ...legacyDeal } = makeDeal('old-deal');
    const original = JSON.stringify({ schemaVersion: 0, deal: legacyDeal });
    await writeFile(dealFile(dir, 'old-deal'), original);
    const addSide: Migration = {
      from: 0,
      migrate: (data) => ({ ...data, deal: { ...(data.deal as object), side: 'buy' } }),
    };

    const { store, problems } = await openLoadedDeals(dir, T0, [addSide, ...DEAL_MIGRATIONS]);

    expect(problems).toEqual([]);
    expect(store.get('old-deal')).toEqual(makeDeal('old-deal', { side: 'buy' }));
    expect(await readJson(dealFile(dir, 'old-deal'))).toEqual({
      schemaVersion: DEAL_SCHEMA_VERSION,
      deal: makeDeal('old-deal', { side: 'buy' }),
    });
    const backups = await readdir(join(dir, BACKUP_DIR), { recursive: true });
    const backupFiles = backups.filter((name) => name.endsWith('.bak'));
    expect(backupFiles).toHaveLength(1);
    expect(await readFile(join(dir, BACKUP_DIR, backupFiles[0] as string), 'utf8')).toBe(original);
  });

  it('replaces a stale stored walk-away with the resolved one on open (schema 2 → 3), after a backup', async () => {
    const dir = await withDealsFolder();
    const deal = makeDeal('stale');
    const alternatives = [
      { id: 'r', party: 'ours' as const, description: 'Other buyer', isReal: true, value: 175_000, likelihood: 0.8 },
    ];
    const stale = {
      ...deal,
      side: 'sell' as const,
      worksheet: {
        ...deal.worksheet,
        alternatives,
        numbers: { ...deal.worksheet.numbers, walkAway: 150_000, isWalkAwayManual: false },
      },
    };
    const hypothetical = {
      ...stale,
      id: 'hypothetical',
      worksheet: { ...stale.worksheet, alternatives: [{ ...alternatives[0], isReal: false }] },
    };
    await writeFile(dealFile(dir, 'stale'), JSON.stringify({ schemaVersion: 2, deal: stale }));
    await writeFile(dealFile(dir, 'hypothetical'), JSON.stringify({ schemaVersion: 2, deal: hypothetical }));

    const { store, problems } = await openLoadedDeals(dir, T0);

    expect(problems).toEqual([]);
    expect(store.get('stale')?.worksheet.numbers.walkAway).toBe(175_000);
    expect(await readJson(dealFile(dir, 'stale'))).toMatchObject({
      schemaVersion: DEAL_SCHEMA_VERSION,
      deal: { worksheet: { numbers: { walkAway: 175_000 } } },
    });
    // A hypothetical alternative is not a floor: the typed figure stays.
    expect(store.get('hypothetical')?.worksheet.numbers.walkAway).toBe(150_000);
    const backups = (await readdir(join(dir, BACKUP_DIR), { recursive: true })).filter((name) => name.endsWith('.bak'));
    expect(backups).toHaveLength(2);
  });

  it('saves the resolved walk-away, so the file never holds a stale one', async () => {
    const dir = await withDealsFolder();
    const { store } = await openLoadedDeals(dir, T0);
    const deal = makeDeal('fresh');
    await store.save({
      ...deal,
      side: 'buy',
      worksheet: {
        ...deal.worksheet,
        alternatives: [{ id: 'r', party: 'ours', description: '', isReal: true, value: 90, likelihood: 1 }],
        numbers: { ...deal.worksheet.numbers, walkAway: 120, isWalkAwayManual: false },
      },
    });
    expect(await readJson(dealFile(dir, 'fresh'))).toMatchObject({
      deal: { worksheet: { numbers: { walkAway: 90 } } },
    });
  });

  it('opens a deal file from before the complaint log with an empty log, after a backup of the original', async () => {
    const dir = await withDealsFolder();
    const { complaints: _complaints, ...schemaThreeDeal } = makeDeal('before-complaints');
    const original = JSON.stringify({ schemaVersion: 3, deal: schemaThreeDeal });
    await writeFile(dealFile(dir, 'before-complaints'), original);

    const { store, problems } = await openLoadedDeals(dir, T0);

    expect(problems).toEqual([]);
    expect(store.get('before-complaints')).toEqual(makeDeal('before-complaints', { complaints: [] }));
    expect(await readJson(dealFile(dir, 'before-complaints'))).toMatchObject({ schemaVersion: 4 });
    const backups = (await readdir(join(dir, BACKUP_DIR), { recursive: true })).filter((name) => name.endsWith('.bak'));
    expect(await readFile(join(dir, BACKUP_DIR, backups[0] as string), 'utf8')).toBe(original);
  });

  it('migrates an older workbench.json on open', async () => {
    const dir = await tempDir();
    await writeJson(join(dir, WORKBENCH_FILE), { prefs: { lang: 'zh-CN' } });
    const fromPrefs: Migration = {
      from: 0,
      migrate: ({ prefs }) => ({ settings: { language: (prefs as { lang: string }).lang, theme: 'system' } }),
    };
    const { store, problem } = await WorkbenchStore.open(dir, T0, [fromPrefs]);
    expect(problem).toBeNull();
    expect(store.data).toMatchObject({
      schemaVersion: WORKBENCH_SCHEMA_VERSION,
      settings: { language: 'zh-CN', theme: 'system' },
    });
    expect(store.data).not.toHaveProperty('prefs');
    expect(await readJson(join(dir, WORKBENCH_FILE))).toEqual(store.data);
  });

  it('keeps a file whose migration fails aside, untouched', async () => {
    const dir = await withDealsFolder();
    const original = JSON.stringify({ schemaVersion: 0, deal: makeDeal('d') });
    await writeFile(dealFile(dir, 'd'), original);
    const broken: Migration = {
      from: 0,
      migrate: () => {
        throw new Error('cannot convert');
      },
    };
    const { store, problems } = await openLoadedDeals(dir, T0, [broken]);
    expect(store.size).toBe(0);
    expect(problems).toEqual([{ file: dealFile(dir, 'd'), movedTo: expect.any(String), reason: 'cannot convert' }]);
    expect(await readFile(problems[0]?.movedTo as string, 'utf8')).toBe(original);
  });

  it(`rotates backups: only the newest ${BACKUPS_KEPT} copies of a file are kept, other files' copies stay`, async () => {
    const dir = await withDealsFolder();
    const file = dealFile(dir, 'rotating');
    const neighbour = dealFile(dir, 'rotating-2');
    await writeFile(neighbour, 'neighbour');
    await backUpFile(dir, neighbour, T0);
    const copies: string[] = [];
    for (let version = 1; version <= BACKUPS_KEPT + 3; version++) {
      await writeFile(file, `version ${version}`);
      copies.push(await backUpFile(dir, file, new Date(T0.getTime() + version * 60_000)));
    }
    const kept = copies.filter((copy) => existsSync(copy));
    expect(kept).toEqual(copies.slice(-BACKUPS_KEPT));
    expect(await Promise.all(kept.map((copy) => readFile(copy, 'utf8')))).toEqual(
      Array.from({ length: BACKUPS_KEPT }, (_, index) => `version ${index + 4}`),
    );
    const all = await readdir(join(dir, BACKUP_DIR), { recursive: true });
    expect(all.filter((name) => name.includes('rotating-2.json'))).toHaveLength(1);
  });

  it('rotates the backups of workbench.json apart from those of a deal file of the same name', async () => {
    const dir = await withDealsFolder();
    await writeFile(join(dir, WORKBENCH_FILE), 'workbench');
    const workbenchCopy = await backUpFile(dir, join(dir, WORKBENCH_FILE), T0);
    await writeFile(dealFile(dir, 'workbench'), 'deal');
    for (let minute = 1; minute <= BACKUPS_KEPT + 1; minute++) {
      await backUpFile(dir, dealFile(dir, 'workbench'), new Date(T0.getTime() + minute * 60_000));
    }
    expect(await readFile(workbenchCopy, 'utf8')).toBe('workbench');
  });
});

describe('files this version cannot read', () => {
  it('keeps a file of a newer schema version aside, reports it, and never overwrites it', async () => {
    const dir = await withDealsFolder();
    const newerDeal = JSON.stringify({ schemaVersion: DEAL_SCHEMA_VERSION + 1, deal: makeDeal('future') });
    const newerWorkbench = JSON.stringify({
      schemaVersion: WORKBENCH_SCHEMA_VERSION + 1,
      settings: { language: 'zh-CN', theme: 'dark', font: 'large' },
    });
    await writeFile(dealFile(dir, 'future'), newerDeal);
    await writeFile(join(dir, WORKBENCH_FILE), newerWorkbench);

    const services = await createLoadedServices({ dataDir: dir, now: () => T0 });
    const { problems } = services.app.status();
    expect(problems).toHaveLength(2);
    for (const problem of problems) expect(problem.reason).toMatch(/newer Parley/);
    expect(() => services.deals.get('future')).toThrow(/No deal/);
    // Saving afterwards writes new files; the newer ones stay as they were.
    await services.settings.update({ theme: 'light' });
    await services.deals.create(makeDraft());
    const moved = Object.fromEntries(problems.map((problem) => [problem.file, problem.movedTo]));
    expect(await readFile(moved[dealFile(dir, 'future')] as string, 'utf8')).toBe(newerDeal);
    expect(await readFile(moved[join(dir, WORKBENCH_FILE)] as string, 'utf8')).toBe(newerWorkbench);
    services.close();
  });

  it('moves corrupt files to unreadable/, reports them in app:status, and loads everything else', async () => {
    const dir = await withDealsFolder();
    const good = [makeDeal('good-1'), makeDeal('good-2', { title: 'Second' })];
    for (const deal of good) await writeJson(dealFile(dir, deal.id), { schemaVersion: 1, deal });
    const corrupt: Record<string, string> = {
      [dealFile(dir, 'truncated')]: JSON.stringify({ schemaVersion: 1, deal: makeDeal('truncated') }).slice(0, 80),
      [dealFile(dir, 'wrong-shape')]: JSON.stringify({ schemaVersion: 1, deal: { ...makeDeal('x'), title: 42 } }),
      [dealFile(dir, 'empty')]: '',
      [dealFile(dir, 'null')]: 'null',
      [dealFile(dir, 'array')]: '[]',
      [join(dir, WORKBENCH_FILE)]: '{ "schemaVersion": 1, "settings": ',
    };
    for (const [file, text] of Object.entries(corrupt)) await writeFile(file, text);

    const services = await createLoadedServices({ dataDir: dir, now: () => T0 });

    expect(services.deals.list({ ...defaultDealQuery(), sort: 'title' })).toEqual(
      expect.objectContaining({ stored: 2 }),
    );
    expect(services.deals.get('good-2')).toEqual(good[1]);
    expect(services.settings.get()).toEqual({ language: null, theme: 'system' });
    const status = await createDispatch(createHandlers(services))('app:status', null);
    const problems = status.ok ? (status.value as AppStatus).problems : [];
    expect(problems.map((problem) => problem.file).sort()).toEqual(Object.keys(corrupt).sort());
    for (const problem of problems) {
      const movedTo = problem.movedTo ?? expect.fail(`${problem.file} was not moved`);
      expect(movedTo.startsWith(join(dir, QUARANTINE_DIR))).toBe(true);
      expect(problem.reason.length).toBeGreaterThan(0);
      expect(existsSync(problem.file)).toBe(false);
      expect(await readFile(movedTo, 'utf8')).toBe(corrupt[problem.file]);
    }
    expect(problems.find((problem) => problem.file === dealFile(dir, 'wrong-shape'))?.reason).toMatch(/deal\.title/);

    services.app.dismissProblems();
    expect(services.app.status().problems).toEqual([]);
    services.close();
  });

  it('never lets one unreadable file overwrite another kept aside at the same moment', async () => {
    const dir = await withDealsFolder();
    // A deal whose id is "workbench" has the same file name as workbench.json.
    await writeFile(join(dir, WORKBENCH_FILE), 'workbench, broken');
    await writeFile(dealFile(dir, 'workbench'), 'deal, broken');
    const store = await openLoadedStore(dir, T0);
    expect(store.problems).toHaveLength(2);
    const kept = await Promise.all(store.problems.map((problem) => readFile(problem.movedTo ?? '', 'utf8')));
    expect(kept.sort()).toEqual(['deal, broken', 'workbench, broken']);
    store.close();
    // And again on a later start at the same time stamp.
    await writeFile(join(dir, WORKBENCH_FILE), 'broken again');
    const again = await openLoadedStore(dir, T0);
    expect(await readdir(join(dir, QUARANTINE_DIR))).toHaveLength(3);
    again.close();
  });

  it('keeps aside a deal file whose content names another deal, so a delete cannot leave it behind', async () => {
    const dir = await withDealsFolder();
    await writeJson(dealFile(dir, 'original'), { schemaVersion: 1, deal: makeDeal('original') });
    await writeJson(dealFile(dir, 'copied-by-hand'), { schemaVersion: 1, deal: makeDeal('original') });
    const store = await openLoadedStore(dir, T0);
    expect(store.deals.all().map((deal) => deal.id)).toEqual(['original']);
    expect(store.problems).toEqual([
      {
        file: dealFile(dir, 'copied-by-hand'),
        movedTo: expect.any(String),
        reason: expect.stringMatching(/file name/),
      },
    ]);
    await store.deals.remove('original');
    expect(await readdir(join(dir, DEALS_DIR))).toEqual([]);
    store.close();
  });

  it('ignores and cleans leftover temp files of writes that never completed', async () => {
    const dir = await withDealsFolder();
    const deal = makeDeal('d1');
    await writeJson(dealFile(dir, 'd1'), { schemaVersion: 1, deal });
    await writeFile(join(dir, DEALS_DIR, '.d1.json.tmp'), '{"schemaVersion":1,"deal":{"id":"d1","tit');
    await writeFile(join(dir, DEALS_DIR, '.never-finished.json.tmp'), '{"schem');
    await writeJson(join(dir, WORKBENCH_FILE), { schemaVersion: 1, settings: { language: 'en', theme: 'dark' } });
    await writeFile(join(dir, `.${WORKBENCH_FILE}.tmp`), '');

    const store = await openLoadedStore(dir, T0);
    expect(store.problems).toEqual([]);
    expect(store.deals.all()).toEqual([deal]);
    expect(store.workbench.data.settings).toEqual({ language: 'en', theme: 'dark' });
    expect(await readdir(join(dir, DEALS_DIR))).toEqual(['d1.json']);
    store.close();
  });
});

describe('the writer lock', () => {
  it('refuses a second store on a folder that is open', async () => {
    const dir = await tempDir();
    const store = await openLoadedStore(dir, T0);
    await expect(openLoadedStore(dir, T0)).rejects.toThrow(DataLockedError);
    store.close();
  });

  it('is taken over when the process that left it died', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, LOCK_FILE), String(deadPid()));
    const store = await openLoadedStore(dir, T0);
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    store.close();
  });

  it('is released on close, so the folder can be opened again', async () => {
    const dir = await tempDir();
    const first = await createLoadedServices({ dataDir: dir });
    first.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const second = await createLoadedServices({ dataDir: dir });
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    second.close();
  });

  it('does not remove a lock that another process took over', async () => {
    const dir = await tempDir();
    const lock = await acquireDataLock(dir);
    await writeFile(join(dir, LOCK_FILE), String(process.ppid));
    expect(lock.release()).toBe(true);
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(String(process.ppid));
  });
});

describe('the durable file adapter', () => {
  it('merges writes made in one turn into one, ending with the last data; every promise resolves', async () => {
    const dir = await tempDir();
    const file = join(dir, 'burst.json');
    const adapter = new DurableJsonFile<{ n: number }>(file);
    const renamesBefore = renamesOf(file);
    await Promise.all(Array.from({ length: 10 }, (_, n) => adapter.write({ n })));
    expect(await readJson(file)).toEqual({ n: 9 });
    expect(renamesOf(file) - renamesBefore).toBe(1);
    expect(await readdir(dir)).toEqual(['burst.json']);
  });

  it('writes what arrives during a write once more, after it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'overlap.json');
    const adapter = new DurableJsonFile<{ n: number }>(file);
    const first = adapter.write({ n: 0 });
    await new Promise((resolve) => setImmediate(resolve)); // the first write is now on its way
    const later = Array.from({ length: 5 }, (_, index) => adapter.write({ n: index + 1 }));
    await Promise.all([first, ...later]);
    expect(await readJson(file)).toEqual({ n: 5 });
    expect(renamesOf(file)).toBe(2);
  });

  it('rejects every waiting promise when the write fails, and writes again afterwards', async () => {
    const dir = await tempDir();
    const file = join(dir, 'missing-folder', 'data.json');
    const adapter = new DurableJsonFile<{ n: number }>(file);
    const results = await Promise.allSettled([adapter.write({ n: 1 }), adapter.write({ n: 2 })]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    await mkdir(join(dir, 'missing-folder'));
    await adapter.write({ n: 3 });
    expect(await readJson(file)).toEqual({ n: 3 });
  });
});
