// The prep sheet reaches the hidden print/PDF window through a temp file (a data: URL is limited to 2 MB). The full
// sheet holds the walk-away, so the file lives only while the page loads, and one a crash left behind is removed
// at the next start.
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SHEET_TEMP_PREFIX = 'parley-sheet-';

/** A folder this old is no load in progress (a load takes well under a second), so it was left by a crash. */
const LEFTOVER_AGE_MS = 60_000;

/** Writes `html` to a private temp file, hands it to `load`, and removes it as soon as `load` settles. */
export async function loadThroughTempFile(
  html: string,
  load: (file: string) => Promise<void>,
  tempRoot = tmpdir(),
): Promise<void> {
  const folder = await mkdtemp(join(tempRoot, SHEET_TEMP_PREFIX));
  try {
    const file = join(folder, 'prep-sheet.html');
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
    await load(file);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Removes sheet folders a crash left in the temp folder; returns how many. Never throws. */
export async function removeLeftoverSheetFiles(tempRoot = tmpdir(), now = Date.now()): Promise<number> {
  let removed = 0;
  const names = await readdir(tempRoot).catch(() => [] as string[]);
  for (const name of names.filter((entry) => entry.startsWith(SHEET_TEMP_PREFIX))) {
    const folder = join(tempRoot, name);
    try {
      if (now - (await stat(folder)).mtimeMs < LEFTOVER_AGE_MS) continue;
      await rm(folder, { recursive: true, force: true });
      removed++;
    } catch {
      /* another process removed it, or it is not ours to remove */
    }
  }
  return removed;
}
