// The process crash-safety-import.test.ts kills: imports CSV files (and undoes some) in a loop until SIGKILL.
// It prints one line per event, each after the step has resolved:
//   ready | committing <key> | committed <key> <importId> | undoing <key> | undone <key>
import { createServices } from '../../src-main/services/create-services';
import { ROWS_PER_IMPORT } from './crash-safety-protocol';

const [dataDir, seedText] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: crash-safety-import-child <data dir> <seed>');
let seed = Number(seedText) >>> 0;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const say = (line: string): void => void process.stdout.write(`${line}\n`);

/** One file per import key: every row's CRM id starts with the key, so the test can count each import's rows. */
const csvOf = (key: string): string =>
  [
    'Opportunity ID,Opportunity Name,Account Name,Amount,Stage,Close Date',
    ...Array.from(
      { length: ROWS_PER_IMPORT },
      (_, row) =>
        `${key}-${row},Deal ${row} of ${key},Account ${row % 17},${1000 + row},Closed Won,2024-03-${(row % 28) + 1}`,
    ),
  ].join('\n');

const services = await createServices({ dataDir });
// Start-up reads the deal index; an import compares with every deal, so they are read first (as dispatch does).
await services.context.store.deals.loadAll();
say('ready');
for (;;) {
  const key = `k${Math.floor(random() * 1e9).toString(36)}`;
  say(`committing ${key}`);
  const result = await services.history.importCommit({
    kind: 'deals',
    text: csvOf(key),
    mapping: null,
    slashDateOrder: null,
    currency: 'USD',
  });
  say(`committed ${key} ${result.importId}`);
  if (random() < 0.4 && result.importId) {
    say(`undoing ${key}`);
    await services.history.importUndo({ importId: result.importId });
    say(`undone ${key}`);
  }
}
