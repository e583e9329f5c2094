// Opens one versioned JSON file through lowdb: migrate (with a backup), validate, or report it unreadable.
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { StoreProblem } from '@shared/ipc/contract';
import { CorruptFileError, DurableJsonFile } from './durable-json-file';
import { backUpFile, type Migration, runMigrations } from './migrations';
import { setAside } from './quarantine';
import { plainCodec, type FileCodec } from './vault/file-codec';

export type DocumentSpec<T extends { schemaVersion: number }> = {
  schema: z.ZodType<T>;
  version: number;
  migrations: readonly Migration[];
};

export type OpenedDocument<T> = { db: Low<T>; problem: StoreProblem | null };

export const createDocument = <T>(file: string, data: T, codec: FileCodec = plainCodec): Low<T> =>
  new Low<T>(new DurableJsonFile<T>(file, codec), data);

/** Data that fails its own schema is never written: it would be set aside as unreadable at the next start. */
export class InvalidDocumentError extends Error {
  constructor(file: string, reason: string) {
    super(`Refused to write ${file}: ${reason}.`);
    this.name = 'InvalidDocumentError';
  }
}

const firstIssue = (error: z.ZodError): string => {
  const issue = error.issues[0];
  return `unexpected content at ${issue?.path.join('.') || 'top level'}${issue ? ` (${issue.message})` : ''}`;
};

/** Throws InvalidDocumentError unless `data` passes `schema`. */
export function checkBeforeWrite<T>(schema: z.ZodType<T>, file: string, data: unknown): void {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new InvalidDocumentError(file, firstIssue(parsed.error));
}

const describe = (error: unknown): string =>
  error instanceof CorruptFileError ? error.message : error instanceof Error ? error.message : String(error);

/**
 * Reads `file`; a missing file yields `fallback` (not written until the first save).
 * A file that cannot be read, parsed or validated is moved aside and `fallback` is used.
 */
export async function openDocument<T extends { schemaVersion: number }>(
  dataDir: string,
  file: string,
  spec: DocumentSpec<T>,
  fallback: () => T,
  now: Date,
  codec: FileCodec = plainCodec,
): Promise<OpenedDocument<T>> {
  const db = createDocument(file, fallback(), codec);
  const adapter = db.adapter;
  let raw: unknown;
  try {
    raw = await adapter.read();
  } catch (error) {
    return { db, problem: await setAside(dataDir, file, describe(error), now) };
  }
  if (raw === null) return { db, problem: null };
  let isMigrated: boolean;
  try {
    if (typeof raw !== 'object' || Array.isArray(raw)) throw new Error('not a JSON object');
    const migrated = runMigrations(raw as Record<string, unknown>, spec.version, spec.migrations);
    const parsed = spec.schema.safeParse(migrated.data);
    if (!parsed.success) throw new Error(firstIssue(parsed.error));
    db.data = parsed.data;
    isMigrated = migrated.isMigrated;
  } catch (error) {
    return { db, problem: await setAside(dataDir, file, describe(error), now) };
  }
  if (isMigrated) {
    // A good file on a disk that cannot be written (read-only, full) stays as it is; the migrated data is used
    // in memory and written with the next save.
    try {
      await backUpFile(dataDir, file, now);
      await db.write();
    } catch {
      /* kept in memory */
    }
  }
  return { db, problem: null };
}
