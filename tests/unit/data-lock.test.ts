// The writer lock on real files and real processes: simultaneous starts, stale locks, reused pids, the message.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { acquireDataLock, DataLockedError, LOCK_FILE } from '../../src-main/store/data-lock';
import { identityOf } from '../../src-main/store/process-identity';
import { scaled } from '../timeouts';
import { bundleChild } from './bundle-child';
import { useTempDirs } from './store-fixtures';

const tempDir = useTempDirs('parley-lock-');
const scriptDir = useTempDirs('parley-lock-script-', 'all');
let childScript: string;
beforeAll(async () => {
  childScript = await bundleChild('tests/unit/data-lock-child.ts', await scriptDir());
});

/** A pid that certainly belongs to no running process: a child that has already exited. */
const deadPid = (): number => {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
};

const lockText = (owner: object): string =>
  JSON.stringify({ host: hostname(), startTime: null, bootId: null, ...owner });

/** Starts `count` processes, waits until each is ready, then lets them all try the lock at once. */
async function race(dataDir: string, count: number): Promise<string[]> {
  const children: ChildProcess[] = [];
  const lines = (child: ChildProcess): AsyncIterator<string> => {
    let buffer = '';
    const queue: string[] = [];
    let wake: (() => void) | null = null;
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      queue.push(...parts);
      wake?.();
    });
    return {
      next: async () => {
        while (queue.length === 0) await new Promise<void>((done) => (wake = done));
        return { value: queue.shift() as string, done: false };
      },
    };
  };
  try {
    const readers = Array.from({ length: count }, () => {
      const child = spawn(process.execPath, [childScript, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
      children.push(child);
      return lines(child);
    });
    expect((await Promise.all(readers.map((reader) => reader.next()))).map((line) => line.value)).toEqual(
      Array(count).fill('ready'),
    );
    for (const child of children) child.stdin?.write('go\n');
    return (await Promise.all(readers.map((reader) => reader.next()))).map((line) => line.value);
  } finally {
    await Promise.all(
      children.map(
        (child) =>
          new Promise((done) => {
            child.on('exit', done);
            child.stdin?.end();
          }),
      ),
    );
  }
}

describe('the writer lock', () => {
  it(
    'lets exactly one of 20 simultaneous starts win, on a free folder and against a stale lock',
    async () => {
      for (const leftover of [null, lockText({ pid: deadPid() }), String(deadPid())]) {
        const dir = await tempDir();
        if (leftover !== null) await writeFile(join(dir, LOCK_FILE), leftover);
        const results = await race(dir, 20);
        expect(
          results.filter((result) => result === 'won'),
          `leftover ${leftover}`,
        ).toHaveLength(1);
        expect(results.filter((result) => result === 'locked')).toHaveLength(19);
        // Nothing but the lock of the winner (which has exited by now) is left.
        expect(await readdir(dir)).toEqual([LOCK_FILE]);
      }
    },
    scaled(60_000),
  );

  it('takes over a lock whose pid now belongs to another program (a reused pid)', async () => {
    const dir = await tempDir();
    // Our parent is running, but it started at another moment than the lock says its owner did.
    const reused = { ...identityOf(process.ppid), startTime: '1' };
    await writeFile(join(dir, LOCK_FILE), lockText(reused));
    const lock = await acquireDataLock(dir);
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    expect(lock.release()).toBe(true);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('takes over a lock from an earlier boot, or one holding no owner', async () => {
    const dir = await tempDir();
    for (const leftover of [lockText({ ...identityOf(process.ppid), bootId: 'an-earlier-boot' }), '', 'garbage']) {
      if (identityOf(process.pid).bootId === null && leftover.includes('earlier-boot')) continue;
      await writeFile(join(dir, LOCK_FILE), leftover);
      const lock = await acquireDataLock(dir);
      expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
      lock.release();
    }
  });

  it('names the lock file, the folder and the way out when a running Parley holds it', async () => {
    const dir = await tempDir();
    const owner = lockText(identityOf(process.ppid));
    await writeFile(join(dir, LOCK_FILE), owner);
    const error = await acquireDataLock(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataLockedError);
    expect((error as DataLockedError).ownerPid).toBe(process.ppid);
    expect((error as Error).message).toContain(join(dir, LOCK_FILE));
    expect((error as Error).message).toMatch(/Close that Parley.*delete .*parley\.lock/);
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(owner);
    expect(await readdir(dir)).toEqual([LOCK_FILE]);
  });
});
