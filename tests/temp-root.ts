// Vitest global setup: every test run gets a temp folder of its own (TMPDIR), which must be empty at the end,
// so a test that leaves files behind (exports, backups, sample walk-aways) fails the run instead of piling up.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'parley-test-run-'));
  process.env.TMPDIR = root;
  return () => {
    const left = readdirSync(root);
    rmSync(root, { recursive: true, force: true });
    if (left.length > 0) throw new Error(`Tests left files in their temp folder: ${left.join(', ')}`);
  };
}
