// The built preload must be CommonJS: a sandboxed window cannot load an ES module preload, and that failure
// shows only when Electron runs. Builds the app into a temp folder (unit tests run before `npm run build`).
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, MENU_COMMAND_EVENT } from '@shared/ipc/contract';

const ROOT = resolve(import.meta.dirname, '../..');
// What `require` offers a sandboxed preload (Electron's sandbox docs).
const SANDBOX_MODULES = ['electron', 'events', 'timers', 'url'];

let outDir: string;
let preload: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'parley-build-'));
  const packageJson = createRequire(import.meta.url).resolve('electron-vite/package.json');
  const cli = join(dirname(packageJson), 'bin', 'electron-vite.js');
  await promisify(execFile)(process.execPath, [cli, 'build', '--outDir', outDir, '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  preload = await readFile(join(outDir, 'preload', 'index.cjs'), 'utf8');
}, 120_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

type Listener = (event: unknown, ...args: unknown[]) => void;

/** Runs the preload as Electron does: a CommonJS function given `require`, with a fake of `electron`. */
function runPreload() {
  const exposed = new Map<string, Record<string, unknown>>();
  const listeners = new Map<string, Listener[]>();
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: Record<string, unknown>) => exposed.set(name, api) },
    ipcRenderer: {
      invoke: vi.fn((channel: string, input: unknown) => Promise.resolve({ ok: true, value: { channel, input } })),
      on: vi.fn((channel: string, listener: Listener) =>
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
      ),
      removeListener: vi.fn((channel: string, listener: Listener) =>
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((item) => item !== listener),
        ),
      ),
    },
  };
  const required: string[] = [];
  const fakeRequire = (name: string): unknown => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  // A script, not a module: an `import` or `export` statement here is a SyntaxError.
  const wrapped = new Script(`(function (exports, require, module, __filename, __dirname) {${preload}\n})`, {
    filename: 'index.cjs',
  });
  const module = { exports: {} };
  (wrapped.runInThisContext() as (...args: unknown[]) => void)(module.exports, fakeRequire, module, 'index.cjs', '.');
  return { exposed, listeners, electron, required };
}

describe('the built preload', () => {
  it('is the CommonJS file the window loads, with no ES module beside it', async () => {
    expect(await readdir(join(outDir, 'preload'))).toEqual(['index.cjs']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(() => new Script(preload)).not.toThrow();
    const main = await readFile(join(outDir, 'main', 'index.js'), 'utf8');
    expect(main).toContain('preload/index.cjs');
  });

  it('requires nothing a sandboxed preload cannot have', () => {
    const { required } = runPreload();
    expect(required.length).toBeGreaterThan(0);
    for (const name of required) expect(SANDBOX_MODULES).toContain(name);
  });

  it('exposes exactly the contract channels, each invoking its own channel', async () => {
    const { exposed, electron } = runPreload();
    expect([...exposed.keys()].sort()).toEqual(['parley', 'parleyEvents']);
    const parley = exposed.get('parley') as Record<string, (input?: unknown) => Promise<unknown>>;
    expect(Object.keys(parley).sort()).toEqual([...CHANNELS].sort());
    expect(Object.isFrozen(parley)).toBe(true);
    for (const channel of CHANNELS) {
      await expect(parley[channel]?.({ probe: channel })).resolves.toEqual({
        ok: true,
        value: { channel, input: { probe: channel } },
      });
    }
    // A call without input sends null, which is what the channels without input expect.
    await parley['app:status']?.();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('app:status', null);
  });

  it('passes menu commands on without the Electron event, and nothing that is not a command', () => {
    const { exposed, listeners, electron } = runPreload();
    const events = exposed.get('parleyEvents') as {
      onMenuCommand: (listener: (command: string) => void) => () => void;
    };
    const listener = vi.fn();
    const stop = events.onMenuCommand(listener);
    const [handler] = listeners.get(MENU_COMMAND_EVENT) ?? [];
    handler?.({ sender: 'the electron event' }, 'new-deal');
    handler?.({ sender: 'the electron event' }, 'format-disk');
    expect(listener.mock.calls).toEqual([['new-deal']]);
    stop();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(MENU_COMMAND_EVENT, handler);
    expect(listeners.get(MENU_COMMAND_EVENT)).toEqual([]);
  });
});
