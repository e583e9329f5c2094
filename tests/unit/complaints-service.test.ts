// The complaint log on real deal files: every handling step stamped by the clock, resolution, overdue follow-ups, backups.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { blankComplaint, COMPLAINT_STEPS, type ComplaintDraft } from '@shared/domain/complaints/complaint';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import type { Services } from '../../src-main/services/create-services';
import { createLoadedServices } from './open-loaded';
import { makeDraft, useTempDirs } from './store-fixtures';

/** A clock the test moves by hand, as a user's days pass. */
function handClock(start: string) {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (iso: string) => {
      current = new Date(iso);
    },
  };
}

const draft = (patch: Partial<ComplaintDraft> = {}): ComplaintDraft => ({
  ...blankComplaint('2026-03-02'),
  summary: 'Charged twice for February',
  wants: 'Refund of the second charge',
  owner: 'Li Na',
  category: 'billing',
  channel: 'phone',
  dueOn: '2026-03-04',
  ...patch,
});

describe('complaints service', () => {
  const tempDir = useTempDirs('parley-complaints-');
  let services: Services | null = null;
  afterEach(async () => {
    await services?.flush();
    services?.close();
    services = null;
  });

  const open = async (dataDir: string, clock: ReturnType<typeof handClock>, saved: string[] = []) => {
    const exportDir = await tempDir();
    services = await createLoadedServices({
      dataDir,
      now: clock.now,
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
    return services;
  };

  it('stamps each ticked step with the clock, closes only a fully handled case, and keeps it on disk', async () => {
    const dataDir = await tempDir();
    const clock = handClock('2026-03-02T10:00:00.000Z');
    let app = await open(dataDir, clock);
    const deal = await app.deals.create(makeDraft());
    const logged = await app.complaints.save({ dealId: deal.id, complaint: draft() });
    const complaintId = logged.complaints[0]?.id as string;
    expect(logged.complaints[0]).toMatchObject({ steps: [], resolvedOn: null, satisfaction: null });

    await expect(app.complaints.resolve({ dealId: deal.id, complaintId, satisfaction: 5 })).rejects.toThrow(
      /Tick every handling step first/,
    );
    for (const [index, step] of COMPLAINT_STEPS.entries()) {
      clock.set(`2026-03-0${2 + Math.floor(index / 4)}T1${index}:00:00.000Z`);
      await app.complaints.tickStep({ dealId: deal.id, complaintId, step, isDone: true });
    }
    // Ticking again keeps the first time.
    clock.set('2026-03-05T12:00:00.000Z');
    await app.complaints.tickStep({ dealId: deal.id, complaintId, step: 'listen', isDone: true });
    const resolved = await app.complaints.resolve({ dealId: deal.id, complaintId, satisfaction: 4 });
    const complaint = resolved.complaints[0];
    expect(complaint?.steps.map((done) => done.doneAt)).toEqual([
      '2026-03-02T10:00:00.000Z',
      '2026-03-02T11:00:00.000Z',
      '2026-03-02T12:00:00.000Z',
      '2026-03-02T13:00:00.000Z',
      '2026-03-03T14:00:00.000Z',
      '2026-03-03T15:00:00.000Z',
      '2026-03-03T16:00:00.000Z',
    ]);
    expect(complaint).toMatchObject({ resolvedOn: '2026-03-05', satisfaction: 4 });

    await app.flush();
    const file = JSON.parse(await readFile(join(dataDir, 'deals', `${deal.id}.json`), 'utf8'));
    expect(file.deal.complaints).toEqual(resolved.complaints);
    app.close();
    app = await open(dataDir, clock);
    expect(app.deals.get(deal.id).complaints).toEqual(resolved.complaints);

    // Unticking a step reopens the case.
    const reopened = await app.complaints.tickStep({ dealId: deal.id, complaintId, step: 'act', isDone: false });
    expect(reopened.complaints[0]).toMatchObject({ resolvedOn: null, satisfaction: null });
    expect(reopened.complaints[0]?.steps.map((done) => done.step)).not.toContain('act');
  });

  it('counts a follow-up as overdue the day after it is due, on every deal of that client, until it is closed', async () => {
    const dataDir = await tempDir();
    const clock = handClock('2026-03-02T10:00:00.000Z');
    const app = await open(dataDir, clock);
    const first = await app.deals.create(makeDraft({ counterpartOrg: 'Huaxin Logistics' }));
    const second = await app.deals.create(makeDraft({ title: 'Second line', counterpartOrg: 'huaxin  logistics' }));
    const other = await app.deals.create(makeDraft({ counterpartOrg: 'Other Co' }));
    const logged = await app.complaints.save({ dealId: first.id, complaint: draft({ dueOn: '2026-03-04' }) });
    const complaintId = logged.complaints[0]?.id as string;

    clock.set('2026-03-04T18:00:00.000Z');
    expect(app.complaints.overdue()).toEqual({ count: 0, byDeal: {} });
    clock.set('2026-03-05T10:00:00.000Z');
    expect(app.complaints.overdue()).toEqual({ count: 1, byDeal: { [first.id]: 1, [second.id]: 1 } });
    expect(app.complaints.overdue().byDeal).not.toHaveProperty(other.id);

    for (const step of COMPLAINT_STEPS)
      await app.complaints.tickStep({ dealId: first.id, complaintId, step, isDone: true });
    await app.complaints.resolve({ dealId: first.id, complaintId, satisfaction: 2 });
    expect(app.complaints.overdue()).toEqual({ count: 0, byDeal: {} });
  });

  it('refuses what the boundary must refuse, with a clear message and nothing written', async () => {
    const dataDir = await tempDir();
    const clock = handClock('2026-03-02T10:00:00.000Z');
    const app = await open(dataDir, clock);
    const dispatch = createDispatch(createHandlers(app));
    const deal = await app.deals.create(makeDraft());
    const before = app.deals.get(deal.id);

    const noSummary = await dispatch('complaints:save', { dealId: deal.id, complaint: draft({ summary: ' ' }) });
    expect(noSummary).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const badChannel = await dispatch('complaints:save', {
      dealId: deal.id,
      complaint: { ...draft(), channel: 'fax' },
    });
    expect(badChannel).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const dueBefore = await dispatch('complaints:save', {
      dealId: deal.id,
      complaint: draft({ receivedOn: '2026-03-05', dueOn: '2026-03-01' }),
    });
    expect(dueBefore).toMatchObject({ ok: false, error: { message: /cannot be due before/ } });
    const unknown = await dispatch('complaints:tick-step', {
      dealId: deal.id,
      complaintId: 'nope',
      step: 'listen',
      isDone: true,
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(app.deals.get(deal.id)).toEqual(before);
  });

  it('carries complaints through a JSON backup, and restores an older backup with an empty log', async () => {
    const dataDir = await tempDir();
    const clock = handClock('2026-03-02T10:00:00.000Z');
    const saved: string[] = [];
    const app = await open(dataDir, clock, saved);
    const deal = await app.deals.create(makeDraft());
    const withComplaint = await app.complaints.save({ dealId: deal.id, complaint: draft() });
    await app.history.exportBackup({ language: 'en' });
    const text = await readFile(saved[0] as string, 'utf8');
    expect(JSON.parse(text).deals[0].complaints).toEqual(withComplaint.complaints);

    const otherDir = await tempDir();
    const first = app;
    const restoredApp = await open(otherDir, clock);
    await restoredApp.history.importBackup({ text, mode: 'merge', confirmReplace: false });
    expect(restoredApp.deals.get(deal.id).complaints).toEqual(withComplaint.complaints);
    restoredApp.close();
    await first.flush();

    const older = JSON.parse(text);
    older.dealSchemaVersion = 1;
    for (const entry of older.deals) delete entry.complaints;
    const thirdDir = await tempDir();
    const third = await open(thirdDir, clock);
    const result = await third.history.importBackup({
      text: JSON.stringify(older),
      mode: 'merge',
      confirmReplace: false,
    });
    expect(result.added).toBe(1);
    expect(third.deals.get(deal.id).complaints).toEqual([]);
  });
});
