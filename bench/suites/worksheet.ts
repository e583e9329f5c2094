// worksheet.*: an autosaved worksheet edit costs one deal file's write, and a burst of edits costs about one.
import { join } from 'node:path';
import type { Deal } from '../../src-shared/domain/deal';
import { DEAL_SCHEMA_VERSION, DEALS_DIR } from '../../src-main/store/deal-store';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createServices } from '../../src-main/services/create-services';
import { benchDeals, writeDataFolder } from '../fixtures';
import { compare, median, ratioResult, time, type BenchResult } from '../measure';
import { rawDurableWrite } from './store';

const BURST = 10;

const editWorksheet = (deal: Deal, round: number): Deal['worksheet'] => ({
  ...deal.worksheet,
  numbers: { ...deal.worksheet.numbers, opening: (deal.worksheet.numbers.opening ?? 100_000) + round },
});

export async function worksheetSuite(): Promise<BenchResult[]> {
  const deals = benchDeals(10_000);
  const { dataDir, dispose } = writeDataFolder(deals);
  const services = await createServices({ dataDir, version: 'bench' });
  await services.context.store.deals.loadAll();
  const dispatch = createDispatch(createHandlers(services));
  const pick = (round: number): Deal => services.deals.get((deals[(round * 7919) % deals.length] as Deal).id);
  const save = async (deal: Deal, round: number): Promise<void> => {
    const result = await dispatch('worksheet:save', { dealId: deal.id, worksheet: editWorksheet(deal, round) });
    if (!result.ok) throw new Error(result.error.message);
  };
  try {
    const one = await compare(
      150,
      (round) => save(pick(round), round),
      (round) => {
        const deal = { ...pick(round), worksheet: editWorksheet(pick(round), round) };
        return rawDurableWrite(
          join(dataDir, DEALS_DIR, `${deal.id}.json`),
          JSON.stringify({ schemaVersion: DEAL_SCHEMA_VERSION, deal }),
        );
      },
    );
    // A burst as IPC delivers it: ten edits of one deal sent before the first is answered.
    const bursts: number[] = [];
    const singles: number[] = [];
    for (let round = 0; round < 40; round++) {
      const deal = pick(round);
      singles.push(await time(() => save(deal, round)));
      bursts.push(
        await time(() => Promise.all(Array.from({ length: BURST }, (_, edit) => save(deal, round * BURST + edit)))),
      );
    }
    return [
      ratioResult('worksheet.save.10k', one.ours, one.floor, 2),
      ratioResult('worksheet.save-burst', median(bursts), median(singles), 2),
    ];
  } finally {
    services.close();
    dispose();
  }
}
