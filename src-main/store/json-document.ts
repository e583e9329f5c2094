// Opens one versioned JSON file through lowdb: migrate (with a backup), validate, or report it unreadable.
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { StoreProblem } from '@shared/ipc/contract';
import { CorruptFileError, DurableJsonFile } from './durable-json-file';
import { backUpFile, type Migration, runMigrations } from './migrations';
import { quarantineFile } from './quarantine';

export type DocumentSpec<T extends { schemaVersion: number }> = {
  schema: z.ZodType<T>;
  version: number;
  migrations: readonly Migration[];
};

export type OpenedDocument<T> = { db: Low<T>; problem: StoreProblem | null };

export const createDocument = <T>(file: string, data: T): Low<T> => new Low<T>(new DurableJsonFile<T>(file), data);

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
): Promise<OpenedDocument<T>> {
  const db = createDocument(file, fallback());
  const adapter = db.adapter;
  let raw: unknown;
  try {
    raw = await adapter.read();
  } catch (error) {
    return { db, problem: await quarantineFile(dataDir, file, describe(error), now) };
  }
  if (raw === null) return { db, problem: null };
  try {
    if (typeof raw !== 'object' || Array.isArray(raw)) throw new Error('not a JSON object');
    const { data, isMigrated } = runMigrations(raw as Record<string, unknown>, spec.version, spec.migrations);
    const parsed = spec.schema.safeParse(data);
    if (!parsed.success)
      throw new Error(`unexpected content at ${parsed.error.issues[0]?.path.join('.') || 'top level'}`);
    db.data = parsed.data;
    if (isMigrated) {
      await backUpFile(dataDir, file, now);
      await db.write();
    }
    return { db, problem: null };
  } catch (error) {
    return { db, problem: await quarantineFile(dataDir, file, describe(error), now) };
  }
}
