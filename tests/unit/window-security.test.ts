// The Electron shell's decisions as pure functions: web preferences, CSP, navigation, IPC senders, app:// files,
// the remembered window position, and where the data lives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../src-main/store/data-dir';
import { resolveAppFile } from '../../src-main/window/app-file';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  decideNavigation,
  isAllowedExternalUrl,
  isTrustedSender,
  secureWebPreferences,
} from '../../src-main/window/security';
import {
  DEFAULT_SIZE,
  loadWindowState,
  MIN_SIZE,
  restoreBounds,
  saveWindowState,
  type WindowState,
} from '../../src-main/window/window-state';

const DEV_SERVER = 'http://localhost:5173';

describe('web preferences', () => {
  it('isolate the page from Node and Electron', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name as string, sources] as const;
    }),
  );

  it('loads everything from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows no eval and no remote source anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
    for (const [name, sources] of directives) {
      for (const source of sources) {
        const isAllowed =
          source === "'self'" ||
          source === "'none'" ||
          (name === 'style-src' && source === "'unsafe-inline'") ||
          (name === 'img-src' && source === 'data:') ||
          (name === 'font-src' && source === 'data:');
        expect(isAllowed, `${name} ${source}`).toBe(true);
      }
    }
  });
});

describe('navigation and links', () => {
  it('never navigates the window; only https links open, in the system browser', () => {
    const cases: [string, boolean][] = [
      ['https://www.example.com/pricing?x=1', true],
      ['http://www.example.com/', false],
      ['file:///etc/passwd', false],
      ['javascript:alert(1)', false],
      ['data:text/html,<script>alert(1)</script>', false],
      ['mailto:someone@example.com', false],
      ['smb://fileserver/share', false],
      ['https://user:secret@example.com/', false],
      [`${APP_ORIGIN}/index.html#/settings`, false],
      ['not a url at all', false],
      ['', false],
    ];
    for (const [url, openExternally] of cases) {
      expect(decideNavigation(url), url).toEqual({ allow: false, openExternally });
      expect(isAllowedExternalUrl(url), url).toBe(openExternally);
    }
  });
});

describe('IPC senders', () => {
  it("trust only the app's own top-level page", () => {
    expect(isTrustedSender(`${APP_ORIGIN}/index.html`, true)).toBe(true);
    expect(isTrustedSender(`${APP_ORIGIN}/index.html#/deals/abc`, true)).toBe(true);
  });

  it('refuse subframes, even of the app itself', () => {
    expect(isTrustedSender(`${APP_ORIGIN}/index.html`, false)).toBe(false);
    expect(isTrustedSender(`${DEV_SERVER}/`, false, DEV_SERVER)).toBe(false);
  });

  it('refuse foreign origins and missing frames', () => {
    for (const url of [
      'https://evil.example.com/',
      'file:///home/someone/page.html',
      'app://evil/index.html',
      'app://parley.evil.com/index.html',
      'app://parley:8080/index.html',
      'about:blank',
      'data:text/html,hello',
      'javascript:void 0',
      `${DEV_SERVER}/`,
      '',
    ]) {
      expect(isTrustedSender(url, true), url).toBe(false);
    }
    expect(isTrustedSender(undefined, true)).toBe(false);
  });

  it('trust the dev server only when it is the one in use, and only its exact origin', () => {
    expect(isTrustedSender(`${DEV_SERVER}/#/deals`, true, DEV_SERVER)).toBe(true);
    expect(isTrustedSender(`${DEV_SERVER}/index.html`, true, `${DEV_SERVER}/`)).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', true, DEV_SERVER)).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/', true, DEV_SERVER)).toBe(false);
    expect(isTrustedSender('https://localhost:5173/', true, DEV_SERVER)).toBe(false);
    expect(isTrustedSender(`${APP_ORIGIN}/index.html`, true, DEV_SERVER)).toBe(true);
  });
});

