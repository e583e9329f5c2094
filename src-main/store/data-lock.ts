// One writer per data folder: a lock file holding the owner's pid, taken over only when that process is gone.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LOCK_FILE = 'parley.lock';

export class DataLockedError extends Error {
  constructor(readonly ownerPid: number) {
    super(`The data folder is in use by another Parley process (pid ${ownerPid}).`);
    this.name = 'DataLockedError';
  }
}

export type DataLock = { release: () => void };

// Locks this process holds: its own pid in a lock file means "in use here", not "left by a crash".
const heldHere = new Set<string>();

const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readOwner = (path: string): number | null => {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
};

export function acquireDataLock(dataDir: string, pid = process.pid): DataLock {
  const path = join(resolve(dataDir), LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(pid));
      closeSync(fd);
      heldHere.add(path);
      return { release: () => releaseLock(path, pid) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      if (owner !== null && (owner === pid ? heldHere.has(path) : isProcessAlive(owner)))
        throw new DataLockedError(owner);
      // The owner died (or wrote nothing): the lock is stale.
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${path}.`);
}

function releaseLock(path: string, pid: number): void {
  if (!heldHere.delete(path)) return;
  // Never remove a lock that another process has taken over in the meantime.
  if (readOwner(path) === pid) rmSync(path, { force: true });
}
