// A small tmpfs for tests of a full or read-only disk. Mounting needs root; where it is refused the caller falls
// back to an injected failure, so the same behaviour is tested on every machine.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const run = (args: string[]): boolean => spawnSync('mount', args, { stdio: 'ignore' }).status === 0;

export type Tmpfs = { dir: string; readOnly: () => void; writable: () => void };

/** Returns a function that mounts a tmpfs of `sizeKb` (null when this machine does not allow it); unmounted after each test. */
export function useTmpfs(): (sizeKb: number) => Promise<Tmpfs | null> {
  const mounted: string[] = [];
  afterEach(async () => {
    for (const dir of mounted.splice(0)) {
      spawnSync('umount', [dir], { stdio: 'ignore' });
      await rm(dir, { recursive: true, force: true });
    }
  });
  return async (sizeKb) => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-tmpfs-'));
    if (process.platform !== 'linux' || !run(['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0755`, 'tmpfs', dir])) {
      await rm(dir, { recursive: true, force: true });
      return null;
    }
    mounted.push(dir);
    return {
      dir,
      readOnly: () => void run(['-o', 'remount,ro', dir]),
      writable: () => void run(['-o', 'remount,rw', dir]),
    };
  };
}
