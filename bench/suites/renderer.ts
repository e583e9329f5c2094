// renderer.*: the shell's first paint against a blank page's in the same browser, and the initial JS size.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { buildParleyApi } from '../../src-shared/ipc/build-api';
import { CHANNELS } from '../../src-shared/ipc/contract';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createServices } from '../../src-main/services/create-services';
import { serveFolder } from '../../tests/e2e/static-server';
import { limitResult, median, ratioResult, type BenchResult } from '../measure';

const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
const ROUNDS = 9;
const BLANK_PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><p>Parley</p></body></html>';

const chromiumPath = (): string | undefined => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Milliseconds from navigation start to the first contentful paint. */
const FIRST_PAINT = `new Promise((resolve) => new PerformanceObserver((list) => {
  const entry = list.getEntries().find((item) => item.name === 'first-contentful-paint');
  if (entry) resolve(entry.startTime);
}).observe({ type: 'paint', buffered: true }))`;

/** Milliseconds from navigation start until React has rendered the real navigation. */
const SHELL_READY = `new Promise((resolve) => {
  const check = () => (document.querySelector('nav[aria-label]') ? resolve(performance.now()) : requestAnimationFrame(check));
  check();
})`;

async function measurePaints(
  browser: Browser,
  appUrl: string,
  dataDir: string,
): Promise<{ app: number; blank: number; ready: number }> {
  const services = await createServices({ dataDir, version: 'bench' });
  await services.context.store.deals.loadAll();
  const dispatch = createDispatch(createHandlers(services));
  const app: number[] = [];
  const blank: number[] = [];
  const ready: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const blankPage = await browser.newPage();
      await blankPage.route('http://127.0.0.1/blank', (route) =>
        route.fulfill({ contentType: 'text/html', body: BLANK_PAGE }),
      );
      await blankPage.goto('http://127.0.0.1/blank');
      blank.push(await blankPage.evaluate<number>(FIRST_PAINT));
      await blankPage.close();

      const page = await browser.newPage();
      await page.exposeBinding('__parleyInvoke', (_source, channel: string, input: unknown) =>
        dispatch(channel, input),
      );
      await page.addInitScript({
        content: `window.parley = (${buildParleyApi.toString()})(${JSON.stringify(CHANNELS)}, (channel, input) => window.__parleyInvoke(channel, input));`,
      });
      await page.goto(appUrl);
      ready.push(await page.evaluate<number>(SHELL_READY));
      app.push(await page.evaluate<number>(FIRST_PAINT));
      await page.close();
    }
  } finally {
    services.close();
  }
  return { app: median(app), blank: median(blank), ready: median(ready) };
}

/** The gzip size of the JavaScript index.html loads before anything is lazily imported. */
export function initialJsGzipBytes(rendererDir: string): number {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g),
  ].map((match) => match[1] as string);
  return scripts.reduce(
    (total, script) => total + gzipSync(readFileSync(join(rendererDir, script)), { level: 9 }).length,
    0,
  );
}

export async function rendererSuite(): Promise<BenchResult[]> {
  const server = await serveFolder(RENDERER_DIR);
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-bench-renderer-'));
  const executablePath = chromiumPath();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const paints = await measurePaints(browser, server.url, dataDir);
    return [
      ratioResult('renderer.first-paint', paints.app, paints.blank, 3),
      limitResult('renderer.shell-ready', paints.ready, 1000, 'ms'),
      limitResult('renderer.initial-js-gzip', initialJsGzipBytes(RENDERER_DIR) / 1024, 100, 'KB'),
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
