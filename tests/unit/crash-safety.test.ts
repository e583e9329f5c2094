// Crash safety: a child saving deals in a loop is killed with SIGKILL at random moments, again and again. After
// every kill each file in the data folder must parse and validate, every save the child acknowledged must be
// on disk (at least that version), and the deal index must be whole with every current entry true to its file. Each new child must take over the lock the killed one left behind.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dealSchema } from '../../src-main/schemas/deal-schema';
import { settingsSchema } from '../../src-main/schemas/settings-schema';
import { LOCK_FILE } from '../../src-main/store/data-lock';
import {
  DEAL_INDEX_FILE,
  DEAL_INDEX_VERSION,
  isSameStamp,
  projectDeal,
  stampOf,
  type DealIndexEntry,
} from '../../src-main/store/deal-index';
import { DEAL_SCHEMA_VERSION, DEALS_DIR } from '../../src-main/store/deal-store';
import { WORKBENCH_FILE, WORKBENCH_SCHEMA_VERSION } from '../../src-main/store/workbench-store';
import { crashTestTimeoutMs } from '../timeouts';
import { bundleChild } from './bundle-child';
import { versionOf } from './crash-safety-protocol';

const KILLS = Number(process.env.PARLEY_CRASH_KILLS ?? 200);
const SEED = Number(process.env.PARLEY_CRASH_SEED ?? Date.now() % 1_000_000);

const dealFileSchema = z.object({ schemaVersion: z.literal(DEAL_SCHEMA_VERSION), deal: dealSchema });
// Only the part of workbench.json this test's child writes; other sections have their own tests.
const workbenchFileSchema = z.object({ schemaVersion: z.literal(WORKBENCH_SCHEMA_VERSION), settings: settingsSchema });
const lockOwner = (text: string): unknown => (JSON.parse(text) as { pid?: unknown }).pid;
const isTempFile = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp');

let workDir: string;
let childScript: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'parley-crash-'));
  childScript = await bundleChild('tests/unit/crash-safety-child.ts', workDir);
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

/** What the children acknowledged, and so what must be on disk. */
type Ledger = { versions: Map<string, number>; deleting: Set<string>; deleted: Set<string>; acks: number };

function record(ledger: Ledger, line: string): void {
  const [event, id, version] = line.split(' ');
  if (event === 'ack' && id) {
    ledger.acks++;
    ledger.versions.set(id, Math.max(ledger.versions.get(id) ?? 0, Number(version)));
    ledger.deleting.delete(id);
  } else if (event === 'deleting' && id) ledger.deleting.add(id);
  else if (event === 'deleted' && id) {
    ledger.deleting.delete(id);
    ledger.versions.delete(id);
    ledger.deleted.add(id);
  }
}

// mulberry32, seeded so that a failing run can be repeated with PARLEY_CRASH_SEED.
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

type Round = { pid: number | undefined; acks: number; readyAfterMs: number | null; stderr: string; exit: string };

/**
 * Starts a child and kills it. Mostly while it saves: right after its k-th acknowledged save (the next one is
 * then under way) plus a few random milliseconds, which lands anywhere in a write however fast the disk is.
 * Sometimes while it starts: at a random moment before it was ready in the previous round.
 */
function runAndKill(
  dataDir: string,
  seed: number,
  random: () => number,
  ledger: Ledger,
  startMs: number,
): Promise<Round> {
  const started = performance.now();
  const child = spawn(process.execPath, [childScript, dataDir, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const isEarlyKill = random() < 0.15;
  const acksBeforeKill = Math.floor(random() * 6);
  const jitterMs = random() * 8;
  let buffered = '';
  let stderr = '';
  let acks = 0;
  let readyAfterMs: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  const killSoon = (delay: number): void => {
    timer ??= setTimeout(() => child.kill('SIGKILL'), delay);
  };
  if (isEarlyKill) killSoon(random() * startMs);
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') readyAfterMs = performance.now() - started;
      if (line.startsWith('ack ')) acks++;
      record(ledger, line);
    }
    if (readyAfterMs !== null && acks >= acksBeforeKill) killSoon(jitterMs);
  });
  return new Promise((done) =>
    // 'close' comes after the last output, so every ack the child printed before dying has been read.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ pid: child.pid, acks, readyAfterMs, stderr, exit: signal ?? `exit code ${code}` });
    }),
  );
}

