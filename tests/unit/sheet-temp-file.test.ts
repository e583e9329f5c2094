// The print/PDF temp file: private, gone once the page has loaded (even when loading fails), and a leftover from a
// crash is removed at the next start while a load in progress elsewhere is left alone.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadThroughTempFile,
  removeLeftoverSheetFiles,
  SHEET_TEMP_PREFIX,
} from '../../src-main/export/sheet-temp-file';
import { useTempDirs } from './store-fixtures';

const tempDir = useTempDirs('parley-sheet-test-');
const SECRET = '<p>Walk-away: 1,020,000 CNY</p>';

describe('the print temp file', () => {
  it('exists, readable only by its owner, only while the page loads', async () => {
    const root = await tempDir();
    let loaded = '';
    let mode = 0;
    await loadThroughTempFile(
      SECRET,
      async (file) => {
        loaded = await readFile(file, 'utf8');
        mode = (await stat(file)).mode & 0o777;
      },
      root,
    );
    expect(loaded).toBe(SECRET);
    expect(mode).toBe(0o600);
    expect(await readdir(root)).toEqual([]);
  });

  it('is removed when loading fails', async () => {
    const root = await tempDir();
    await expect(loadThroughTempFile(SECRET, () => Promise.reject(new Error('load failed')), root)).rejects.toThrow(
      'load failed',
    );
    expect(await readdir(root)).toEqual([]);
  });

  it('left by a crash is removed at start; one being loaded right now is not', async () => {
    const root = await tempDir();
    const crashed = join(root, `${SHEET_TEMP_PREFIX}crashed`);
    const loading = join(root, `${SHEET_TEMP_PREFIX}loading`);
    const unrelated = join(root, 'other-app-file');
    for (const folder of [crashed, loading]) {
      await mkdir(folder);
      await writeFile(join(folder, 'prep-sheet.html'), SECRET);
    }
    await writeFile(unrelated, 'not ours');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(crashed, hourAgo, hourAgo);
    expect(await removeLeftoverSheetFiles(root)).toBe(1);
    expect(existsSync(crashed)).toBe(false);
    expect(existsSync(loading)).toBe(true);
    expect(existsSync(unrelated)).toBe(true);
  });
});
