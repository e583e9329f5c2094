// The vault core: sealed files (AES-256-GCM, header, nonce), the wrapped data key, and the store reading through it.
import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEALS_DIR } from '../../src-main/store/deal-store';
import { openLoadedStore } from './open-loaded';
import { QUARANTINE_DIR } from '../../src-main/store/quarantine';
import { encryptedCodec, plainCodec } from '../../src-main/store/vault/file-codec';
import { isSealed, seal, SealedBytesError, unseal } from '../../src-main/store/vault/sealed-bytes';
import {
  createVaultKeys,
  rewrapPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  WrongSecretError,
} from '../../src-main/store/vault/vault-keys';
import { makeDeal, T0, useTempDirs } from './store-fixtures';

const tempDir = useTempDirs('parley-vault-');
const text = (value: string): Buffer => Buffer.from(value, 'utf8');
const reasonOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof SealedBytesError) return error.reason;
    throw error;
  }
  return 'opened';
};

describe('sealed bytes', () => {
  const key = randomBytes(32);
  const secret = text('{"walkAway":1085000,"client":"Huaxin Logistics"}');

  it('round-trips, and hides the contents', () => {
    const sealed = seal(key, secret);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed.includes(text('Huaxin'))).toBe(false);
    expect(sealed.includes(text('1085000'))).toBe(false);
    expect(unseal(key, sealed).equals(secret)).toBe(true);
  });

  it('uses a new nonce for every write', () => {
    expect(seal(key, secret).equals(seal(key, secret))).toBe(false);
  });

  it('refuses another key', () => {
    expect(reasonOf(() => unseal(randomBytes(32), seal(key, secret)))).toBe('wrong-key-or-damaged');
  });

  it('refuses any tampered byte: header, nonce, body or tag', () => {
    const sealed = seal(key, secret);
    for (let index = 0; index < sealed.length; index++) {
      const tampered = Buffer.from(sealed);
      tampered[index] = (tampered[index] as number) ^ 0x01;
      expect(
        reasonOf(() => unseal(key, tampered)),
        `byte ${index}`,
      ).not.toBe('opened');
    }
  });

  it('refuses a truncated file at every length', () => {
    const sealed = seal(key, secret);
    for (let length = 0; length < sealed.length; length++) {
      expect(
        reasonOf(() => unseal(key, sealed.subarray(0, length))),
        `length ${length}`,
      ).not.toBe('opened');
    }
    expect(reasonOf(() => unseal(key, sealed.subarray(0, 20)))).toBe('truncated');
  });

  it('reads its header version and refuses a newer one', () => {
    const sealed = seal(key, secret);
    expect(sealed.readUInt8(7)).toBe(1);
    const newer = Buffer.from(sealed);
    newer.writeUInt8(2, 7);
    expect(reasonOf(() => unseal(key, newer))).toBe('newer-format');
  });

  it('knows a plain file is not sealed', () => {
    expect(reasonOf(() => unseal(key, secret))).toBe('not-sealed');
  });
});

