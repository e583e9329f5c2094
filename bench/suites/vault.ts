// vault.*: protection costs little: saving and opening an encrypted folder against the same plain folder, and unlock.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyDraft } from '../../src-shared/domain/deal-factory';
import type { Deal } from '../../src-shared/domain/deal';
import { DEALS_DIR } from '../../src-main/store/deal-store';
import { openStore, type Store } from '../../src-main/store/open-store';
import { encryptedCodec, type FileCodec } from '../../src-main/store/vault/file-codec';
import { createVaultKeys, unlockWithPassphrase } from '../../src-main/store/vault/vault-keys';
import { benchDeals, BENCH_NOW, writeDataFolder } from '../fixtures';
import { compare, limitResult, median, ratioResult, time, type BenchResult } from '../measure';

const COUNT = 10_000;

/** The same deals as an encrypted folder (set up directly: the conversion's own cost is not what is measured). */
function encryptedFolder(deals: readonly Deal[], codec: FileCodec): { dataDir: string; dispose: () => void } {
  const folder = writeDataFolder(deals);
  const dealsDir = join(folder.dataDir, DEALS_DIR);
  for (const name of readdirSync(dealsDir)) {
    writeFileSync(join(dealsDir, name), codec.encode(readFileSync(join(dealsDir, name))));
  }
  return folder;
}

const edited = (deal: Deal, round: number): Deal =>
  applyDraft(deal, { ...deal, notes: `${deal.notes} Edit ${round}.` }, new Date(BENCH_NOW.getTime() + round));

export async function vaultSuite(): Promise<BenchResult[]> {
  const { keys, dataKey } = await createVaultKeys('bench passphrase');
  const unlockTimes: number[] = [];
  for (let round = 0; round < 5; round++) {
    unlockTimes.push(await time(() => unlockWithPassphrase(keys, 'bench passphrase')));
  }
  const codec = encryptedCodec(dataKey);
  const deals = benchDeals(COUNT);
  const plain = writeDataFolder(deals);
  const sealed = encryptedFolder(deals, codec);
  try {
    const open = await compare(
      3,
      async () => (await openStore(sealed.dataDir, BENCH_NOW, codec)).close(),
      async () => (await openStore(plain.dataDir, BENCH_NOW)).close(),
    );
    const plainStore = await openStore(plain.dataDir, BENCH_NOW);
    const sealedStore = await openStore(sealed.dataDir, BENCH_NOW, codec);
    const pick = (store: Store, round: number): Deal =>
      store.deals.get((deals[(round * 7919) % deals.length] as Deal).id) as Deal;
    try {
      const save = await compare(
        150,
        (round) => sealedStore.deals.save(edited(pick(sealedStore, round), round)),
        (round) => plainStore.deals.save(edited(pick(plainStore, round), round)),
      );
      return [
        ratioResult('vault.save-one.10k', save.ours, save.floor, 1.3),
        ratioResult('vault.open.10k', open.ours, open.floor, 1.5),
        limitResult('vault.unlock', median(unlockTimes), 500, 'ms'),
      ];
    } finally {
      plainStore.close();
      sealedStore.close();
    }
  } finally {
    plain.dispose();
    sealed.dispose();
  }
}
