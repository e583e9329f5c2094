// The process crash-safety.test.ts kills: saves deals through the real services in a loop until SIGKILL.
// It prints one line per event, and a save's line only after that save has resolved:
//   ready | ack <dealId> <version> | deleting <dealId> | deleted <dealId> | settings | flushed
import type { Deal, DealDraft } from '@shared/domain/deal';
import { defaultDealQuery, MAX_DEAL_PAGE } from '@shared/domain/deal-list';
import { createServices } from '../../src-main/services/create-services';
import { notesFor, versionOf } from './crash-safety-protocol';

const MAX_DEALS = 10;

const [dataDir, seedText] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: crash-safety-child <data dir> <seed>');

// mulberry32: each child edits a different but reproducible sequence of deals.
let seed = Number(seedText) >>> 0;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const say = (line: string): void => void process.stdout.write(`${line}\n`);

const draftOf = (deal: Deal, version: number): DealDraft => ({
  title: deal.title,
  counterpartOrg: deal.counterpartOrg,
  contacts: deal.contacts,
  counterpartStyle: deal.counterpartStyle,
  side: deal.side,
  currency: deal.currency,
  value: version * 1000,
  stage: deal.stage,
  outcome: deal.outcome,
  meetingDate: deal.meetingDate,
  expectedCloseDate: deal.expectedCloseDate,
  tags: [`round-${version % 7}`],
  notes: notesFor(version),
});

const services = await createServices({ dataDir });
// Start-up reads the deal index; this child edits deals it did not create, so it reads them all.
await services.context.store.deals.loadAll();
say('ready');

const create = async (): Promise<void> => {
  const deal = await services.deals.create({
    title: `Deal ${Math.floor(random() * 1e6)}`,
    counterpartOrg: 'Huaxin Logistics',
    contacts: [{ id: 'c1', name: 'Wang Lei', role: 'CFO', decisionRole: 'decision-maker', style: null }],
    counterpartStyle: 'analytical',
    side: 'sell',
    currency: 'CNY',
    value: 1000,
    stage: 'preparing',
    outcome: 'open',
    meetingDate: null,
    expectedCloseDate: null,
    tags: [],
    notes: notesFor(1),
  });
  say(`ack ${deal.id} 1`);
};

const edit = async (deal: Deal): Promise<void> => {
  const version = versionOf(services.deals.get(deal.id)) + 1;
  await services.deals.update(deal.id, draftOf(services.deals.get(deal.id), version));
  say(`ack ${deal.id} ${version}`);
};

for (;;) {
  const deals = services.deals.list({ ...defaultDealQuery(), limit: MAX_DEAL_PAGE });
  const ids = deals.deals.map((deal) => deal.id);
  const roll = random();
  if (ids.length < 3 || roll < 0.12) {
    await create();
  } else if (ids.length > MAX_DEALS && roll < 0.2) {
    const id = pick(ids);
    say(`deleting ${id}`);
    await services.deals.remove(id);
    say(`deleted ${id}`);
  } else if (roll < 0.22) {
    // As quitting does: every write on disk, then the deal index rewritten.
    await services.flush();
    say('flushed');
  } else if (roll < 0.25) {
    await services.settings.update({ theme: pick(['light', 'dark', 'system'] as const) });
    say('settings');
  } else if (roll < 0.5) {
    // An autosave burst on one deal: started in one turn, coalesced by the store.
    const deal = services.deals.get(pick(ids));
    const first = versionOf(deal) + 1;
    const saves = [0, 1, 2].map((step) =>
      services.deals.update(deal.id, draftOf(deal, first + step)).then(() => say(`ack ${deal.id} ${first + step}`)),
    );
    await Promise.all(saves);
  } else {
    // Different deals saved at the same time.
    const chosen = [...new Set([pick(ids), pick(ids), pick(ids)])];
    await Promise.all(chosen.map((id) => edit(services.deals.get(id))));
  }
}
