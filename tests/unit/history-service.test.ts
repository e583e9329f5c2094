import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Deal, DealDraft } from '@shared/domain/deal';
import { emptyReview } from '@shared/domain/deal-factory';
import type { MeetingDraft } from '@shared/domain/history/records';
import { DEFAULT_HISTORY_FILTERS, type HistoryFilters } from '@shared/domain/stats/history-filters';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import type { Services } from '../../src-main/services/create-services';
import { createDealFactsCache } from '../../src-main/services/deal-facts-cache';
import { SAMPLE_DEAL_COUNT } from '../../src-main/services/history-service';
import { DEAL_SCHEMA_VERSION } from '../../src-main/store/deal-store';
import { makeDraft, snapshotFiles, useTempDirs } from './store-fixtures';
import { createLoadedServices } from './open-loaded';

const NOW = new Date('2026-03-01T09:00:00.000Z');
const ALL: HistoryFilters = { ...DEFAULT_HISTORY_FILTERS };

const meeting = (patch: Partial<MeetingDraft> = {}): MeetingDraft => ({
  id: null,
  date: '2026-02-10',
  attendees: 'Wang Lei (CFO)',
  notes: 'Pushed on price.',
  objections: [
    {
      id: 'o1',
      cardId: null,
      text: 'Too expensive',
      type: 'price',
      nature: 'true',
      techniqueIds: ['inquiry'],
      result: 'partly',
    },
  ],
  signals: [{ id: 's1', signalId: 'asks-details-calculates', text: '' }],
  closingAttempts: [{ id: 'a1', methodId: 'alternative-choice', result: 'deferred' }],
  concessions: [{ id: 'c1', amount: 20_000, received: 'Three-year term' }],
  ...patch,
});

