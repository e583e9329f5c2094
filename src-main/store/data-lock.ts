// One writer per data folder. The lock is a complete file linked into place (link fails when the name exists), so
// of any number of simultaneous starts exactly one wins; a stale lock is removed only by the holder of a takeover
// marker made for that very lock, so two starts cannot both take it over.
import { createHash, randomUUID } from 'node:crypto';
import { linkSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { identityOf, isRunning, type ProcessIdentity } from './process-identity';

export const LOCK_FILE = 'parley.lock';

export class DataLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly owner: ProcessIdentity,
  ) {
    super(
      `The data folder ${dirname(lockFile)} is in use by another Parley (process ${owner.pid} on ${owner.host}). ` +
        `Close that Parley and start again. If no Parley is running there, delete ${lockFile} and start again.`,
    );
    this.name = 'DataLockedError';
  }

  get ownerPid(): number {
    return this.owner.pid;
  }
}

export type DataLock = {
  file: string;
  /** Removes the lock if it is still ours. Never throws: false when the file could not be removed. */
  release: () => boolean;
};

type LockRecord = ProcessIdentity & { nonce: string };

const readText = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/** The owner a lock or marker names, or null for content no Parley writes (a damaged file). */
function parseOwner(text: string): ProcessIdentity | null {
  // Parley 0.1 wrote the bare pid.
  if (/^\d+$/.test(text)) return { ...identityOf(process.pid), pid: Number(text), startTime: null, bootId: null };
  try {
    const data = JSON.parse(text) as Partial<LockRecord>;
    if (!Number.isInteger(data.pid) || typeof data.host !== 'string') return null;
    return {
      pid: data.pid as number,
      host: data.host,
      startTime: typeof data.startTime === 'string' ? data.startTime : null,
      bootId: typeof data.bootId === 'string' ? data.bootId : null,
    };
  } catch {
    return null;
  }
}

const pause = (): Promise<void> => new Promise((done) => setTimeout(done, 5 + Math.random() * 20));

const isAlreadyThere = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'EEXIST';

/**
 * Removes the stale lock whose content is `staleText`, if this process wins the right to: only the creator of
 * the marker for that content may remove it, and it checks the lock still holds that content first. A marker
 * whose creator died is passed over for the next generation, never removed while someone might hold it.
 */
async function takeOver(lockFile: string, staleText: string, me: string): Promise<void> {
  const tag = createHash('sha256').update(staleText).digest('hex').slice(0, 16);
  for (let generation = 1; ; generation++) {
    const marker = `${lockFile}.${tag}.${generation}.takeover`;
    try {
      writeFileSync(marker, me, { flag: 'wx' });
    } catch (error) {
      if (!isAlreadyThere(error)) throw error;
      const holder = parseOwner(readText(marker) ?? '');
      if (holder !== null && !isRunning(holder)) continue;
      // Another start is taking it over right now: look again shortly.
      return pause();
    }
    try {
      if (readText(lockFile) === staleText) rmSync(lockFile, { force: true });
    } finally {
      rmSync(marker, { force: true });
    }
    return;
  }
}

/** Removes temp files and takeover markers that processes no longer running left behind. */
function sweepLeftovers(lockFile: string): void {
  const folder = dirname(lockFile);
  const prefix = `${basename(lockFile)}.`;
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(prefix) || !(name.endsWith('.tmp') || name.endsWith('.takeover'))) continue;
    const file = join(folder, name);
    const owner = parseOwner(readText(file) ?? '');
    if (owner !== null && !isRunning(owner)) rmSync(file, { force: true });
  }
}

const MAX_ATTEMPTS = 500;

/** Takes the lock of `dataDir` or throws DataLockedError naming the lock file and its running owner. */
export async function acquireDataLock(dataDir: string): Promise<DataLock> {
  const lockFile = join(resolve(dataDir), LOCK_FILE);
  const record: LockRecord = { ...identityOf(process.pid), nonce: randomUUID() };
  const text = JSON.stringify(record);
  const temp = `${lockFile}.${record.nonce}.tmp`;
  writeFileSync(temp, text, { flag: 'wx' });
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try {
        linkSync(temp, lockFile);
        sweepLeftovers(lockFile);
        return { file: lockFile, release: () => releaseLock(lockFile, text) };
      } catch (error) {
        if (!isAlreadyThere(error)) throw error;
      }
      const current = readText(lockFile);
      if (current === null) continue; // released or removed since link failed
      const owner = parseOwner(current);
      if (owner !== null && isRunning(owner)) throw new DataLockedError(lockFile, owner);
      await takeOver(lockFile, current, text);
    }
    throw new Error(`Could not take the lock ${lockFile}: other starts kept changing it.`);
  } finally {
    rmSync(temp, { force: true });
  }
}

function releaseLock(lockFile: string, text: string): boolean {
  try {
    // Never remove a lock that another process has taken over in the meantime.
    if (readText(lockFile) === text) rmSync(lockFile, { force: true });
    return true;
  } catch {
    return false;
  }
}
