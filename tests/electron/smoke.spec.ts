// @foundation smoke test of the real app through Electron: the window's isolation, the preload's API, and a deal
// created, edited and still there after a restart. Skipped, with the reason, where the Electron binary is absent.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { CHANNELS, type ParleyApi } from '../../src-shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../src-main/window/security';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'out', 'main', 'index.js');

/**
 * Why the real app cannot run here, or null when it can. Mirrors how node_modules/electron/index.js finds its
 * binary (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) without requiring it: requiring it downloads a missing one.
 */
function whyElectronCannotRun(): string | null {
  const packageDir = join(ROOT, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'package.json'))) return 'the electron package is not installed';
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!executable && !override)
    return `the Electron binary was never downloaded (${pathFile} is missing; ELECTRON_SKIP_BINARY_DOWNLOAD?). Run "node node_modules/electron/install.js" to get it`;
  const binary = override ? join(override, executable || 'electron') : join(packageDir, 'dist', executable as string);
  if (!existsSync(binary))
    return `the Electron binary ${binary} is missing. Run "node node_modules/electron/install.js"`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return 'there is no display (DISPLAY is unset); run the tests under xvfb-run';
  return null;
}

const skipReason = whyElectronCannotRun();
if (skipReason) console.log(`tests/electron skipped: ${skipReason}.`);

type Folders = { dataDir: string; userDataDir: string };
/** The page's globals this test looks at (this file is compiled without the DOM library). */
type PageGlobals = {
  parley: ParleyApi;
  parleyEvents?: object;
  location: { href: string };
  open: (url: string) => unknown;
};

/** The built app on its own data folder and profile, in English whatever the machine's language. */
async function launch({ dataDir, userDataDir }: Folders): Promise<{ app: ElectronApplication; page: Page }> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.ELECTRON_RENDERER_URL; // the dev server, if a developer's shell has it
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await electron.launch({
    args: [MAIN, `--user-data-dir=${userDataDir}`, '--lang=en-US'],
    env: { ...env, PARLEY_DATA_DIR: dataDir },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

test.describe('@foundation the real app in Electron', () => {
  test.skip(skipReason !== null, `Electron cannot run: ${skipReason}`);

  let folders: Folders;
  let app: ElectronApplication | undefined;

  test.beforeEach(() => {
    expect(existsSync(MAIN), `${MAIN} is missing: run "npm run build" first`).toBe(true);
    folders = {
      dataDir: mkdtempSync(join(tmpdir(), 'parley-electron-data-')),
      userDataDir: mkdtempSync(join(tmpdir(), 'parley-electron-profile-')),
    };
    // Start in English on any machine.
    writeFileSync(
      join(folders.dataDir, 'workbench.json'),
      JSON.stringify({ schemaVersion: 1, settings: { language: 'en', theme: 'system' } }),
    );
  });

  test.afterEach(async () => {
    await app?.close();
    app = undefined;
    rmSync(folders.dataDir, { recursive: true, force: true });
    rmSync(folders.userDataDir, { recursive: true, force: true });
  });

  test('the page is isolated and sees only the contract', async () => {
    const launched = await launch(folders);
    app = launched.app;
    const { page } = launched;
    expect(page.url()).toMatch(/^app:\/\/parley\//);

    const globals = await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals & Record<string, unknown>;
      return {
        require: typeof page.require,
        process: typeof page.process,
        module: typeof page.module,
        buffer: typeof page.Buffer,
        parley: Object.keys(page.parley).sort(),
        parleyEvents: Object.keys(page.parleyEvents ?? {}),
      };
    });
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      buffer: 'undefined',
      parley: [...CHANNELS].sort(),
      parleyEvents: ['onMenuCommand'],
    });

    const csp = await page.evaluate(async () => {
      const response = await fetch((globalThis as unknown as PageGlobals).location.href);
      return response.headers.get('content-security-policy');
    });
    expect(csp).toBe(CONTENT_SECURITY_POLICY);

    // A call goes through the preload, the sender check and dispatch to the services on our folder.
    const status = await page.evaluate(() => (globalThis as unknown as PageGlobals).parley['app:status'](null));
    expect(status).toMatchObject({ ok: true, value: { dataDir: folders.dataDir, dealCount: 0, problems: [] } });
    const rejected = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).parley['deals:get']({ id: 42 } as unknown as { id: string }),
    );
    expect(rejected).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    // New windows are denied (and a non-https link is not handed to the system browser either).
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).open('http://example.com/') === null)).toBe(
      true,
    );
    expect(app.windows()).toHaveLength(1);
  });

  test('create a deal with two contacts, edit it, restart the app, and find it', async () => {
    let launched = await launch(folders);
    app = launched.app;
    let page = launched.page;
    await expect(page.getByRole('heading', { name: 'Prepare your first negotiation' })).toBeVisible();

    await page.keyboard.press('ControlOrMeta+n');
    await expect(page.getByRole('heading', { name: 'New deal' })).toBeVisible();
    await page.getByLabel('Deal title').fill('Network renewal 2027');
    await page.getByLabel('Counterpart organisation').fill('Huaxin Logistics');
    await page.getByLabel('Deal value').fill('1,250,000');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('button', { name: 'Add contact' }).click();
    const contacts = page.locator('fieldset');
    await contacts.nth(0).getByLabel('Name').fill('Wang Lei');
    await contacts.nth(0).getByLabel('Job title').fill('CFO');
    await contacts.nth(1).getByLabel('Name').fill('Li Na');
    await contacts.nth(1).getByLabel('Decision role').selectOption('champion');
    await page.getByRole('button', { name: 'Create deal' }).click();
    await expect(page.getByRole('heading', { name: 'Network renewal 2027' })).toBeVisible();
    await expect(page.getByText('Champion')).toBeVisible();

    const files = readdirSync(join(folders.dataDir, 'deals'));
    expect(files).toHaveLength(1);
    const stored = JSON.parse(readFileSync(join(folders.dataDir, 'deals', files[0] as string), 'utf8'));
    expect(stored.deal.contacts.map((contact: { name: string }) => contact.name)).toEqual(['Wang Lei', 'Li Na']);

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Deal title').fill('Network renewal 2027 – phase 2');
    await page.getByLabel('Stage').selectOption('negotiating');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { name: 'Network renewal 2027 – phase 2' })).toBeVisible();

    // Quitting releases the data folder and remembers the window.
    await app.close();
    app = undefined;
    expect(existsSync(join(folders.dataDir, 'parley.lock'))).toBe(false);
    expect(existsSync(join(folders.userDataDir, 'window-state.json'))).toBe(true);

    launched = await launch(folders);
    app = launched.app;
    page = launched.page;
    await page.getByRole('link', { name: 'Network renewal 2027 – phase 2' }).click();
    await expect(page.getByRole('heading', { name: 'Network renewal 2027 – phase 2' })).toBeVisible();
    await expect(page.getByText('Negotiating').first()).toBeVisible();
    await expect(page.getByText('Li Na')).toBeVisible();
  });
});
