// A failing disk: injected write failures, a full tmpfs (ENOSPC), a read-only tmpfs (EROFS), files that cannot be
// set aside, temp files left behind, a workbench with one bad section. After each, the window shows what a restart
// shows, and the app starts.
import type * as FsPromises from 'node:fs/promises';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultDealQuery } from '@shared/domain/deal-list';
import type { AppStatus } from '@shared/ipc/contract';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createServices, type Services } from '../../src-main/services/create-services';
import { LOCK_FILE } from '../../src-main/store/data-lock';
import { DEALS_DIR } from '../../src-main/store/deal-store';
import { InvalidDocumentError } from '../../src-main/store/json-document';
import { WORKBENCH_FILE } from '../../src-main/store/workbench-store';
import { makeDeal, makeDraft, snapshotFiles, T0, useTempDirs } from './store-fixtures';
import { useTmpfs } from './tmpfs';
import { createLoadedServices, openLoadedStore } from './open-loaded';

// Lets a test make the next renames fail as a full disk would, without changing what they do otherwise.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, rename: vi.fn(actual.rename) };
});
const { rename } = await import('node:fs/promises');
const failNextWrites = (code: string, times = 1): void => {
  for (let i = 0; i < times; i++)
    vi.mocked(rename).mockRejectedValueOnce(Object.assign(new Error(`${code}: injected`), { code }));
};

const tempDir = useTempDirs('parley-failures-');
const tmpfs = useTmpfs();

const titles = (services: Services): string[] =>
  services.deals
    .list(defaultDealQuery())
    .deals.map((item) => item.title)
    .sort();

async function restart(services: Services, dataDir: string): Promise<Services> {
  await services.flush();
  services.close();
  return createServices({ dataDir });
}

describe('memory after disk', () => {
  it('a deal whose save failed is not listed, as after a restart; an edit that failed is undone', async () => {
    const dataDir = await tempDir();
    let services = await createLoadedServices({ dataDir });
    const dispatch = createDispatch(createHandlers(services), () => {});
    const kept = await services.deals.create(makeDraft({ title: 'Kept' }));
    failNextWrites('ENOSPC');
    const created = await dispatch('deals:create', makeDraft({ title: 'Lost to a full disk' }));
    expect(created).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    failNextWrites('EIO');
    await expect(services.deals.update(kept.id, makeDraft({ title: 'Renamed' }))).rejects.toThrow('EIO');
    expect(titles(services)).toEqual(['Kept']);
    expect(services.app.status().dealCount).toBe(1);
    expect(await readdir(join(dataDir, DEALS_DIR))).toEqual([`${kept.id}.json`]);

    services = await restart(services, dataDir);
    expect(titles(services)).toEqual(['Kept']);
    services.close();
  });

  it('settings whose save failed stay as in the file', async () => {
    const dataDir = await tempDir();
    let services = await createLoadedServices({ dataDir });
    await services.settings.update({ theme: 'dark' });
    failNextWrites('EROFS');
    await expect(services.settings.update({ theme: 'light', language: 'zh-CN' })).rejects.toThrow('EROFS');
    expect(services.settings.get()).toEqual({ language: null, theme: 'dark' });
    services = await restart(services, dataDir);
    expect(services.settings.get()).toEqual({ language: null, theme: 'dark' });
    services.close();
  });

  it('never writes a document that fails its own schema', async () => {
    const dataDir = await tempDir();
    const store = await openLoadedStore(dataDir, T0);
    await store.workbench.update('settings', { language: 'en', theme: 'dark' });
    const before = await snapshotFiles(dataDir);
    const broken = { language: 'en', theme: undefined } as unknown as { language: 'en'; theme: 'dark' };
    await expect(store.workbench.update('settings', broken)).rejects.toThrow(InvalidDocumentError);
    await expect(store.deals.save({ ...makeDeal('d1'), title: undefined } as never)).rejects.toThrow(
      InvalidDocumentError,
    );
    expect(await snapshotFiles(dataDir)).toEqual(before);
    expect(store.workbench.data.settings).toEqual({ language: 'en', theme: 'dark' });
    expect(store.deals.has('d1')).toBe(false);
    store.close();
  });
});

describe('exports', () => {
  it('replace an earlier export whole or not at all', async () => {
    const dataDir = await tempDir();
    const exportDir = await tempDir();
    const services = await createServices({
      dataDir,
      export: { ports: { chooseSavePath: async ({ fileName }) => join(exportDir, fileName) } },
    });
    const deal = await services.deals.create(makeDraft({ title: 'Core network' }));
    const request = { dealId: deal.id, language: 'en', variant: 'full', paper: 'a4', format: 'markdown' } as const;
    const first = await services.export.exportPrepSheet(request);
    const path = first.status === 'saved' ? first.path : expect.fail('not saved');
    const before = await readFile(path, 'utf8');
    await services.deals.update(deal.id, makeDraft({ title: 'Core network', notes: 'A new note for the sheet.' }));
    failNextWrites('ENOSPC');
    await expect(services.export.exportPrepSheet(request)).rejects.toThrow('ENOSPC');
    expect(await readFile(path, 'utf8')).toBe(before); // the earlier export, intact
    expect(await readdir(exportDir)).toEqual([path.split('/').at(-1)]); // and no half file beside it
    services.close();
  });
});

