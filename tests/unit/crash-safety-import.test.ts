// Imports across crashes: a child importing 120-row CSV files (and undoing some) is killed with SIGKILL at random
// moments. After every kill the next start must finish or roll back what was cut short: each import's rows are all
// there or none, every import the child reported done is whole, every undo it reported done is gone, and the
// journal is empty again.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLoadedStore } from './open-loaded';
import { JOURNAL_DIR } from '../../src-main/store/journal';
import { ROWS_PER_IMPORT } from './crash-safety-protocol';

const ROOT = resolve(import.meta.dirname, '../..');
const KILLS = Number(process.env.PARLEY_IMPORT_CRASH_KILLS ?? 100);
const SEED = Number(process.env.PARLEY_CRASH_SEED ?? Date.now() % 1_000_000);
const KILLS_PER_FOLDER = 20;

let workDir: string;
let childScript: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'parley-import-crash-'));
  childScript = join(workDir, 'child.mjs');
  await build({
    entryPoints: [join(ROOT, 'tests/unit/crash-safety-import-child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the child reported: imports whose rows must all be there, and undone ones whose rows must all be gone. */
type Ledger = { committed: Set<string>; undone: Set<string>; undoing: Set<string>; started: number };

/** Starts a child, kills it a random moment after it begins an import (or while starting), reads its reports. */
function runAndKill(dataDir: string, seed: number, random: () => number, ledger: Ledger): Promise<string> {
  const child = spawn(process.execPath, [childScript, dataDir, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const importsBeforeKill = Math.floor(random() * 3);
  const delayMs = random() * 250;
  let buffered = '';
  let stderr = '';
  let commits = 0;
  let timer: NodeJS.Timeout | undefined;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const [event, key] = line.split(' ');
      if (!key) continue;
      if (event === 'committing') {
        ledger.started++;
        if (commits++ >= importsBeforeKill) timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
      } else if (event === 'committed') ledger.committed.add(key);
      else if (event === 'undoing') ledger.undoing.add(key);
      else if (event === 'undone') {
        ledger.undoing.delete(key);
        ledger.committed.delete(key);
        ledger.undone.add(key);
      }
    }
  });
  return new Promise((done) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done(signal ?? `exit code ${code}: ${stderr}`);
    }),
  );
}

describe('crash safety of imports', () => {
  it(
    `leaves each import whole or absent through ${KILLS} SIGKILLs (seed ${SEED})`,
    async () => {
      const random = seededRandom(SEED);
      let ledger: Ledger = { committed: new Set(), undone: new Set(), undoing: new Set(), started: 0 };
      let started = 0;
      let whole = 0;
      let undone = 0;
      let partialAfterKill = 0;
      for (let round = 0; round < KILLS; round++) {
        // A fresh folder every few kills keeps each start (and so the run) short as imports pile up.
        const dataDir = join(workDir, `data-${Math.floor(round / KILLS_PER_FOLDER)}`);
        if (round % KILLS_PER_FOLDER === 0) {
          started += ledger.started;
          whole += ledger.committed.size;
          undone += ledger.undone.size;
          ledger = { committed: new Set(), undone: new Set(), undoing: new Set(), started: 0 };
        }
        const where = `kill ${round + 1} (seed ${SEED})`;
        expect(await runAndKill(dataDir, SEED + round, random, ledger), where).toBe('SIGKILL');
        // Before recovery, the files may show an import cut short: that is what the journal is for.
        const raw = await readdir(join(dataDir, 'deals')).catch(() => []);
        if (raw.length % ROWS_PER_IMPORT !== 0) partialAfterKill++;

        const store = await openLoadedStore(dataDir, new Date());
        try {
          const byImport = new Map<string, number>();
          for (const deal of store.deals.all()) {
            const key = deal.sourceId?.split('-')[0] ?? '';
            byImport.set(key, (byImport.get(key) ?? 0) + 1);
          }
          for (const [key, count] of byImport) expect(count, `${where}: import ${key}`).toBe(ROWS_PER_IMPORT);
          for (const key of ledger.committed) {
            if (ledger.undoing.has(key)) continue; // an undo cut short may or may not have landed
            expect(byImport.get(key), `${where}: import ${key} was reported done`).toBe(ROWS_PER_IMPORT);
          }
          for (const key of ledger.undone) expect(byImport.has(key), `${where}: undone ${key} came back`).toBe(false);
          expect(await readdir(join(dataDir, JOURNAL_DIR)).catch(() => []), where).toEqual([]);
        } finally {
          store.close();
        }
      }
      started += ledger.started;
      whole += ledger.committed.size;
      undone += ledger.undone.size;
      console.info(
        `import crash test: ${KILLS} kills (seed ${SEED}): ${started} imports started, ` +
          `${whole} whole, ${undone} undone, ${partialAfterKill} kills left files half ` +
          'written that the next start finished or rolled back',
      );
      // Meaningful only if kills landed in the middle of imports.
      expect(partialAfterKill).toBeGreaterThan(KILLS * 0.2);
    },
    KILLS * 10_000,
  );
});
