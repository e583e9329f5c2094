// Test fixture: the built renderer in Chromium, wired to the real backend services on a temp data folder
// through the same contract, validation and dispatch the Electron preload uses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { buildParleyApi } from '../../src-shared/ipc/build-api';
import { CHANNELS, EVENTS, type EmitEvent } from '../../src-shared/ipc/contract';
import { createDispatch, type Dispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import type { ExportPorts } from '../../src-main/export/ports';
import { createServices, type Services } from '../../src-main/services/create-services';
import { serveFolder, type StaticServer } from './static-server';

export type ParleyApp = {
  page: Page;
  dataDir: string;
  services: () => Services;
  /** Closes the backend and the page, then starts both again on the same data folder (or on `dataDir`). */
  restart: (options?: { dataDir?: string }) => Promise<void>;
  /** The folder the save-dialog port saves exports into (it answers with the suggested file name). */
  exportDir: string;
  /** Pages handed to the print port, oldest first. */
  printed: string[];
  /**
   * Sets the time both sides see from now on: the backend's clock (which stamps and dates what it saves)
   * and the page's `Date`. Until first called, both run on real time.
   */
  setTime: (iso: string) => Promise<void>;
};

/**
 * The export ports of the browser harness: PDFs come from Chromium's page.pdf() in a separate page,
 * the save dialog answers with the suggested name in `exportDir`, and printing is recorded.
 */
function browserExportPorts(browser: Browser, exportDir: string, printed: string[]) {
  let pdfPage: Page | null = null;
  const ports: ExportPorts = {
    renderPdf: async (html) => {
      pdfPage ??= await browser.newPage();
      await pdfPage.setContent(html, { waitUntil: 'load' });
      await pdfPage.evaluate('document.fonts.ready.then(() => true)');
      return pdfPage.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    },
    chooseSavePath: async ({ fileName }) => join(exportDir, fileName),
    printHtml: async (html) => {
      printed.push(html);
      return true;
    },
  };
  return { ports, close: async () => pdfPage?.close() };
}

// PARLEY_RENDERER_DIR lets parallel work build the renderer elsewhere (electron-vite build --outDir).
const RENDERER_DIR = resolve(process.env.PARLEY_RENDERER_DIR ?? resolve(import.meta.dirname, '../../out/renderer'));

/** Answers calls that arrive after the test ended (the page's last autosaves) without touching the data folder. */
const closedDispatch: Dispatch = async () => ({
  ok: false,
  error: { code: 'cancelled', message: 'The test is over.' },
});

/** Events from the services reach the page as the preload delivers them: to listeners of the contract's events. */
const EVENTS_SCRIPT = `window.parleyEvents = (() => {
  const listeners = new Map();
  window.__parleyEmit = (name, payload) => (listeners.get(name) ?? []).forEach((listener) => listener(payload));
  return {
    onMenuCommand: () => () => undefined,
    on: (name, listener) => {
      if (!${JSON.stringify(EVENTS)}.includes(name)) return () => undefined;
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return () => listeners.set(name, (listeners.get(name) ?? []).filter((entry) => entry !== listener));
    },
  };
})();`;

/** The services' event port in the harness: delivered to the page, dropped while it is (re)loading. */
const pageEmitter =
  (page: Page): EmitEvent =>
  (name, payload) =>
    void page
      .evaluate(`window.__parleyEmit?.(${JSON.stringify(name)}, ${JSON.stringify(payload)})`)
      .catch(() => undefined);

async function connect(page: Page, server: StaticServer, dispatch: () => Dispatch): Promise<void> {
  await page.exposeBinding('__parleyInvoke', (_source, channel: string, input: unknown) => dispatch()(channel, input));
  await page.addInitScript({
    content: `window.parley = (${buildParleyApi.toString()})(${JSON.stringify(CHANNELS)}, (channel, input) => window.__parleyInvoke(channel, input));`,
  });
  await page.addInitScript({ content: EVENTS_SCRIPT });
  await page.goto(server.url);
}

export const test = base.extend<{ dataDir: string; app: ParleyApp }, { server: StaticServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const server = await serveFolder(RENDERER_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- as above
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ page, server, dataDir, browser }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const exportDir = mkdtempSync(join(tmpdir(), 'parley-e2e-export-'));
    const printed: string[] = [];
    const exporting = browserExportPorts(browser, exportDir, printed);
    let fixedTime: Date | null = null;
    const now = (): Date => new Date(fixedTime ?? Date.now());
    let services = await createServices({
      dataDir,
      version: 'test',
      now,
      emit: pageEmitter(page),
      export: { ports: exporting.ports },
    });
    let dispatch = createDispatch(createHandlers(services));
    await connect(page, server, () => dispatch);
    const app: ParleyApp = {
      page,
      dataDir,
      services: () => services,
      restart: async (options = {}) => {
        await services.flush();
        services.close();
        services = await createServices({
          dataDir: options.dataDir ?? dataDir,
          version: 'test',
          now,
          emit: pageEmitter(page),
          export: { ports: exporting.ports },
        });
        dispatch = createDispatch(createHandlers(services));
        await page.reload();
      },
      exportDir,
      printed,
      setTime: async (iso) => {
        fixedTime = new Date(iso);
        await page.clock.setFixedTime(fixedTime);
      },
    };
    await use(app);
    // No call may reach the backend once it is closing, and every write it accepted lands before the folder goes.
    await page.close();
    dispatch = closedDispatch;
    await services.flush();
    services.close();
    await exporting.close();
    rmSync(exportDir, { recursive: true, force: true });
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
