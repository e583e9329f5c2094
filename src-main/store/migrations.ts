// Schema versions and the migration runner; a file is backed up before a migration replaces it.
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';

export type Versioned = { schemaVersion: number };

/** Turns a file of version `from` into version `from + 1`. */
export type Migration = { from: number; migrate: (data: Record<string, unknown>) => Record<string, unknown> };

export const BACKUP_DIR = 'backups';
export const BACKUPS_KEPT = 5;

export class NewerSchemaError extends Error {
  constructor(version: number, supported: number) {
    super(`written by a newer Parley (schema ${version}; this version reads up to ${supported})`);
    this.name = 'NewerSchemaError';
  }
}

/** Returns the data at `current` version and whether anything changed. Pure. */
export function runMigrations(
  data: Record<string, unknown>,
  current: number,
  migrations: readonly Migration[],
): { data: Record<string, unknown>; isMigrated: boolean } {
  const version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
  if (version > current) throw new NewerSchemaError(version, current);
  let result = data;
  for (let from = version; from < current; from++) {
    const step = migrations.find((migration) => migration.from === from);
    if (!step) throw new Error(`no migration from schema ${from}`);
    result = { ...step.migrate(result), schemaVersion: from + 1 };
  }
  return { data: result, isMigrated: version !== current };
}

/** Copies `file` into the backup folder and keeps only the newest few copies of it. */
export async function backUpFile(dataDir: string, file: string, now: Date): Promise<string> {
  // Mirrors the data folder (backups/deals/…) so that workbench.json and a deal named "workbench" never mix.
  const folder = join(dataDir, BACKUP_DIR, dirname(relative(dataDir, file)));
  await mkdir(folder, { recursive: true });
  const name = basename(file);
  const copy = join(folder, `${name}.${now.getTime()}.bak`);
  await copyFile(file, copy);
  const copies = (await readdir(folder))
    .filter((entry) => entry.startsWith(`${name}.`) && entry.endsWith('.bak'))
    .sort();
  for (const old of copies.slice(0, Math.max(0, copies.length - BACKUPS_KEPT))) {
    await rm(join(folder, old), { force: true });
  }
  return copy;
}
