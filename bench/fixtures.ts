// Data for the benchmarks: realistic deals from the shared generator, written straight to a temp data folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deal } from '../src-shared/domain/deal';
import { generateDeals } from '../src-shared/domain/sample-deals';
import { CLOSING_SIGNALS, OBJECTION_CARDS, TECHNIQUES } from '../src-shared/playbook';
import { DEAL_SCHEMA_VERSION, DEALS_DIR } from '../src-main/store/deal-store';

export const BENCH_NOW = new Date('2026-11-01T09:00:00Z');

export const benchDeals = (count: number, seed = 42): Deal[] =>
  generateDeals({
    count,
    seed,
    now: BENCH_NOW,
    signalIds: CLOSING_SIGNALS.map((signal) => signal.id),
    techniqueIds: TECHNIQUES.map((technique) => technique.id),
    cardIds: OBJECTION_CARDS.map((card) => card.id),
  });

/** Writes the deals as the store would and returns the data folder; `dispose` removes it. */
export function writeDataFolder(deals: readonly Deal[]): { dataDir: string; dispose: () => void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  mkdirSync(join(dataDir, DEALS_DIR));
  for (const deal of deals) {
    writeFileSync(
      join(dataDir, DEALS_DIR, `${deal.id}.json`),
      JSON.stringify({ schemaVersion: DEAL_SCHEMA_VERSION, deal }),
    );
  }
  return { dataDir, dispose: () => rmSync(dataDir, { recursive: true, force: true }) };
}
