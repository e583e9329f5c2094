// `npm run bench`: runs every suite, prints a table and writes bench/results.json.
// Pass suite names to run only some: `npm run bench -- store renderer`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult } from './measure';
import { amountsSuite } from './suites/amounts';
import { dealsSuite } from './suites/deals';
import { historySuite } from './suites/history';
import { importSuite } from './suites/import';
import { rendererSuite } from './suites/renderer';
import { storeSuite } from './suites/store';
import { vaultSuite } from './suites/vault';
import { worksheetSuite } from './suites/worksheet';

const SUITES: Record<string, () => Promise<BenchResult[]>> = {
  store: storeSuite,
  worksheet: worksheetSuite,
  renderer: rendererSuite,
  history: historySuite,
  import: importSuite,
  amounts: amountsSuite,
  deals: dealsSuite,
  vault: vaultSuite,
};

const format = (value: number | null): string => (value === null ? '' : String(value));

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : Object.keys(SUITES);
  const results: BenchResult[] = [];
  for (const name of names) {
    const suite = SUITES[name];
    if (!suite) throw new Error(`Unknown suite ${name}; known: ${Object.keys(SUITES).join(', ')}`);
    process.stdout.write(`running ${name}…\n`);
    results.push(...(await suite()));
  }
  console.table(
    results.map((result) => ({
      name: result.name,
      value: `${format(result.value)} ${result.unit}`,
      floor: result.floor === null ? '' : `${format(result.floor)} ${result.unit}`,
      ratio: result.ratio === null ? '' : `${format(result.ratio)}×`,
      target: result.target,
      pass: result.pass ? 'yes' : 'NO',
    })),
  );
  writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const failed = results.filter((result) => !result.pass).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
