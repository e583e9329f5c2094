// history.*: every History figure from 10,000 deals in the main process against parsing those deals, what the
// screen receives over IPC, and how much longer its charts take to be ready in Chromium with 10× the deals.
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { DEFAULT_HISTORY_FILTERS, type HistoryFilters } from '../../src-shared/domain/stats/history-filters';
import type { HistoryStats } from '../../src-shared/domain/stats/history-stats';
import { buildParleyApi } from '../../src-shared/ipc/build-api';
import { CHANNELS } from '../../src-shared/ipc/contract';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createServices, type Services } from '../../src-main/services/create-services';
import { serveFolder, type StaticServer } from '../../tests/e2e/static-server';
import { benchDeals, writeDataFolder } from '../fixtures';
import { compare, limitResult, median, ratioResult, type BenchResult } from '../measure';

const RENDERER_DIR = resolve(process.env.PARLEY_RENDERER_DIR ?? resolve(import.meta.dirname, '../../out/renderer'));
const ALL: HistoryFilters = { ...DEFAULT_HISTORY_FILTERS };
/** Filter changes a user makes in a row: each call computes for filters other than the last call's. */
const FILTER_CHANGES: HistoryFilters[] = [
  { ...ALL, currency: 'CNY', granularity: 'quarter', from: '2025-06-01' },
  { ...ALL, style: 'analytical' },
  { ...ALL, sizeBand: '500k-2m', tag: 'renewal' },
  { ...ALL, from: '2026-01-01', to: '2026-06-30' },
];
const READY_ROUNDS = 7;
const REHEARSAL_WEEKS = 26;

/** Milliseconds from navigation start until the History screen has its data and every chart drew its SVG. */
const CHARTS_READY = `new Promise((resolve) => {
  const check = () => {
    const page = document.querySelector('[data-ready="true"]');
    const cards = [...document.querySelectorAll('section[data-chart]')];
    const drawn = cards.length > 0 && cards.every((card) => !card.querySelector('[data-figure]') || card.querySelector('[data-figure] svg.recharts-surface'));
    if (page && drawn) resolve(performance.now());
    else requestAnimationFrame(check);
  };
  check();
})`;

/** The longest series of one summary: no chart may be handed more points than this. */
function mostPoints(stats: HistoryStats): number {
  return Math.max(
    stats.trends.points.length,
    stats.topObjections.items.length,
    stats.techniques.items.length,
    stats.signals.items.length,
    stats.closingMethods.items.length,
    stats.objectionsByType.length,
    stats.objectionsByNature.length,
    stats.priceRealisation.buckets.length,
    stats.winRateByObjectionType.items.length,
  );
}

async function withServices<T>(count: number, use: (services: Services) => Promise<T>): Promise<T> {
  const { dataDir, dispose } = writeDataFolder(benchDeals(count));
  const services = await createServices({ dataDir, version: 'bench' });
  await services.context.store.deals.loadAll();
  try {
    return await use(services);
  } finally {
    services.close();
    dispose();
  }
}

async function measureCompute(): Promise<BenchResult[]> {
  const json = JSON.stringify(benchDeals(10_000));
  return withServices(10_000, async (services) => {
    const dispatch = createDispatch(createHandlers(services));
    // The first call builds the per-deal cache (as the first History visit after start does).
    services.history.stats(ALL);
    const compute = await compare(
      9,
      () => services.history.stats(ALL),
      () => JSON.parse(json),
    );
    const filtered = await compare(
      9,
      (round) => services.history.stats(FILTER_CHANGES[round % FILTER_CHANGES.length] as HistoryFilters),
      () => JSON.parse(json),
    );
    const received = [
      JSON.stringify(await dispatch('history:stats', ALL)),
      JSON.stringify(await dispatch('rehearsal:progress', { weeks: REHEARSAL_WEEKS })),
    ];
    const bytes = received.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
    const points = Math.max(
      ...[ALL, ...FILTER_CHANGES].map((filters) => mostPoints(services.history.stats(filters).stats)),
    );
    return [
      ratioResult('stats.compute.10k', compute.ours, compute.floor, 0.5),
      ratioResult('stats.filter.10k', filtered.ours, filtered.floor, 0.5),
      limitResult('history.ipc-bytes.10k', bytes / 1024, 64, 'KB'),
      limitResult('history.chart-points.10k', points, 200, 'points'),
    ];
  });
}

async function readyTime(browser: Browser, server: StaticServer, count: number): Promise<number> {
  return withServices(count, async (services) => {
    const dispatch = createDispatch(createHandlers(services));
    services.history.stats(ALL);
    const times: number[] = [];
    for (let round = 0; round < READY_ROUNDS; round++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.exposeBinding('__parleyInvoke', (_source, channel: string, input: unknown) =>
        dispatch(channel, input),
      );
      await page.addInitScript({
        content: `window.parley = (${buildParleyApi.toString()})(${JSON.stringify(CHANNELS)}, (channel, input) => window.__parleyInvoke(channel, input));`,
      });
      await page.goto(`${server.url}#/history`);
      times.push(await page.evaluate<number>(CHARTS_READY));
      await page.close();
    }
    return median(times);
  });
}

async function measureReady(): Promise<BenchResult> {
  const server = await serveFolder(RENDERER_DIR);
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const small = await readyTime(browser, server, 1_000);
    const large = await readyTime(browser, server, 10_000);
    return { ...ratioResult('history.ready-growth', large, small, 1.2), unit: 'ms' };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function historySuite(): Promise<BenchResult[]> {
  return [...(await measureCompute()), await measureReady()];
}
