// A folder's protection end to end on real files: on, lock, unlock (slowed after wrong tries), change, reset, off.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLoadedStore } from './open-loaded';
import {
  FolderVault,
  isIdleTooLong,
  TooManyAttemptsError,
  VaultLockedError,
  waitAfterFailures,
} from '../../src-main/store/vault/folder-vault';
import { WrongSecretError } from '../../src-main/store/vault/vault-keys';
import { makeDeal, T0, useTempDirs } from './store-fixtures';

const tempDir = useTempDirs('parley-folder-vault-');

async function everyFileBytes(dir: string): Promise<Buffer> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Buffer.concat(await Promise.all(files.map((file) => readFile(file))));
}

async function folderWithDeals(): Promise<string> {
  const dir = await tempDir();
  const store = await openLoadedStore(dir, T0);
  await store.deals.save(
    makeDeal('d1', { title: 'Harbour fibre 2027', counterpartOrg: 'Qilin Mobile', value: 7_654_321 }),
  );
  await store.flush();
  store.close();
  return dir;
}

describe('a protected data folder', () => {
  it('turns on, locks, unlocks, changes and resets the passphrase, and turns off', async () => {
    const dir = await folderWithDeals();
    const vault = await FolderVault.open(dir);
    expect(vault.state).toBe('off');
    const recoveryKey = await vault.enable('first passphrase');
    expect(vault.state).toBe('unlocked');
    const bytes = await everyFileBytes(dir);
    for (const secret of ['Harbour fibre', 'Qilin Mobile', '7654321', 'first passphrase', recoveryKey]) {
      expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
    }

    // A new start finds it locked; the wrong passphrase is refused, the right one opens the deals.
    const restarted = await FolderVault.open(dir);
    expect(restarted.state).toBe('locked');
    expect(() => restarted.codec()).toThrow(VaultLockedError);
    await expect(restarted.unlock('wrong passphrase', 0)).rejects.toThrow(WrongSecretError);
    await restarted.unlock('first passphrase', 1);
    const store = await openLoadedStore(dir, T0, restarted.codec());
    expect(store.deals.get('d1')?.title).toBe('Harbour fibre 2027');
    store.close();
    restarted.lock();
    expect(restarted.state).toBe('locked');

    await restarted.changePassphrase('first passphrase', 'second passphrase', 2);
    await expect((await FolderVault.open(dir)).unlock('first passphrase', 3)).rejects.toThrow(WrongSecretError);
    await restarted.resetPassphrase(recoveryKey.toLowerCase(), 'third passphrase', 4);
    const again = await FolderVault.open(dir);
    await again.unlock('third passphrase', 5);

    await again.disable('third passphrase', 6);
    expect(again.state).toBe('off');
    expect((await FolderVault.open(dir)).state).toBe('off');
    const plain = await openLoadedStore(dir, T0);
    expect(plain.problems).toEqual([]);
    expect(plain.deals.get('d1')?.counterpartOrg).toBe('Qilin Mobile');
    plain.close();
  });

  it('slows repeated wrong attempts down, and a right one after the wait still opens', async () => {
    const dir = await folderWithDeals();
    await (await FolderVault.open(dir)).enable('right passphrase');
    const vault = await FolderVault.open(dir);
    for (const at of [0, 10, 20]) await expect(vault.unlock('nope nope', at)).rejects.toThrow(WrongSecretError);
    // The third failure asks for a wait; inside it even the right passphrase is not tried.
    await expect(vault.unlock('right passphrase', 500)).rejects.toThrow(TooManyAttemptsError);
    await vault.unlock('right passphrase', 20 + waitAfterFailures(3));
    expect(vault.state).toBe('unlocked');
    expect([1, 2, 3, 4, 5, 20].map(waitAfterFailures)).toEqual([0, 0, 1000, 2000, 4000, 60_000]);
  });

  it('refuses a short passphrase and keeps the folder as it was', async () => {
    const dir = await folderWithDeals();
    const vault = await FolderVault.open(dir);
    await expect(vault.enable('short')).rejects.toThrow(/at least 8/);
    expect(vault.state).toBe('off');
    expect((await everyFileBytes(dir)).includes(Buffer.from('Qilin Mobile'))).toBe(true);
  });
});

describe('locking after idle time', () => {
  it('locks once the idle time has passed, never when set to 0', () => {
    expect(isIdleTooLong(0, 4 * 60_000, 5)).toBe(false);
    expect(isIdleTooLong(0, 5 * 60_000, 5)).toBe(true);
    expect(isIdleTooLong(0, 10 * 60 * 60_000, 0)).toBe(false);
  });
});
