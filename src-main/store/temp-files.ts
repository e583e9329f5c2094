// Temp files are writes that never completed (the real file is intact): removed at start, and after a failed write.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

export const isTempFile = (name: string): boolean => name.endsWith('.tmp');

/** Removes the temp files among `names` in `folder`; one that cannot be removed (read-only disk) is left. */
export async function removeTempFiles(folder: string, names: readonly string[]): Promise<void> {
  await Promise.all(names.filter(isTempFile).map((name) => rm(join(folder, name), { force: true }).catch(() => {})));
}