describe('a full disk (ENOSPC on a small tmpfs)', () => {
  it('refuses the save, leaves no temp file, and opens read-only at the next start', async (context) => {
    const disk = await tmpfs(256);
    if (!disk) return context.skip('mounting a tmpfs is not allowed here; the injected ENOSPC above covers the rule');
    const dataDir = join(disk.dir, 'data');
    let services = await createLoadedServices({ dataDir });
    const small = await services.deals.create(makeDraft({ title: 'Small' }));
    // Fill the disk, then try a deal whose file does not fit.
    await writeFile(join(disk.dir, 'filler'), Buffer.alloc(200 * 1024)).catch(() => {});
    const big = makeDraft({ title: 'Too big for the disk', notes: 'x'.repeat(19_000) });
    const dispatch = createDispatch(createHandlers(services), () => {});
    const results = [];
    for (let i = 0; i < 10; i++) results.push(await dispatch('deals:create', big));
    expect(results.some((result) => !result.ok && result.error.code === 'storage-failed')).toBe(true);
    const saved = results.filter((result) => result.ok).length;
    expect(services.app.status().dealCount).toBe(1 + saved);
    const listed = titles(services);
    expect((await readdir(join(dataDir, DEALS_DIR))).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    services.close();
    // Not even a lock file fits now: the folder opens read-only, with everything on it readable.
    await writeFile(join(disk.dir, 'filler-2'), Buffer.alloc(64 * 1024)).catch(() => {});
    services = await createLoadedServices({ dataDir });
    expect(titles(services)).toEqual(listed);
    expect(services.deals.get(small.id)?.title).toBe('Small');
    expect(services.app.status().readOnly).toEqual({ code: 'ENOSPC' });
    services.close();
  });
});

describe('a read-only data folder', () => {
  it('opens for viewing, searching and exporting; saving says why it cannot', async (context) => {
    const disk = await tmpfs(1024);
    if (!disk) return context.skip('mounting a tmpfs is not allowed here');
    const dataDir = join(disk.dir, 'data');
    const exportDir = await tempDir();
    const first = await createLoadedServices({ dataDir });
    const deal = await first.deals.create(makeDraft({ title: 'Core network' }));
    await first.flush();
    first.close();
    disk.readOnly();

    const services = await createLoadedServices({
      dataDir,
      export: { ports: { chooseSavePath: async ({ fileName }) => join(exportDir, fileName) } },
    });
    const dispatch = createDispatch(createHandlers(services), () => {});
    const status = await dispatch('app:status', null);
    expect((status as { value: AppStatus }).value).toMatchObject({ readOnly: { code: 'EROFS' }, dealCount: 1 });
    const found = services.deals.list({ ...defaultDealQuery(), search: 'core' });
    expect(found.deals.map((item) => item.id)).toEqual([deal.id]);
    const exported = await dispatch('export:prep-sheet', {
      dealId: deal.id,
      language: 'en',
      variant: 'full',
      paper: 'a4',
      format: 'markdown',
    });
    expect(exported).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(await readdir(exportDir)).toHaveLength(1);
    const edit = await dispatch('deals:update', { id: deal.id, draft: makeDraft({ title: 'Changed' }) });
    expect(edit).toMatchObject({
      ok: false,
      error: { code: 'read-only', message: expect.stringMatching(/read-only/) },
    });
    const settings = await dispatch('settings:update', { theme: 'dark' });
    expect(settings).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(services.close()).toBe(true);
  });
});

describe('start-up with files that cannot be handled', () => {
  it('skips and reports a file that cannot be set aside, and still starts', async () => {
    const dataDir = await tempDir();
    await mkdir(join(dataDir, DEALS_DIR, 'x.json'), { recursive: true }); // a folder named like a deal file
    await writeFile(join(dataDir, DEALS_DIR, 'ok.json'), JSON.stringify({ schemaVersion: 1, deal: makeDeal('ok') }));
    const services = await createLoadedServices({ dataDir });
    expect(services.deals.get('ok')?.id).toBe('ok');
    expect(services.app.status().problems).toEqual([
      {
        file: join(dataDir, DEALS_DIR, 'x.json'),
        movedTo: null,
        reason: expect.stringMatching(/could not be moved aside .*skipped/),
      },
    ]);
    services.close();
  });

  it('removes temp files left by writes that never completed', async () => {
    const dataDir = await tempDir();
    const first = await createLoadedServices({ dataDir });
    await first.deals.create(makeDraft());
    first.close();
    await writeFile(join(dataDir, `.${WORKBENCH_FILE}.tmp`), '{"half');
    await writeFile(join(dataDir, DEALS_DIR, '.deal-x.json.tmp'), '{"half');
    const services = await createLoadedServices({ dataDir });
    const names = await readdir(dataDir, { recursive: true });
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(names).toContain(LOCK_FILE);
    services.close();
  });

  it('resets only the section of workbench.json that cannot be read, keeping a copy of the file', async () => {
    const dataDir = await tempDir();
    const first = await createLoadedServices({ dataDir });
    await first.settings.update({ language: 'zh-CN', theme: 'dark' });
    first.close();
    const file = join(dataDir, WORKBENCH_FILE);
    const damaged = { ...JSON.parse(await readFile(file, 'utf8')), rehearsal: { states: 'not a record' } };
    await writeFile(file, JSON.stringify(damaged));

    const services = await createLoadedServices({ dataDir });
    expect(services.settings.get()).toEqual({ language: 'zh-CN', theme: 'dark' });
    const [problem] = services.app.status().problems;
    expect(problem?.reason).toMatch(/rehearsal part could not be read/);
    expect(JSON.parse(await readFile(problem?.movedTo ?? '', 'utf8'))).toEqual(damaged);
    services.close();
  });
});
