// Vitest global setup: every test run gets a temp folder of its own (TMPDIR), which must be empty at the end,
// so a test that leaves files behind (exports, backups, sample walk-aways) fails the run instead of piling up.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const PREFIX = 'parley-test-run-';

export default function setup(): () => void {
  // Vitest may run this once per project: the first run's folder serves them all.
  if (basename(tmpdir()).startsWith(PREFIX)) return () => {};
  const root = mkdtempSync(join(tmpdir(), PREFIX));
  process.env.TMPDIR = root;
  return () => {
    const left = readdirSync(root);
    rmSync(root, { recursive: true, force: true });
    if (left.length === 0) return;
    // Vitest reports an error thrown here but still exits 0, so the exit code is set as well.
    process.exitCode = 1;
    throw new Error(`Tests left files in their temp folder: ${left.join(', ')}`);
  };
}
