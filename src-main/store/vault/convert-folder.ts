// Turns protection on or off for a whole data folder, all or nothing across crashes: every file's new bytes are
// first written as one record (its rename is the commit point), then applied; the next start finishes a record
// it finds. The record holds only the new bytes (encrypted when turning on), so nothing plain is left behind.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, normalize, relative, sep } from 'node:path';
import { z } from 'zod';
import { LOCK_FILE } from '../data-lock';
import { writeFileDurably } from '../durable-json-file';
import { isTempFile } from '../temp-files';
import type { FileCodec } from './file-codec';
import { SealedBytesError } from './sealed-bytes';
import { VAULT_FILE, vaultKeysText } from './vault-file';
import { vaultKeysSchema, type VaultKeys } from './vault-keys';

export const CONVERSION_FILE = 'vault-conversion.json';

const recordSchema = z.object({
  vault: vaultKeysSchema.nullable(),
  files: z.array(z.object({ file: z.string(), bytes: z.string() })),
});
type ConversionRecord = z.infer<typeof recordSchema>;

const SKIPPED = new Set([LOCK_FILE, VAULT_FILE, CONVERSION_FILE]);

/** Every data file in the folder, relative, except the lock, the keys and unfinished temp files. */
async function dataFiles(dataDir: string): Promise<string[]> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !isTempFile(entry.name))
    .map((entry) => relative(dataDir, join(entry.parentPath, entry.name)))
    .filter((file) => !SKIPPED.has(file))
    .sort();
}

function resolveInside(dataDir: string, file: string): string {
  const path = normalize(join(dataDir, file));
  if (!path.startsWith(normalize(dataDir) + sep)) throw new Error(`conversion entry outside the data folder: ${file}`);
  return path;
}

/** A file the old key cannot open (one already set aside as damaged) is sealed as it is, or left when turning off. */
function recode(stored: Buffer, from: FileCodec, to: FileCodec): Uint8Array | null {
  let plain: Uint8Array;
  try {
    plain = from.decode(stored);
  } catch (error) {
    if (!(error instanceof SealedBytesError)) throw error;
    if (!to.isEncrypted) return null;
    plain = stored;
  }
  return to.encode(plain);
}

async function apply(dataDir: string, record: ConversionRecord): Promise<void> {
  for (const { file, bytes } of record.files) {
    await writeFileDurably(resolveInside(dataDir, file), Buffer.from(bytes, 'base64'));
  }
  if (record.vault) await writeFileDurably(join(dataDir, VAULT_FILE), vaultKeysText(record.vault));
  else await rm(join(dataDir, VAULT_FILE), { force: true });
  await rm(join(dataDir, CONVERSION_FILE), { force: true });
}

/**
 * Re-encodes every file from `from` to `to` and then sets vault.json to `vault` (null: protection off).
 * The store must be closed (or flushed and idle) while this runs.
 */
export async function convertFolder(
  dataDir: string,
  from: FileCodec,
  to: FileCodec,
  vault: VaultKeys | null,
): Promise<void> {
  const files: ConversionRecord['files'] = [];
  for (const file of await dataFiles(dataDir)) {
    const bytes = recode(await readFile(join(dataDir, file)), from, to);
    if (bytes) files.push({ file, bytes: Buffer.from(bytes).toString('base64') });
  }
  const record: ConversionRecord = { vault, files };
  await writeFileDurably(join(dataDir, CONVERSION_FILE), JSON.stringify(record));
  await apply(dataDir, record);
}

/** Run at start before vault.json is read: finishes a conversion a crash interrupted after its commit point. */
export async function finishConversion(dataDir: string): Promise<boolean> {
  // A record cut short never reached its commit point; when turning off it holds plain bytes: remove it now.
  await rm(join(dataDir, `.${CONVERSION_FILE}.tmp`), { force: true });
  let text: string;
  try {
    text = await readFile(join(dataDir, CONVERSION_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  await apply(dataDir, recordSchema.parse(JSON.parse(text)));
  return true;
}
