// Complaints through CSV on real folders: export from one, import into a fresh one, same cases; bad rows named, nothing half-written.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { blankComplaint, COMPLAINT_STEPS, type Complaint } from '@shared/domain/complaints/complaint';
import type { Deal } from '@shared/domain/deal';
import type { ImportKind } from '@shared/domain/history/records';
import type { Services } from '../../src-main/services/create-services';
import { createLoadedServices } from './open-loaded';
import { snapshotFiles, useTempDirs } from './store-fixtures';

const DEALS_CSV = [
  'Title,Counterpart,Source ID,Value,Currency',
  'Core banking renewal,Huaxin Bank,CRM-001,1200000,CNY',
  'Branch kiosks,Eastport Credit Union,CRM-002,300000,CNY',
].join('\n');

const request = (kind: ImportKind, text: string) => ({ kind, text, mapping: null, slashDateOrder: null });

describe('complaints CSV', () => {
  const tempDir = useTempDirs('parley-complaints-csv-');
  const opened: Services[] = [];
  afterEach(async () => {
    for (const app of opened.splice(0)) {
      await app.flush();
      app.close();
    }
  });

  let clock = new Date('2026-03-02T09:00:00.000Z');
  const open = async (dataDir: string, saved: string[] = []): Promise<Services> => {
    const exportDir = await tempDir();
    const app = await createLoadedServices({
      dataDir,
      now: () => new Date(clock),
      export: {
        ports: {
          chooseSavePath: async ({ fileName }) => {
            const path = join(exportDir, `${saved.length}-${fileName}`);
            saved.push(path);
            return path;
          },
        },
      },
    });
    opened.push(app);
    return app;
  };

  const bySource = (app: Services): Map<string | null, Complaint[]> =>
    new Map(app.context.store.deals.all().map((deal: Deal) => [deal.sourceId, deal.complaints]));

  /** Two CRM deals; the first with a case handled through every step and closed, the second with one still open. */
  const seed = async (app: Services): Promise<void> => {
    await app.history.importCommit(request('deals', DEALS_CSV));
    const [first, second] = ['CRM-001', 'CRM-002'].map(
      (source) => app.context.store.deals.all().find((deal) => deal.sourceId === source) as Deal,
    );
    const closed = await app.complaints.save({
      dealId: first!.id,
      complaint: {
        ...blankComplaint('2026-03-02'),
        channel: 'counter',
        category: 'billing',
        severity: 'high',
        summary: 'Charged twice for February, "again"',
        wants: 'Refund, and a call from the manager',
        owner: 'Li Na',
        dueOn: '2026-03-04',
        notes: '=not a formula',
      },
    });
    const complaintId = closed.complaints[0]!.id;
    for (const [index, step] of COMPLAINT_STEPS.entries()) {
      clock = new Date(`2026-03-03T1${index}:15:00.000Z`);
      await app.complaints.tickStep({ dealId: first!.id, complaintId, step, isDone: true });
    }
    await app.complaints.resolve({ dealId: first!.id, complaintId, satisfaction: 4 });
    const open = await app.complaints.save({
      dealId: second!.id,
      complaint: { ...blankComplaint('2026-03-05'), summary: '等候时间太长', channel: 'phone', category: 'waiting' },
    });
    await app.complaints.tickStep({
      dealId: second!.id,
      complaintId: open.complaints[0]!.id,
      step: 'listen',
      isDone: true,
    });
  };

  for (const language of ['en', 'zh'] as const) {
    it(`round-trips every complaint (${language} headers) into a fresh folder, matched by CRM source id`, async () => {
      const saved: string[] = [];
      const source = await open(await tempDir(), saved);
      await seed(source);
      expect(await source.history.exportCsv({ kind: 'deals', language })).toMatchObject({ count: 2 });
      expect(await source.history.exportCsv({ kind: 'complaints', language })).toMatchObject({ count: 2 });
      const [dealsCsv, complaintsCsv] = await Promise.all(saved.map((path) => readFile(path, 'utf8')));

      const fresh = await open(await tempDir());
      await fresh.history.importCommit(request('deals', dealsCsv!));
      const preview = await fresh.history.importPreview(request('complaints', complaintsCsv!));
      expect(preview).toMatchObject({ isReady: true, issueCount: 0, unmatched: [], willUpdate: 2 });
      expect(await fresh.history.importCommit(request('complaints', complaintsCsv!))).toMatchObject({
        kind: 'complaints',
        updated: 2,
      });
      await fresh.flush();
      expect(bySource(fresh)).toEqual(bySource(source));
      expect(bySource(fresh).get('CRM-001')?.[0]).toMatchObject({ satisfaction: 4, resolvedOn: '2026-03-03' });
      expect(bySource(fresh).get('CRM-001')?.[0]?.steps).toHaveLength(COMPLAINT_STEPS.length);

      // On disk too: a reopened folder holds the same cases.
      const dir = fresh.context.store.dataDir;
      await fresh.flush();
      fresh.close();
      opened.splice(opened.indexOf(fresh), 1);
      expect(bySource(await open(dir))).toEqual(bySource(source));
    });
  }

  it('matches by deal id, and importing the same file again adds nothing', async () => {
    const saved: string[] = [];
    const app = await open(await tempDir(), saved);
    await seed(app);
    await app.history.exportCsv({ kind: 'complaints', language: 'en' });
    const text = (await readFile(saved[0]!, 'utf8')).replace(/CRM-00\d/gu, '');
    const before = bySource(app);
    expect(await app.history.importCommit(request('complaints', text))).toMatchObject({ updated: 2 });
    expect(bySource(app)).toEqual(before);
  });

  it('names each bad row and cell, and writes nothing while any row is wrong', async () => {
    const app = await open(await tempDir());
    await seed(app);
    await app.flush();
    const dir = app.context.store.dataDir;
    const files = await snapshotFiles(dir);
    const text = [
      'Source ID,Received on,Channel,Category,What happened,Satisfaction (1–5),Listened at',
      'CRM-002,2026-04-01,phone,fees,Fee went up without notice,5,2026-04-01T09:00:00.000Z',
      'CRM-002,2026-04-02,carrier pigeon,fees,Bad channel,,',
      'CRM-002,2026-04-03,phone,fees,Bad score,7,',
      'CRM-002,2026-04-04,phone,fees,Bad step time,,yesterday',
      'CRM-404,2026-04-05,phone,fees,No such deal,,',
      ',2026-04-06,phone,fees,No deal named,,',
    ].join('\n');
    const preview = await app.history.importPreview(request('complaints', text));
    expect(preview.isReady).toBe(false);
    expect(preview.issues.map((issue) => [issue.line, issue.column])).toEqual([
      [3, 'Channel'],
      [4, 'Satisfaction (1–5)'],
      [5, 'Listened at'],
      [7, null],
    ]);
    expect(preview.unmatched).toEqual([{ dealId: null, dealTitle: 'CRM-404', lines: [6], reason: 'not-found' }]);
    await expect(app.history.importCommit(request('complaints', text))).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await app.flush();
    expect(await snapshotFiles(dir)).toEqual(files);

    const good = text.split('\n').slice(0, 2).join('\n');
    const result = await app.history.importCommit(request('complaints', good));
    expect(
      bySource(app)
        .get('CRM-002')
        ?.map((complaint) => complaint.summary),
    ).toEqual(['等候时间太长', 'Fee went up without notice']);
    // Undo puts the deal back as it was.
    await app.history.importUndo({ importId: result.importId! });
    expect(
      bySource(app)
        .get('CRM-002')
        ?.map((complaint) => complaint.summary),
    ).toEqual(['等候时间太长']);
  });
});
