// The data key and its wraps: a random key encrypts the files; the passphrase and the recovery key each wrap it
// (scrypt, then AES-256-GCM), so changing the passphrase re-wraps one key instead of rewriting every file.
import { randomBytes, scrypt as scryptCallback, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { KEY_BYTES, seal, SealedBytesError, unseal } from './sealed-bytes';

/** scrypt cost: N = 2^14, r = 8, p = 1 (16 MiB); 100–500 ms on this project's 2-core machine (bench: vault.unlock). */
export const SCRYPT_PARAMS = { N: 2 ** 14, r: 8, p: 1 } as const;
export const VAULT_KEYS_VERSION = 1;

const wrapSchema = z.object({
  salt: z.string().min(16),
  N: z
    .number()
    .int()
    .min(2 ** 10)
    .max(2 ** 20),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  wrapped: z.string().min(16),
});
export const vaultKeysSchema = z.object({
  format: z.literal(VAULT_KEYS_VERSION),
  passphrase: wrapSchema,
  recovery: wrapSchema,
});
export type VaultKeys = z.infer<typeof vaultKeysSchema>;
type Wrap = z.infer<typeof wrapSchema>;

export class WrongSecretError extends Error {
  constructor(kind: 'passphrase' | 'recovery-key') {
    super(kind === 'passphrase' ? 'That passphrase is not right.' : 'That recovery key is not right.');
    this.name = 'WrongSecretError';
  }
}

function deriveKey(secret: string, wrap: Pick<Wrap, 'salt' | 'N' | 'r' | 'p'>): Promise<Buffer> {
  const options: ScryptOptions = { N: wrap.N, r: wrap.r, p: wrap.p, maxmem: 256 * wrap.N * wrap.r };
  return new Promise((resolve, reject) =>
    scryptCallback(secret.normalize('NFC'), Buffer.from(wrap.salt, 'base64'), KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

async function wrapKey(secret: string, dataKey: Uint8Array): Promise<Wrap> {
  const params = { salt: randomBytes(16).toString('base64'), ...SCRYPT_PARAMS };
  const wrappingKey = await deriveKey(secret, params);
  return { ...params, wrapped: seal(wrappingKey, dataKey).toString('base64') };
}

async function unwrapKey(secret: string, wrap: Wrap, kind: 'passphrase' | 'recovery-key'): Promise<Buffer> {
  try {
    return unseal(await deriveKey(secret, wrap), Buffer.from(wrap.wrapped, 'base64'));
  } catch (error) {
    if (error instanceof SealedBytesError && error.reason === 'wrong-key-or-damaged') throw new WrongSecretError(kind);
    throw error;
  }
}

const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 30 characters from a 32-letter alphabet (150 bits), in groups of five; spaces, dashes and case do not matter. */
export function newRecoveryKey(): string {
  const bytes = randomBytes(30);
  const letters = Array.from(bytes, (byte) => RECOVERY_ALPHABET[byte % 32]).join('');
  return letters.match(/.{5}/g)?.join('-') ?? letters;
}

export const normaliseRecoveryKey = (text: string): string => text.toUpperCase().replace(/[^A-Z0-9]/g, '');

export type NewVault = { keys: VaultKeys; dataKey: Buffer; recoveryKey: string };

export async function createVaultKeys(passphrase: string): Promise<NewVault> {
  const dataKey = randomBytes(KEY_BYTES);
  const recoveryKey = newRecoveryKey();
  const [passphraseWrap, recoveryWrap] = await Promise.all([
    wrapKey(passphrase, dataKey),
    wrapKey(normaliseRecoveryKey(recoveryKey), dataKey),
  ]);
  return {
    keys: { format: VAULT_KEYS_VERSION, passphrase: passphraseWrap, recovery: recoveryWrap },
    dataKey,
    recoveryKey,
  };
}

export const unlockWithPassphrase = (keys: VaultKeys, passphrase: string): Promise<Buffer> =>
  unwrapKey(passphrase, keys.passphrase, 'passphrase');

export const unlockWithRecoveryKey = (keys: VaultKeys, recoveryKey: string): Promise<Buffer> =>
  unwrapKey(normaliseRecoveryKey(recoveryKey), keys.recovery, 'recovery-key');

/** The same data key under a new passphrase; the recovery wrap is kept. */
export async function rewrapPassphrase(keys: VaultKeys, dataKey: Uint8Array, passphrase: string): Promise<VaultKeys> {
  return { ...keys, passphrase: await wrapKey(passphrase, dataKey) };
}
