// Unreadable files are moved aside, never overwritten, so the user can recover them by hand.
import { mkdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { StoreProblem } from '@shared/ipc/contract';

export const QUARANTINE_DIR = 'unreadable';

export async function quarantineFile(dataDir: string, file: string, reason: string, now: Date): Promise<StoreProblem> {
  const folder = join(dataDir, QUARANTINE_DIR);
  await mkdir(folder, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const movedTo = join(folder, `${stamp}-${basename(file)}`);
  await rename(file, movedTo);
  return { file, movedTo, reason };
}