describe('history service', () => {
  const tempDir = useTempDirs('parley-history-');
  let dataDir: string;
  let saved: string[];
  let exportDir: string;
  let services: Services;
  // Exports land in a temp folder of their own, removed after each test like the data folder.
  const open = async (dir: string): Promise<Services> =>
    createLoadedServices({
      dataDir: dir,
      now: () => NOW,
      export: {
        ports: {
          chooseSavePath: async ({ fileName }) => {
            const path = join(exportDir, fileName);
            saved.push(path);
            return path;
          },
        },
      },
    });

  beforeEach(async () => {
    saved = [];
    exportDir = await tempDir();
    dataDir = await tempDir();
    services = await open(dataDir);
  });
  afterEach(async () => {
    await services.flush();
    services.close();
  });

  const create = (patch: Partial<DealDraft> = {}): Promise<Deal> => services.deals.create(makeDraft(patch));

  it('saves meetings into the deal file in date order, replaces, deletes, and reads them back after a restart', async () => {
    const deal = await create();
    await services.history.saveMeeting(deal.id, meeting({ date: '2026-02-20' }));
    const after = await services.history.saveMeeting(deal.id, meeting({ date: '2026-02-10', notes: 'First visit' }));
    expect(after.meetings.map((entry) => entry.date)).toEqual(['2026-02-10', '2026-02-20']);
    const first = after.meetings[0] as Deal['meetings'][number];
    await services.history.saveMeeting(deal.id, { ...first, notes: 'First visit, edited' });

    services.close();
    services = await open(dataDir);
    const reloaded = services.deals.get(deal.id);
    expect(reloaded.meetings).toHaveLength(2);
    expect(reloaded.meetings[0]).toMatchObject({
      notes: 'First visit, edited',
      objections: [{ text: 'Too expensive', result: 'partly', techniqueIds: ['inquiry'] }],
      signals: [{ signalId: 'asks-details-calculates' }],
      closingAttempts: [{ methodId: 'alternative-choice', result: 'deferred' }],
      concessions: [{ amount: 20_000, received: 'Three-year term' }],
    });

    const removed = await services.history.deleteMeeting(deal.id, first.id);
    expect(removed.meetings.map((entry) => entry.date)).toEqual(['2026-02-20']);
    await expect(services.history.deleteMeeting(deal.id, first.id)).rejects.toMatchObject({ code: 'not-found' });
    // Undo puts the meeting back under its own id.
    const restored = await services.history.saveMeeting(deal.id, first);
    expect(restored.meetings.map((entry) => entry.id)).toContain(first.id);
  });

  it('saves the outcome and review, and refuses a closed outcome without a close date at the boundary', async () => {
    const deal = await create();
    const dispatch = createDispatch(createHandlers(services));
    const review = { ...emptyReview(), finalPrice: 1_180_000, lessons: 'Trade term for price.' };
    const refused = await dispatch('history:save-outcome', {
      dealId: deal.id,
      stage: 'negotiating',
      outcome: 'won',
      review,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const paths = refused.ok ? [] : (refused.error.issues ?? []).map((issue) => `${issue.path}:${issue.code}`);
    expect(paths).toEqual(['stage:invalid', 'review.closedOn:required']);

    const closed = await dispatch('history:save-outcome', {
      dealId: deal.id,
      stage: 'closed',
      outcome: 'won',
      review: { ...review, closedOn: '2026-02-28' },
    });
    expect(closed).toMatchObject({
      ok: true,
      value: { outcome: 'won', stage: 'closed', review: { finalPrice: 1_180_000 } },
    });
    const onDisk = JSON.parse(await readFile(join(dataDir, 'deals', `${deal.id}.json`), 'utf8'));
    expect(onDisk.deal.review).toMatchObject({ closedOn: '2026-02-28', lessons: 'Trade term for price.' });
  });

  it('keeps History figures current as deals are saved and removed, projecting only the changed deal', async () => {
    const deal = await create({ title: 'Renewal' });
    const other = await create({ title: 'Expansion' });
    const cache = createDealFactsCache(services.context.store.deals);
    expect(cache.all()).toHaveLength(2);
    const otherFacts = cache.get(other.id);

    await services.history.saveMeeting(deal.id, meeting({ date: '2026-03-05' }));
    expect(cache.get(deal.id)?.objections).toHaveLength(1);
    expect(cache.all()[0]?.id).toBe(deal.id); // its last meeting makes it the newest
    expect(cache.get(other.id)).toBe(otherFacts); // the deal not saved keeps its projection

    await services.deals.remove(deal.id);
    expect(cache.all().map((facts) => facts.id)).not.toContain(deal.id);
    expect(cache.get(other.id)).toBe(otherFacts);
    cache.dispose();

    // The service's own cache follows the same changes.
    expect(services.history.stats(ALL).stats.totals.objections).toBe(0);
    const third = await create({ title: 'Third' });
    await services.history.saveMeeting(third.id, meeting());
    const view = services.history.stats(ALL);
    expect(view.stats.totals).toMatchObject({ deals: 2, objections: 1, signalObservations: 1, closingAttempts: 1 });
    expect(view.labels.techniques.inquiry?.en).toBeTruthy();
    expect(view.labels.methods['alternative-choice']?.zh).toBeTruthy();
  });

  it('lists the deals and meetings behind a bar', async () => {
    const deal = await create({ title: 'Renewal' });
    await services.history.saveMeeting(deal.id, meeting({ date: '2026-01-05' }));
    await services.history.saveMeeting(deal.id, meeting({ date: '2026-02-05', objections: [] }));
    await create({ title: 'Quiet deal' });
    const drill = await services.history.drillDown({
      filters: ALL,
      selection: { chart: 'objection-type', type: 'price' },
    });
    expect(drill.dealCount).toBe(1);
    expect(drill.deals[0]).toMatchObject({
      title: 'Renewal',
      meetings: [{ date: '2026-01-05', items: [{ kind: 'objection', text: 'Too expensive', result: 'partly' }] }],
    });
  });

  it('loads a deterministic sample history and removes exactly it in one step', async () => {
    const own = await create({ title: 'Mine' });
    const loaded = await services.history.loadSample();
    expect(loaded.added).toBe(SAMPLE_DEAL_COUNT);
    const view = services.history.stats(ALL);
    expect(view).toMatchObject({ allDeals: SAMPLE_DEAL_COUNT + 1, sampleDeals: SAMPLE_DEAL_COUNT });
    expect(view.stats.objectionsByType.some((bar) => bar.count > 0)).toBe(true);
    expect(view.stats.trends.points.length).toBeGreaterThan(12);
    expect(JSON.stringify(view).length).toBeLessThan(64 * 1024);
    expect((await services.history.loadSample()).added).toBe(0);

    const removed = await services.history.removeSample();
    expect(removed.removed).toBe(SAMPLE_DEAL_COUNT);
    expect(services.context.store.deals.all().map((deal) => deal.id)).toEqual([own.id]);
    expect(await readdir(join(dataDir, 'deals'))).toEqual([`${own.id}.json`]);
  });

  describe('CSV import', () => {
    const BAD = [
      'Deal Name,Account Name,Amount,Stage,Close Date',
      'Core banking renewal,Huaxin Bank,"1,200,000",Closed Won,2025-11-30',
      'Branch Wi-Fi,Dongfang Retail,380000,Closed Lost,2025-13-02',
      'Fleet telematics,Yunda Logistics,560000,Negotiation,',
    ].join('\r\n');
    const request = (text: string) => ({ kind: 'deals' as const, text, mapping: null, slashDateOrder: null });

    it('previews with the suggested mapping and the bad row’s line, and writes nothing while any row is bad', async () => {
      const preview = await services.history.importPreview(request(BAD));
      expect(preview.mapping).toMatchObject({ title: 0, counterpartOrg: 1, value: 2, stage: 3, closedOn: 4 });
      expect(preview).toMatchObject({ rowCount: 3, rowsWithProblems: 1, isReady: false, willCreate: 2 });
      expect(preview.issues).toEqual([expect.objectContaining({ line: 3, field: 'closedOn', code: 'invalid-date' })]);

      const before = await snapshotFiles(dataDir);
      await expect(services.history.importCommit(request(BAD))).rejects.toMatchObject({ code: 'invalid-input' });
      expect(await snapshotFiles(dataDir)).toEqual(before);

      const fixed = BAD.replace('2025-13-02', '2025-12-02');
      expect(await services.history.importPreview(request(fixed))).toMatchObject({ isReady: true, willCreate: 3 });
      expect(await services.history.importCommit(request(fixed))).toMatchObject({
        kind: 'deals',
        created: 3,
        updated: 0,
        unchanged: 0,
        skipped: 0,
      });
      const titles = services.context.store.deals.all().map((deal) => deal.title);
      expect(titles.sort()).toEqual(['Branch Wi-Fi', 'Core banking renewal', 'Fleet telematics']);
      const won = services.context.store.deals.all().find((deal) => deal.title === 'Core banking renewal');
      expect(won).toMatchObject({
        outcome: 'won',
        stage: 'closed',
        value: 1_200_000,
        review: { closedOn: '2025-11-30' },
      });
    });

    it('asks for required fields the mapping leaves out', async () => {
      const preview = await services.history.importPreview({
        ...request(BAD),
        mapping: { title: 0, counterpartOrg: null },
      });
      expect(preview).toMatchObject({ missingRequired: ['counterpartOrg'], isReady: false });
    });

    it('attaches logged objections to existing deals by title, and refuses rows naming no deal', async () => {
      const deal = await create({ title: 'Core banking renewal' });
      const text = [
        'Deal,Meeting date,Objection,Type,Result,Techniques',
        'Core banking renewal,2026-01-12,Your price is too high,price,partly,Inquiry',
        'Core banking renewal,2026-01-12,Not my decision,authority,resolved,',
        'Unknown deal,2026-01-13,We already have one,need,unresolved,',
      ].join('\n');
      const objections = { kind: 'objections' as const, text, mapping: null, slashDateOrder: null };
      const preview = await services.history.importPreview(objections);
      expect(preview.unmatched).toEqual([{ dealId: null, dealTitle: 'Unknown deal', lines: [4], reason: 'not-found' }]);
      expect(preview.isReady).toBe(false);
      await expect(services.history.importCommit(objections)).rejects.toMatchObject({ code: 'invalid-input' });
      expect(services.deals.get(deal.id).meetings).toEqual([]);

      const fixed = { ...objections, text: text.split('\n').slice(0, 3).join('\n') };
      expect(await services.history.importCommit(fixed)).toMatchObject({ kind: 'objections', created: 0, updated: 1 });
      const [logged] = services.deals.get(deal.id).meetings;
      expect(logged?.objections.map((objection) => [objection.type, objection.techniqueIds])).toEqual([
        ['price', ['inquiry']],
        ['authority', []],
      ]);
    });
  });

  it('exports CSV through the save port, safe against formulas', async () => {
    await create({ title: '=HYPERLINK("http://x")' });
    const result = await services.history.exportCsv({ kind: 'deals', language: 'en' });
    expect(result).toMatchObject({ status: 'saved', count: 1 });
    const text = await readFile(saved[0] as string, 'utf8');
    expect(text.startsWith('\uFEFFID,Title,Counterpart')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  describe('backup', () => {
    it('round-trips into an empty folder with identical History figures', async () => {
      await services.history.loadSample();
      const deal = await create({ title: 'Own deal' });
      await services.history.saveMeeting(deal.id, meeting());
      await services.playbook.save({
        kind: 'technique',
        technique: {
          id: null,
          name: { en: 'Silence', zh: '沉默法' },
          whenToUse: { en: 'After an offer', zh: '报价之后' },
          whenNotToUse: { en: '', zh: '' },
          example: { en: '', zh: '' },
          risk: null,
        },
      });
      const exported = await services.history.exportBackup({ language: 'en' });
      expect(exported).toMatchObject({ status: 'saved', count: SAMPLE_DEAL_COUNT + 1 });
      const text = await readFile(saved[0] as string, 'utf8');
      const filters = { ...ALL, granularity: 'quarter' as const, currency: 'CNY' };
      const original = [services.history.stats(ALL), services.history.stats(filters)];

      const emptyDir = await tempDir();
      const restored = await open(emptyDir);
      try {
        const preview = restored.history.previewBackup({ text });
        expect(preview).toMatchObject({
          deals: SAMPLE_DEAL_COUNT + 1,
          sampleDeals: SAMPLE_DEAL_COUNT,
          localDeals: 0,
          merge: { added: SAMPLE_DEAL_COUNT + 1, updated: 0, kept: 0, unchanged: 0, playbookEntries: 1 },
        });
        const result = await restored.history.importBackup({ text, mode: 'merge', confirmReplace: false });
        expect(result).toMatchObject({ added: SAMPLE_DEAL_COUNT + 1, playbookEntries: 1 });
        expect([restored.history.stats(ALL), restored.history.stats(filters)]).toEqual(original);
        const practised = services.context.store.workbench.data.rehearsal.attempts;
        expect(practised.length).toBeGreaterThan(0);
        expect(restored.context.store.workbench.data.rehearsal.attempts).toEqual(practised);
        expect(restored.playbook.techniques().some((technique) => technique.name.en === 'Silence')).toBe(true);
      } finally {
        restored.close();
      }
    });

    it('merges by keeping the copy saved last, and replaces only when confirmed, keeping a safety copy', async () => {
      const clock = { now: NOW };
      const local = await createLoadedServices({
        dataDir: await tempDir(),
        now: () => clock.now,
        export: { ports: { chooseSavePath: async ({ fileName }) => join(dataDir, fileName) } },
      });
      try {
        const a = await local.deals.create(makeDraft({ title: 'A' }));
        const b = await local.deals.create(makeDraft({ title: 'B' }));
        await local.history.exportBackup({ language: 'en' });
        const text = await readFile(join(dataDir, `parley-backup-2026-03-01.json`), 'utf8');

        clock.now = new Date('2026-03-02T09:00:00.000Z');
        await local.deals.update(a.id, makeDraft({ title: 'A, edited later' }));
        await local.deals.remove(b.id);
        const onlyHere = await local.deals.create(makeDraft({ title: 'C' }));

        const preview = local.history.previewBackup({ text });
        expect(preview.merge).toMatchObject({ added: 1, kept: 1, updated: 0, unchanged: 0 });
        expect(preview).toMatchObject({ localDeals: 2, localOnly: 1 });
        await local.history.importBackup({ text, mode: 'merge', confirmReplace: false });
        expect(local.deals.get(a.id).title).toBe('A, edited later');
        expect(local.deals.get(b.id).title).toBe('B');
        expect(local.deals.get(onlyHere.id).title).toBe('C');

        await expect(
          local.history.importBackup({ text, mode: 'replace', confirmReplace: false }),
        ).rejects.toMatchObject({
          code: 'conflict',
        });
        const replaced = await local.history.importBackup({ text, mode: 'replace', confirmReplace: true });
        expect(replaced).toMatchObject({ removed: 1, updated: 1 });
        expect(local.deals.get(a.id).title).toBe('A');
        expect(local.context.store.deals.has(onlyHere.id)).toBe(false);
        const copy = JSON.parse(await readFile(replaced.safetyCopy as string, 'utf8'));
        expect(copy.deals.map((deal: Deal) => deal.title).sort()).toEqual(['A, edited later', 'B', 'C']);
      } finally {
        local.close();
      }
    });

    it('refuses files that are not valid backups, naming the problem', async () => {
      await expect(async () => services.history.previewBackup({ text: 'not json' })).rejects.toThrow(/not JSON/);
      await expect(async () => services.history.previewBackup({ text: '{"format":"other"}' })).rejects.toThrow(
        /not a Parley backup/,
      );
      await services.deals.create(makeDraft());
      await services.history.exportBackup({ language: 'zh' });
      const text = await readFile(saved[0] as string, 'utf8');
      expect(saved[0]).toContain('Parley-备份-2026-03-01.json');
      const broken = text.replace('"currency":"CNY"', '"currency":"yuan"');
      await expect(async () => services.history.previewBackup({ text: broken })).rejects.toThrow(/deals\.0\.currency/);
      const newer = text.replace(`"dealSchemaVersion":${DEAL_SCHEMA_VERSION}`, '"dealSchemaVersion":99');
      await expect(async () => services.history.previewBackup({ text: newer })).rejects.toThrow(/newer version/);
    });

    it('accepts a backup saved with a byte order mark (as Windows editors save UTF-8)', async () => {
      await services.deals.create(makeDraft({ title: 'Saved by Notepad' }));
      await services.history.exportBackup({ language: 'en' });
      const text = `\uFEFF${await readFile(saved[0] as string, 'utf8')}`;
      expect(services.history.previewBackup({ text })).toMatchObject({ deals: 1 });
    });
  });
});
