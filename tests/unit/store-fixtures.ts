// Shared by the store, dispatch and crash tests: temp data folders, deals, and snapshots of a folder's files.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import type { Deal, DealDraft } from '@shared/domain/deal';
import { createDeal, emptyDealDraft } from '@shared/domain/deal-factory';

export const T0 = new Date('2026-03-02T09:00:00.000Z');

/** Temp folders removed after each test (or after all tests, for folders made in `beforeAll`). */
export function useTempDirs(prefix = 'parley-unit-', after: 'each' | 'all' = 'each'): () => Promise<string> {
  const dirs: string[] = [];
  (after === 'each' ? afterEach : afterAll)(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/** A clock that moves one second per call, and ids that count up: tests see stable values. */
export const steppingClock = (start = T0): (() => Date) => {
  let tick = 0;
  return () => new Date(start.getTime() + 1000 * tick++);
};
export const countingIds = (prefix = 'id'): (() => string) => {
  let next = 0;
  return () => `${prefix}-${++next}`;
};

export const makeDraft = (overrides: Partial<DealDraft> = {}): DealDraft => ({
  ...emptyDealDraft(),
  title: 'Network renewal',
  counterpartOrg: 'Huaxin Logistics',
  contacts: [{ id: 'c1', name: 'Wang Lei', role: 'CFO', decisionRole: 'decision-maker', style: 'analytical' }],
  value: 1_250_000,
  tags: ['renewal'],
  ...overrides,
});

export const makeDeal = (id: string, overrides: Partial<Deal> = {}, now = T0): Deal => ({
  ...createDeal(makeDraft(), id, now),
  ...overrides,
});

/** Every file under `dir` (relative path → bytes as base64), to prove that nothing changed on disk. */
export async function snapshotFiles(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const contents = await Promise.all(files.map((file) => readFile(file)));
  return Object.fromEntries(
    files.map((file, index) => [relative(dir, file), (contents[index] as Buffer).toString('base64')] as const).sort(),
  );
}