/** Every file parses and validates; every acknowledged save is there. Returns how many writes were cut short. */
async function checkDataFolder(dataDir: string, ledger: Ledger, where: string): Promise<number> {
  let cutShort = 0;
  let indexText: string | null = null;
  for (const name of await readdir(dataDir)) {
    const file = join(dataDir, name);
    if (name === DEALS_DIR) continue;
    if (name === LOCK_FILE) expect(lockOwner(await readFile(file, 'utf8')), `${where}: ${name}`).toBeTypeOf('number');
    else if (name.startsWith(`${LOCK_FILE}.`) && name.endsWith('.tmp'))
      continue; // a start killed before it locked
    else if (name === WORKBENCH_FILE) {
      const parsed = workbenchFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      expect(parsed.success, `${where}: ${name} ${parsed.error?.message}`).toBe(true);
    } else if (name === DEAL_INDEX_FILE) indexText = await readFile(file, 'utf8');
    else if (isTempFile(name)) cutShort++;
    else expect.fail(`${where}: unexpected ${name} in the data folder (was a file set aside as unreadable?)`);
  }

  const onDisk = new Map<string, number>();
  for (const name of await readdir(join(dataDir, DEALS_DIR))) {
    if (isTempFile(name)) {
      cutShort++;
      continue;
    }
    const text = await readFile(join(dataDir, DEALS_DIR, name), 'utf8');
    let json: unknown;
    expect(() => (json = JSON.parse(text)), `${where}: ${name} is not JSON: ${text.slice(0, 80)}`).not.toThrow();
    const parsed = dealFileSchema.safeParse(json);
    expect(parsed.success, `${where}: ${name} ${parsed.error?.message}`).toBe(true);
    expect(`${parsed.data?.deal.id}.json`, where).toBe(name);
    onDisk.set(parsed.data?.deal.id as string, versionOf(parsed.data?.deal as { notes: string }));
  }

  if (indexText !== null) await checkDealIndex(dataDir, indexText, where);

  for (const [id, version] of ledger.versions) {
    if (ledger.deleting.has(id) && !onDisk.has(id)) continue; // a delete that was cut short may have happened
    expect(onDisk.get(id), `${where}: deal ${id} acknowledged at version ${version}`).toBeGreaterThanOrEqual(version);
  }
  for (const id of ledger.deleted) expect(onDisk.has(id), `${where}: deleted deal ${id} came back`).toBe(false);
  return cutShort;
}

/**
 * The index is whole JSON, and every entry whose stamp still matches its deal file describes exactly that file
 * (an entry that does not match is stale: the next start re-reads that deal).
 */
async function checkDealIndex(dataDir: string, text: string, where: string): Promise<void> {
  let index: { schemaVersion: number; entries: DealIndexEntry[] } | undefined;
  expect(() => (index = JSON.parse(text)), `${where}: ${DEAL_INDEX_FILE} is not JSON`).not.toThrow();
  expect(index?.schemaVersion, where).toBe(DEAL_INDEX_VERSION);
  for (const entry of index?.entries ?? []) {
    const file = join(dataDir, DEALS_DIR, `${entry.id}.json`);
    const stamp = await stampOf(file);
    if (!stamp || !isSameStamp(stamp, entry)) continue;
    const { deal } = dealFileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    expect({ summary: entry.summary, facts: entry.facts }, `${where}: index entry of ${entry.id}`).toEqual(
      projectDeal(deal),
    );
  }
}

type LaneResult = { ledger: Ledger; killedWhileStarting: number; killedWhileSaving: number; writesCutShort: number };

/** One data folder, one child at a time: start, kill, check, again. */
async function runLane(lane: number, kills: number): Promise<LaneResult> {
  const dataDir = join(workDir, `data-${lane}`);
  const seed = SEED + lane * 100_000;
  const random = seededRandom(seed);
  const result: LaneResult = {
    ledger: { versions: new Map(), deleting: new Set(), deleted: new Set(), acks: 0 },
    killedWhileStarting: 0,
    killedWhileSaving: 0,
    writesCutShort: 0,
  };
  let startMs = 150;
  for (let round = 0; round < kills; round++) {
    const where = `lane ${lane}, kill ${round + 1} (seed ${SEED})`;
    const run = await runAndKill(dataDir, seed + round, random, result.ledger, startMs);
    expect(run.exit, `${where}: the child must die by SIGKILL, not on its own:\n${run.stderr}`).toBe('SIGKILL');
    if (run.readyAfterMs === null) result.killedWhileStarting++;
    else {
      startMs = run.readyAfterMs;
      // It had taken over the lock its predecessor left, and now leaves its own behind for the next one.
      expect(lockOwner(await readFile(join(dataDir, LOCK_FILE), 'utf8')), where).toBe(run.pid);
    }
    if (run.acks > 0) result.killedWhileSaving++;
    if (existsSync(join(dataDir, DEALS_DIR)))
      result.writesCutShort += await checkDataFolder(dataDir, result.ledger, where);
  }
  return result;
}

describe('crash safety', () => {
  it(
    `keeps every file readable and every acknowledged save through ${KILLS} SIGKILLs (seed ${SEED})`,
    async () => {
      const started = performance.now();
      // Independent folders side by side use both cores of a small machine; each has one writer at a time.
      const lanes = Math.max(1, Math.min(2, availableParallelism()));
      const results = await Promise.all(
        Array.from({ length: lanes }, (_, lane) => runLane(lane, Math.ceil(KILLS / lanes))),
      );
      const total = (count: (result: LaneResult) => number): number =>
        results.reduce((sum, result) => sum + count(result), 0);
      const killedWhileSaving = total((result) => result.killedWhileSaving);
      const killedWhileStarting = total((result) => result.killedWhileStarting);
      const acks = total((result) => result.ledger.acks);
      const deleted = total((result) => result.ledger.deleted.size);

      const seconds = (performance.now() - started) / 1000;
      console.info(
        `crash test: ${KILLS} kills in ${seconds.toFixed(1)} s on ${lanes} folders (seed ${SEED}): ` +
          `${killedWhileSaving} while saving, ${killedWhileStarting} while starting, ` +
          `${total((result) => result.writesCutShort)} writes cut short, ${acks} saves acknowledged, ` +
          `${total((result) => result.ledger.versions.size)} deals, ${deleted} deleted`,
      );
      // The test means something only if kills landed both in the middle of saving and during start-up.
      expect(killedWhileSaving).toBeGreaterThan(KILLS * 0.5);
      expect(killedWhileStarting).toBeGreaterThan(0);
      expect(acks).toBeGreaterThan(KILLS);
      expect(deleted).toBeGreaterThan(0);
    },
    crashTestTimeoutMs(KILLS),
  );
});