describe('the wrapped data key', () => {
  it('opens with the passphrase and with the recovery key, typed loosely', async () => {
    const { keys, dataKey, recoveryKey } = await createVaultKeys('correct horse battery');
    expect(recoveryKey).toMatch(/^([A-Z2-9]{5}-){5}[A-Z2-9]{5}$/);
    expect((await unlockWithPassphrase(keys, 'correct horse battery')).equals(dataKey)).toBe(true);
    const typed = ` ${recoveryKey.toLowerCase().replaceAll('-', ' ')} `;
    expect((await unlockWithRecoveryKey(keys, typed)).equals(dataKey)).toBe(true);
    expect(JSON.stringify(keys)).not.toContain(dataKey.toString('base64'));
    expect(JSON.stringify(keys)).not.toContain('correct horse');
  });

  it('says when a passphrase or recovery key is wrong', async () => {
    const { keys } = await createVaultKeys('correct horse battery');
    await expect(unlockWithPassphrase(keys, 'correct horse batterz')).rejects.toThrow(WrongSecretError);
    await expect(unlockWithRecoveryKey(keys, 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA')).rejects.toThrow(WrongSecretError);
  });

  it('changes the passphrase by re-wrapping the same data key; the old one stops working', async () => {
    const { keys, dataKey, recoveryKey } = await createVaultKeys('first passphrase');
    const changed = await rewrapPassphrase(keys, dataKey, 'second passphrase');
    expect((await unlockWithPassphrase(changed, 'second passphrase')).equals(dataKey)).toBe(true);
    await expect(unlockWithPassphrase(changed, 'first passphrase')).rejects.toThrow(WrongSecretError);
    expect(changed.passphrase.salt).not.toBe(keys.passphrase.salt);
    // Resetting a forgotten passphrase: the recovery key gives the data key, which is wrapped anew.
    const recovered = await unlockWithRecoveryKey(changed, recoveryKey);
    const reset = await rewrapPassphrase(changed, recovered, 'third passphrase');
    expect((await unlockWithPassphrase(reset, 'third passphrase')).equals(dataKey)).toBe(true);
  });
});

describe('an encrypted data folder', () => {
  const key = randomBytes(32);

  it('stores every file encrypted and reads it back with the key', async () => {
    const dir = await tempDir();
    const store = await openLoadedStore(dir, T0, encryptedCodec(key));
    await store.deals.save(makeDeal('d1', { title: 'Tower lease 2027' }));
    await store.workbench.update('settings', { ...store.workbench.data.settings, language: 'zh-CN' });
    await store.flush();
    store.close();
    for (const file of [join(dir, DEALS_DIR, 'd1.json'), join(dir, 'workbench.json')]) {
      const bytes = await readFile(file);
      expect(isSealed(bytes), file).toBe(true);
      expect(bytes.includes(text('Tower lease'))).toBe(false);
      expect(bytes.includes(text('Huaxin'))).toBe(false);
    }
    const reopened = await openLoadedStore(dir, T0, encryptedCodec(key));
    expect(reopened.problems).toEqual([]);
    expect(reopened.deals.get('d1')?.title).toBe('Tower lease 2027');
    expect(reopened.workbench.data.settings.language).toBe('zh-CN');
    reopened.close();
  });

  it('sets a tampered or truncated file aside (still encrypted) and opens the rest', async () => {
    const dir = await tempDir();
    const store = await openLoadedStore(dir, T0, encryptedCodec(key));
    for (const id of ['d1', 'd2', 'd3']) await store.deals.save(makeDeal(id));
    store.close();
    const tampered = await readFile(join(dir, DEALS_DIR, 'd1.json'));
    tampered[40] = (tampered[40] as number) ^ 0xff;
    await writeFile(join(dir, DEALS_DIR, 'd1.json'), tampered);
    const cut = await readFile(join(dir, DEALS_DIR, 'd2.json'));
    await writeFile(join(dir, DEALS_DIR, 'd2.json'), cut.subarray(0, 30));

    const reopened = await openLoadedStore(dir, T0, encryptedCodec(key));
    expect(reopened.deals.all().map((deal) => deal.id)).toEqual(['d3']);
    expect(reopened.problems.map((problem) => problem.reason).sort()).toEqual([
      'encrypted file cut short',
      'encrypted file failed its check: damaged, or another key',
    ]);
    const asideNames = await readdir(join(dir, QUARANTINE_DIR));
    expect(asideNames).toHaveLength(2);
    for (const name of asideNames) expect(isSealed(await readFile(join(dir, QUARANTINE_DIR, name)))).toBe(true);
    reopened.close();
  });

  it('does not read encrypted files as plain ones', async () => {
    const dir = await tempDir();
    const store = await openLoadedStore(dir, T0, encryptedCodec(key));
    await store.deals.save(makeDeal('d1'));
    store.close();
    const plain = await openLoadedStore(dir, T0, plainCodec);
    expect(plain.deals.size).toBe(0);
    expect(plain.problems).toHaveLength(1);
    plain.close();
  });
});
