import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDealDraft } from '@shared/domain/deal-factory';
import type { DealDraft } from '@shared/domain/deal';
import { defaultDealQuery } from '@shared/domain/deal-list';
import { emptyWorksheet, type Worksheet } from '@shared/domain/worksheet-types';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import type { Services } from '../../src-main/services/create-services';
import { createLoadedServices } from './open-loaded';

const draft = (patch: Partial<DealDraft>): DealDraft => ({
  ...emptyDealDraft(),
  title: 'Deal',
  counterpartOrg: 'Huaxin Logistics',
  ...patch,
});

const filled = (): Worksheet => ({
  ...emptyWorksheet(),
  interests: [{ id: 'i1', party: 'theirs', text: 'Uptime', kind: 'substantive', priority: 5, isStated: true }],
  numbers: {
    opening: 1_300_000,
    target: 1_150_000,
    walkAway: 1_000_000,
    isWalkAwayManual: true,
    theirWalkAwayLow: 1_050_000,
    theirWalkAwayHigh: 1_200_000,
  },
});

describe('worksheet service', () => {
  let dataDir: string;
  let services: Services;
  let clock: Date;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'parley-worksheet-'));
    clock = new Date('2026-03-01T09:00:00.000Z');
    services = await createLoadedServices({ dataDir, now: () => clock });
  });
  afterEach(() => {
    services.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('saves the worksheet into its deal file only and reads it back after a restart', async () => {
    const deal = await services.deals.create(draft({ title: 'Renewal' }));
    const other = await services.deals.create(draft({ title: 'Other' }));
    const otherFile = join(dataDir, 'deals', `${other.id}.json`);
    const otherBefore = statSync(otherFile).mtimeMs;

    clock = new Date('2026-03-02T10:30:00.000Z');
    const saved = await services.worksheet.save(deal.id, filled());
    expect(saved).toEqual({ dealId: deal.id, updatedAt: '2026-03-02T10:30:00.000Z' });

    const onDisk = JSON.parse(readFileSync(join(dataDir, 'deals', `${deal.id}.json`), 'utf8'));
    expect(onDisk.deal.worksheet.numbers.target).toBe(1_150_000);
    expect(onDisk.deal.updatedAt).toBe('2026-03-02T10:30:00.000Z');
    expect(onDisk.deal.title).toBe('Renewal');
    expect(statSync(otherFile).mtimeMs).toBe(otherBefore);
    expect(readdirSync(join(dataDir, 'deals')).sort()).toEqual([`${deal.id}.json`, `${other.id}.json`].sort());

    services.close();
    services = await createLoadedServices({ dataDir, now: () => clock });
    expect(services.deals.get(deal.id).worksheet).toEqual(filled());
  });

  it('keeps the last of a burst of saves', async () => {
    const deal = await services.deals.create(draft({}));
    const edits = Array.from({ length: 10 }, (_, i) => ({
      ...filled(),
      numbers: { ...filled().numbers, target: 1_100_000 + i },
    }));
    await Promise.all(edits.map((worksheet) => services.worksheet.save(deal.id, worksheet)));
    const onDisk = JSON.parse(readFileSync(join(dataDir, 'deals', `${deal.id}.json`), 'utf8'));
    expect(onDisk.deal.worksheet.numbers.target).toBe(1_100_009);
  });

  it('shows the new readiness in the deals list', async () => {
    const deal = await services.deals.create(draft({}));
    expect(services.deals.list(defaultDealQuery()).deals[0]?.readiness).toBe(0);
    await services.worksheet.save(deal.id, filled());
    const readiness = services.deals.list(defaultDealQuery()).deals[0]?.readiness ?? 0;
    expect(readiness).toBeGreaterThan(0);
    expect(readiness).toBeLessThan(100);
  });

  it('refuses an unknown deal and an invalid worksheet at the boundary', async () => {
    const dispatch = createDispatch(createHandlers(services), () => undefined);
    const missing = await dispatch('worksheet:save', { dealId: 'nope', worksheet: emptyWorksheet() });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const deal = await services.deals.create(draft({}));
    const bad = { ...emptyWorksheet(), interests: [{ id: 'i1', party: 'ours', text: 'x', kind: 'x', priority: 9 }] };
    const invalid = await dispatch('worksheet:save', { dealId: deal.id, worksheet: bad });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(services.deals.get(deal.id).worksheet).toEqual(emptyWorksheet());
  });

  it('suggests closed deals of the same counterpart as precedent, never open ones or the deal itself', async () => {
    const current = await services.deals.create(draft({ title: 'Renewal 2027', value: 1_200_000 }));
    const past = await services.deals.create(
      draft({ title: 'Renewal 2025', stage: 'closed', outcome: 'won', value: 1_100_000 }),
    );
    await services.deals.save({
      ...services.deals.get(past.id),
      review: { ...past.review, finalPrice: 1_080_000, closedOn: '2025-06-30' },
    });
    await services.deals.create(draft({ title: 'Still open', value: 1_200_000 }));
    await services.deals.create(
      draft({ title: 'Unrelated', counterpartOrg: 'Other Co', stage: 'closed', outcome: 'lost' }),
    );

    const suggestions = await services.worksheet.precedents(current.id);
    expect(suggestions.map((s) => s.title)).toEqual(['Renewal 2025']);
    expect(suggestions[0]).toMatchObject({
      dealId: past.id,
      finalPrice: 1_080_000,
      outcome: 'won',
      date: '2025-06-30',
      reasons: expect.arrayContaining([{ kind: 'same-counterpart' }]),
    });

    const dispatch = createDispatch(createHandlers(services), () => undefined);
    expect(await dispatch('worksheet:precedents', { dealId: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
