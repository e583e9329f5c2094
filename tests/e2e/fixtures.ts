// Test fixture: the built renderer in Chromium, wired to the real backend services on a temp data folder
// through the same contract, validation and dispatch the Electron preload uses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { buildParleyApi } from '../../src-shared/ipc/build-api';
import { CHANNELS } from '../../src-shared/ipc/contract';
import { createDispatch, type Dispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createServices, type Services } from '../../src-main/services/create-services';
import { serveFolder, type StaticServer } from './static-server';

export type ParleyApp = {
  page: Page;
  dataDir: string;
  services: () => Services;
  /** Closes the backend and the page, then starts both again on the same data folder. */
  restart: () => Promise<void>;
};

// PARLEY_RENDERER_DIR lets parallel work build the renderer elsewhere (electron-vite build --outDir).
const RENDERER_DIR = resolve(process.env.PARLEY_RENDERER_DIR ?? resolve(import.meta.dirname, '../../out/renderer'));

async function connect(page: Page, server: StaticServer, dispatch: () => Dispatch): Promise<void> {
  await page.exposeBinding('__parleyInvoke', (_source, channel: string, input: unknown) => dispatch()(channel, input));
  await page.addInitScript({
    content: `window.parley = (${buildParleyApi.toString()})(${JSON.stringify(CHANNELS)}, (channel, input) => window.__parleyInvoke(channel, input));`,
  });
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
  app: async ({ page, server, dataDir }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let services = await createServices({ dataDir, version: 'test' });
    let dispatch = createDispatch(createHandlers(services));
    await connect(page, server, () => dispatch);
    const app: ParleyApp = {
      page,
      dataDir,
      services: () => services,
      restart: async () => {
        services.close();
        services = await createServices({ dataDir, version: 'test' });
        dispatch = createDispatch(createHandlers(services));
        await page.reload();
      },
    };
    await use(app);
    services.close();
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
