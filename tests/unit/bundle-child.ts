// Bundles a child-process script once per test file, so each spawn is a plain `node child.mjs` (no loader to start).
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');

export async function bundleChild(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, 'child.mjs');
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true, // a smaller script compiles faster, and each of the many starts compiles it
    tsconfig: join(ROOT, 'tsconfig.json'), // resolves the @shared alias
    logLevel: 'silent',
  });
  return outfile;
}
