// vault.json: present when protection is on; holds only the wrapped data key (never a key or a passphrase).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../durable-json-file';
import { vaultKeysSchema, type VaultKeys } from './vault-keys';

export const VAULT_FILE = 'vault.json';

export class VaultFileError extends Error {
  constructor(reason: string) {
    super(`vault.json cannot be read: ${reason}`);
    this.name = 'VaultFileError';
  }
}

/** The folder's wrapped keys, or null when the folder is not protected. */
export async function readVaultKeys(dataDir: string): Promise<VaultKeys | null> {
  let text: string;
  try {
    text = await readFile(join(dataDir, VAULT_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new VaultFileError('not valid JSON');
  }
  const parsed = vaultKeysSchema.safeParse(raw);
  if (!parsed.success) throw new VaultFileError('unexpected content');
  return parsed.data;
}

export const vaultKeysText = (keys: VaultKeys): string => JSON.stringify(keys);

export const writeVaultKeys = (dataDir: string, keys: VaultKeys): Promise<void> =>
  writeFileDurably(join(dataDir, VAULT_FILE), vaultKeysText(keys));
