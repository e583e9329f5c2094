// deals.* and app.*: start-up reads the deal index, so being ready (services, first deals page, History figures)
// does not grow with the history; one search keystroke at 50,000 deals stays within a frame or two.
import { defaultDealQuery } from '../../src-shared/domain/deal-list';
import { DEFAULT_HISTORY_FILTERS } from '../../src-shared/domain/stats/history-filters';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createServices } from '../../src-main/services/create-services';
import { benchDeals, writeDataFolder } from '../fixtures';
import { limitResult, median, ratioResult, time, type BenchResult } from '../measure';

/** A data folder of `count` deals whose index a first start has written (as every later start finds it). */
async function indexedFolder(count: number): Promise<{ dataDir: string; dispose: () => void }> {
  const folder = writeDataFolder(benchDeals(count));
  const services = await createServices({ dataDir: folder.dataDir, version: 'bench' });
  await services.context.store.deals.verified;
  await services.flush();
  services.close();
  return folder;
}

/** Services ready, the first page of deals and the History figures, through dispatch as the window asks. */
async function readyOnce(dataDir: string): Promise<number> {
  return time(async () => {
    const services = await createServices({ dataDir, version: 'bench' });
    const dispatch = createDispatch(createHandlers(services));
    const [page, history] = await Promise.all([
      dispatch('deals:list', defaultDealQuery()),
      dispatch('history:stats', { ...DEFAULT_HISTORY_FILTERS }),
    ]);
    if (!page.ok || !history.ok) throw new Error('start-up calls failed');
    services.close();
  });
}

async function readyMedian(dataDir: string, rounds: number): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) times.push(await readyOnce(dataDir));
  return median(times);
}

export async function dealsSuite(): Promise<BenchResult[]> {
  const small = await indexedFolder(100);
  const large = await indexedFolder(50_000);
  try {
    const smallReady = await readyMedian(small.dataDir, 5);
    const largeReady = await readyMedian(large.dataDir, 3);

    const services = await createServices({ dataDir: large.dataDir, version: 'bench' });
    await services.context.store.deals.indexed;
    const dispatch = createDispatch(createHandlers(services));
    await dispatch('deals:list', defaultDealQuery()); // sort orders made once, as the first screen does
    const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
    const { deals } = services.context.store;
    // What start-up must hold: every deal's summary and statistics facts (as JSON text, a stand-in for their size).
    const summaryMb = (JSON.stringify(deals.summaries()).length + JSON.stringify(deals.facts()).length) / 1024 / 1024;
    const keystrokes: number[] = [];
    for (const search of ['n', 'ne', 'net', 'netw', 'netwo', 'h', 'hu', 'hua']) {
      keystrokes.push(await time(() => dispatch('deals:list', { ...defaultDealQuery(), search, limit: 100 })));
    }
    services.close();
    return [
      ratioResult('app.ready-growth', largeReady, smallReady, 2),
      limitResult('deals.query.50k', median(keystrokes), 20, 'ms'),
      limitResult('main.heap.50k', heapMb, Math.round(1.5 * summaryMb + 20), 'MB'),
    ];
  } finally {
    small.dispose();
    large.dispose();
  }
}