describe('app:// files', () => {
  const root = resolve('/opt/parley/renderer');

  it('map app URLs to files of the built renderer', () => {
    expect(resolveAppFile(root, 'app://parley/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://parley')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://parley/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://parley/assets/index-abc.js?v=1#x')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://parley/noto-sans-sc/font%20file.woff2')).toBe(
      join(root, 'noto-sans-sc', 'font file.woff2'),
    );
    expect(resolveAppFile(`${root}/`, 'app://parley/index.html')).toBe(join(root, 'index.html'));
  });

  it('never resolve outside the renderer folder', () => {
    for (const url of [
      'app://parley/../../etc/passwd',
      'app://parley/%2e%2e/%2e%2e/etc/passwd',
      'app://parley/..%2f..%2f..%2fetc%2fpasswd',
      'app://parley/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://parley/%2e%2e%2frenderer-evil/index.html',
      'app://parley/..%5c..%5cwindows%5cwin.ini',
    ]) {
      const file = resolveAppFile(root, url);
      expect(file === null || file.startsWith(join(root, '/')), `${url} -> ${file}`).toBe(true);
    }
    expect(resolveAppFile(root, 'app://parley/..%2f..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppFile(root, 'app://parley/%2e%2e%2frenderer-evil/index.html')).toBeNull();
  });

  it('refuse other hosts, other schemes, broken escapes and NUL bytes', () => {
    for (const url of [
      'app://evil/index.html',
      'app://parley.evil/index.html',
      'https://parley/index.html',
      'file:///opt/parley/renderer/index.html',
      'app://parley/%E0%A4%A',
      'app://parley/index.html%00.png',
      'not a url',
    ]) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
  });
});

describe('the remembered window', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1080 };
  const rightScreen = { x: 1920, y: 0, width: 2560, height: 1440 };
  const saved = (x: number, y: number, width = 1280, height = 800): WindowState => ({
    bounds: { x, y, width, height },
    isMaximized: false,
  });

  it('opens at the default size the first time', () => {
    expect(restoreBounds(null, [screen])).toEqual(DEFAULT_SIZE);
  });

  it('comes back where it was when that place is on a screen', () => {
    expect(restoreBounds(saved(100, 50), [screen])).toEqual({ x: 100, y: 50, width: 1280, height: 800 });
    expect(restoreBounds(saved(2200, 100), [screen, rightScreen])).toEqual({
      x: 2200,
      y: 100,
      width: 1280,
      height: 800,
    });
    // Partly visible is visible enough to be grabbed.
    expect(restoreBounds(saved(-1000, 10), [screen])).toMatchObject({ x: -1000, y: 10 });
  });

  it('lets the system place it when its saved place is on no screen (a monitor was unplugged)', () => {
    expect(restoreBounds(saved(2200, 100), [screen])).toEqual({ width: 1280, height: 800 });
    expect(restoreBounds(saved(100, 5000), [screen])).toEqual({ width: 1280, height: 800 });
    expect(restoreBounds(saved(-5000, -5000), [screen, rightScreen])).toEqual({ width: 1280, height: 800 });
    expect(restoreBounds(saved(100, 100), [])).toEqual({ width: 1280, height: 800 });
  });

  it('never opens smaller than the minimum size', () => {
    expect(restoreBounds(saved(10, 10, 200, 100), [screen])).toEqual({ x: 10, y: 10, ...MIN_SIZE });
    expect(restoreBounds(saved(10, 10, 0, -50), [screen])).toEqual({ x: 10, y: 10, ...MIN_SIZE });
  });

  it('reads back what it saved, and ignores a missing or damaged state file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-window-'));
    try {
      const file = join(dir, 'window-state.json');
      expect(loadWindowState(file)).toBeNull();
      const state: WindowState = { bounds: { x: 1, y: 2, width: 1300, height: 900 }, isMaximized: true };
      saveWindowState(file, state);
      expect(loadWindowState(file)).toEqual(state);
      for (const text of ['{"bounds":', '{"bounds":{"x":"1"},"isMaximized":false}', 'null']) {
        writeFileSync(file, text);
        expect(loadWindowState(file), text).toBeNull();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the data folder', () => {
  const userData = resolve('/home/someone/.config/Parley');

  it("is data/ in the user's app data folder", () => {
    expect(resolveDataDir({}, userData)).toBe(join(userData, 'data'));
    expect(resolveDataDir({ PARLEY_DATA_DIR: '' }, userData)).toBe(join(userData, 'data'));
    expect(resolveDataDir({ PARLEY_DATA_DIR: '   ' }, userData)).toBe(join(userData, 'data'));
  });

  it('is PARLEY_DATA_DIR when set, made absolute', () => {
    const portable = resolve('/media/usb/parley-data');
    expect(resolveDataDir({ PARLEY_DATA_DIR: portable }, userData)).toBe(portable);
    expect(resolveDataDir({ PARLEY_DATA_DIR: ` ${portable} ` }, userData)).toBe(portable);
    expect(resolveDataDir({ PARLEY_DATA_DIR: 'relative/data' }, userData)).toBe(resolve('relative/data'));
  });
});
