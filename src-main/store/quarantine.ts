// Unreadable files are moved aside, never overwritten, so the user can recover them by hand.
import { mkdir, open, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { StoreProblem } from '@shared/ipc/contract';

export const QUARANTINE_DIR = 'unreadable';

/**
 * Like quarantineFile, but a file that cannot be moved (a read-only or full disk, a folder named like a data file,
 * a file another program holds) is left where it is, skipped, and reported with `movedTo: null`.
 */
export async function setAside(dataDir: string, file: string, reason: string, now: Date): Promise<StoreProblem> {
  try {
    return await quarantineFile(dataDir, file, reason, now);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { file, movedTo: null, reason: `${reason}; it could not be moved aside (${code}), so it was skipped` };
  }
}

export async function quarantineFile(dataDir: string, file: string, reason: string, now: Date): Promise<StoreProblem> {
  const folder = join(dataDir, QUARANTINE_DIR);
  await mkdir(folder, { recursive: true });
  const movedTo = await reserveName(folder, `${now.toISOString().replace(/[:.]/g, '-')}-${basename(file)}`);
  await rename(file, movedTo);
  return { file, movedTo, reason };
}

/**
 * Claims a name nobody uses yet (files of the same name can be set aside at the same moment, e.g.
 * workbench.json and deals/workbench.json, or on two starts with the same clock): creating it
 * exclusively is atomic, and the rename then replaces only our own empty placeholder.
 */
export async function reserveName(folder: string, name: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  for (let copy = 1; ; copy++) {
    const candidate = join(folder, copy === 1 ? name : name.replace(/(\.[^.]*)?$/, `-${copy}$1`));
    try {
      await (await open(candidate, 'wx')).close();
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
