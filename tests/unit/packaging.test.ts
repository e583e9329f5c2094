// Shipping: electron-builder's configuration, checked where packaging cannot run (it downloads Electron). The schema
// of electron-builder itself validates the file; the targets, the fuses and the icon are what the release needs.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// electron-builder's own validation, as `npm run dist` runs it before packaging. Its loader would otherwise keep a
// compile cache in the temp folder.
process.env.JITI_FS_CACHE = 'false';
const { validateConfiguration } = await import('app-builder-lib/out/util/config/config');
const { DebugLogger } = await import('builder-util');

const ROOT = resolve(import.meta.dirname, '../..');
const readJson = async (file: string): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(join(ROOT, file), 'utf8')) as Record<string, unknown>;

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer): { width: number; height: number } => {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

describe('packaging', () => {
  it('is a configuration electron-builder accepts', async () => {
    const config = await readJson('electron-builder.json');
    delete config.$schema;
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // And it is strict enough to notice a mistake.
    await expect(
      validateConfiguration({ ...config, linux: { targets: ['AppImage'] } } as never, new DebugLogger(false)),
    ).rejects.toThrow();
  });

  it('builds AppImage and deb for Linux, dmg for macOS and NSIS for Windows', async () => {
    const config = await readJson('electron-builder.json');
    expect(config).toMatchObject({
      linux: { target: ['AppImage', 'deb'] },
      mac: { target: ['dmg'] },
      win: { target: ['nsis'] },
      asar: true,
    });
    const pkg = await readJson('package.json');
    expect((pkg.scripts as Record<string, string>).dist).toMatch(/npm run build && electron-builder/);
  });

  it('burns the fuses: no running as Node, no NODE_OPTIONS or inspector, only the integrity-checked ASAR', async () => {
    const { electronFuses } = await readJson('electron-builder.json');
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('has an icon large enough for every platform (1024 px square PNG)', async () => {
    const config = await readJson('electron-builder.json');
    expect(config.icon).toBe('resources/icon.png');
    expect(pngSize(await readFile(join(ROOT, 'resources/icon.png')))).toEqual({ width: 1024, height: 1024 });
  });

  it('pins Electron to an exact version (one line, the newest patch when the release was cut)', async () => {
    const pkg = await readJson('package.json');
    expect((pkg.devDependencies as Record<string, string>).electron).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
