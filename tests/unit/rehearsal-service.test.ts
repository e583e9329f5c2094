import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDealDraft } from '@shared/domain/deal-factory';
import type { Deal } from '@shared/domain/deal';
import { dealCardId } from '@shared/domain/rehearsal/deck';
import { MAX_ATTEMPTS_PER_CARD, type AttemptInput } from '@shared/domain/rehearsal/records';
import { emptyWorksheet } from '@shared/domain/worksheet-types';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import type { Services } from '../../src-main/services/create-services';
import { createLoadedServices } from './open-loaded';

const START = new Date('2026-03-02T09:00:00.000Z');
let dataDir: string;
let clock: Date;
let services: Services;
let ids = 0;

const open = (): Promise<Services> =>
  createLoadedServices({ dataDir, now: () => clock, newId: () => `id-${(ids += 1)}`, version: 'test' });

async function reopen(): Promise<Services> {
  services.close();
  services = await open();
  return services;
}

async function createDeal(): Promise<Deal> {
  const deal = await services.deals.create({
    ...emptyDealDraft(),
    title: 'Fibre renewal',
    counterpartOrg: 'Huaxin',
    value: 120_000,
    counterpartStyle: 'driver',
  });
  const worksheet = emptyWorksheet();
  return services.deals.save({
    ...deal,
    worksheet: {
      ...worksheet,
      numbers: {
        ...worksheet.numbers,
        opening: 120_000,
        target: 110_000,
        walkAway: 100_000,
        isWalkAwayManual: true,
        theirWalkAwayLow: 104_000,
        theirWalkAwayHigh: 112_000,
      },
      interests: [
        {
          id: 'i1',
          party: 'theirs',
          text: 'Stay within the annual budget',
          kind: 'substantive',
          priority: 5,
          isStated: true,
        },
        { id: 'i2', party: 'theirs', text: 'Nice reports', kind: 'substantive', priority: 2, isStated: false },
      ],
      alternatives: [
        {
          id: 'a1',
          party: 'ours',
          description: 'Sell the capacity to Jinlong',
          isReal: true,
          value: 98_000,
          likelihood: 0.8,
        },
      ],
      expectedObjections: [
        {
          id: 'e1',
          cardId: null,
          text: 'Your rival offers free installation.',
          answer: 'Installation is one day of downtime.',
          techniqueIds: ['compensation'],
        },
        { id: 'e2', cardId: 'price-too-expensive-1', text: '', answer: '', techniqueIds: [] },
      ],
    },
  });
}

const attempt = (overrides: Partial<AttemptInput> = {}): AttemptInput => ({
  cardId: 'price-too-expensive-1',
  dealId: null,
  answer: 'I understand. What are you comparing us with?',
  elapsedSeconds: 30,
  limitSeconds: 60,
  techniqueIds: ['inquiry'],
  rubricTicks: ['acknowledged', 'diagnosed'],
  rating: 'good',
  ...overrides,
});

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'parley-rehearsal-'));
  clock = START;
  services = await open();
});

afterEach(() => {
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('rehearsal service: sessions', () => {
  it("deals the deal's expected objections first, voiced, with the deal's context", async () => {
    const deal = await createDeal();
    const session = services.rehearsal.start({
      source: { kind: 'deal', dealId: deal.id },
      count: 3,
      secondsPerCard: 60,
      isPracticeMode: false,
      seed: 7,
    });
    expect(session.cards.map((card) => card.id).slice(0, 2)).toEqual([
      dealCardId(deal.id, 'e1'),
      'price-too-expensive-1',
    ]);
    expect(session.cards).toHaveLength(3);
    expect(session.cards[0]?.spokenLine.en).toBe('Your rival offers free installation.');
    expect(session.cards[1]?.spokenLine.en).toMatch(/^Let me be direct\. .*CN¥120,000 is not a number I will sign\.$/u);
    expect(session.deals[deal.id]).toMatchObject({
      target: 110_000,
      walkAway: 100_000,
      batna: { description: 'Sell the capacity to Jinlong', value: 98_000, isReal: true },
      theirTopInterests: ['Stay within the annual budget'],
    });
    expect(session.techniques.some((technique) => technique.id === 'inquiry')).toBe(true);
    expect(session.rubric).toHaveLength(6);
  });

  it('builds decks of price cards and of one objection type, and an empty due deck at first', () => {
    const price = services.rehearsal.start({
      source: { kind: 'price' },
      count: 4,
      secondsPerCard: 60,
      isPracticeMode: false,
    });
    expect(price.cards).toHaveLength(4);
    expect(price.cards.every((card) => card.type === 'price')).toBe(true);
    const need = services.rehearsal.start({
      source: { kind: 'type', type: 'need' },
      count: 50,
      secondsPerCard: 60,
      isPracticeMode: false,
    });
    expect(need.cards.length).toBeGreaterThan(0);
    expect(need.cards.every((card) => card.type === 'need')).toBe(true);
    expect(
      services.rehearsal.start({ source: { kind: 'due' }, count: 10, secondsPerCard: 60, isPracticeMode: false }).cards,
    ).toEqual([]);
  });
});

describe('rehearsal service: answers and scheduling', () => {
  it('flags a price beyond the walk-away, computed from the deal in the main process', async () => {
    const deal = await createDeal();
    const review = services.rehearsal.check({
      cardId: 'price-too-expensive-1',
      dealId: deal.id,
      answer: 'Fine, 95,000 then.',
      elapsedSeconds: 70,
      limitSeconds: 60,
    });
    expect(review.checks.map((check) => check.code)).toEqual([
      'beyond-walk-away',
      'unreciprocated-concession',
      'no-question',
      'overtime',
    ]);
    expect(review.checks[0]?.params).toMatchObject({ price: 95_000, walkAway: 100_000 });
    expect(review.intervals.good.intervalMs).toBeGreaterThan(review.intervals.again.intervalMs);
    const held = services.rehearsal.check({
      cardId: 'price-too-expensive-1',
      dealId: deal.id,
      answer: 'What are you comparing 120,000 with?',
      elapsedSeconds: 10,
      limitSeconds: 60,
    });
    expect(held.checks).toEqual([]);
  });

  it('records an attempt, persists the FSRS state to disk and reloads it in a fresh process', async () => {
    const deal = await createDeal();
    const { attempt: kept, state } = await services.rehearsal.recordAttempt(
      attempt({
        dealId: deal.id,
        answer: 'OK, 95,000.',
        rubricTicks: ['acknowledged', 'acknowledged', 'not-an-item'],
        rating: 'easy',
      }),
    );
    expect(kept.score).toBeCloseTo(1 / 6);
    expect(kept.rubricTicks).toEqual(['acknowledged']);
    expect(kept.checks.map((check) => check.code)).toContain('beyond-walk-away');
    expect(state?.reps).toBe(1);
    expect(Date.parse(state?.due ?? '')).toBeGreaterThan(START.getTime() + 86_400_000);

    const onDisk = JSON.parse(readFileSync(join(dataDir, 'workbench.json'), 'utf8'));
    expect(onDisk.rehearsal.states['price-too-expensive-1'].due).toBe(state?.due);

    await reopen();
    expect(services.rehearsal.overview().scheduled).toEqual([
      expect.objectContaining({ cardId: 'price-too-expensive-1', state }),
    ]);
    expect(services.rehearsal.attempts('price-too-expensive-1', 5)).toEqual([kept]);
  });

  it('schedules a written deal objection under its own id, and refuses unknown cards', async () => {
    const deal = await createDeal();
    const cardId = dealCardId(deal.id, 'e1');
    await services.rehearsal.recordAttempt(attempt({ cardId, dealId: deal.id, rating: 'again' }));
    expect(services.rehearsal.overview().scheduled[0]).toMatchObject({
      cardId,
      dealTitle: 'Fibre renewal',
      line: { en: 'Your rival offers free installation.' },
    });
    await expect(services.rehearsal.recordAttempt(attempt({ cardId, dealId: null }))).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(services.rehearsal.recordAttempt(attempt({ cardId: 'no-such-card' }))).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('practice mode keeps the answer but does not reschedule', async () => {
    await services.rehearsal.recordAttempt(attempt({ rating: 'good' }));
    const before = services.rehearsal.overview().scheduled[0]?.state;
    clock = new Date(START.getTime() + 3_600_000);
    const practice = await services.rehearsal.recordAttempt(attempt({ rating: null, answer: 'Practice answer?' }));
    expect(practice.state).toEqual(before);
    expect(practice.attempt.rating).toBeNull();
    await reopen();
    expect(services.rehearsal.overview().scheduled[0]?.state).toEqual(before);
    expect(services.rehearsal.attempts('price-too-expensive-1', 10)).toHaveLength(2);

    const neverRated = await services.rehearsal.recordAttempt(attempt({ cardId: 'price-worth-it-1', rating: null }));
    expect(neverRated.state).toBeNull();
    expect(services.rehearsal.overview().scheduled.map((card) => card.cardId)).toEqual(['price-too-expensive-1']);
  });

  it('counts cards due by the end of today and deals them in a due session', async () => {
    await services.rehearsal.recordAttempt(attempt({ cardId: 'price-worth-it-1', rating: 'again' }));
    await services.rehearsal.recordAttempt(attempt({ cardId: 'price-too-expensive-1', rating: 'easy' }));
    expect(services.rehearsal.dueCount()).toBe(1);
    const due = services.rehearsal.start({
      source: { kind: 'due' },
      count: 10,
      secondsPerCard: 60,
      isPracticeMode: false,
    });
    expect(due.cards.map((card) => card.id)).toEqual(['price-worth-it-1']);
    clock = new Date(START.getTime() + 60 * 86_400_000);
    expect(services.rehearsal.dueCount()).toBe(2);
  });

  it('keeps only the newest attempts of each card, best ones first when listed', async () => {
    for (let i = 0; i < MAX_ATTEMPTS_PER_CARD + 2; i += 1) {
      clock = new Date(START.getTime() + i * 1000);
      await services.rehearsal.recordAttempt(
        attempt({ rating: null, answer: `answer ${i}`, rubricTicks: i === 5 ? [] : ['acknowledged'] }),
      );
    }
    await reopen();
    const stored = services.rehearsal.attempts('price-too-expensive-1', 50);
    expect(stored).toHaveLength(50);
    expect(stored.map((entry) => entry.answer)).not.toContain('answer 0');
    expect(stored[0]?.answer).toBe(`answer ${MAX_ATTEMPTS_PER_CARD + 1}`);
    expect(stored.at(-1)?.answer).toBe('answer 5');
  });

  it('summarises progress per week', async () => {
    await services.rehearsal.recordAttempt(attempt({ rubricTicks: ['acknowledged', 'diagnosed', 'next-step'] }));
    clock = new Date(START.getTime() + 7 * 86_400_000);
    await services.rehearsal.recordAttempt(attempt({ cardId: 'price-worth-it-1', rubricTicks: [] }));
    const progress = services.rehearsal.progress(4);
    expect(progress.weeks.map((week) => week.weekStart)).toEqual([
      '2026-02-16',
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
    ]);
    expect(progress.weeks.map((week) => week.attempts)).toEqual([0, 0, 1, 1]);
    expect(progress.weeks[2]?.averageScore).toBeCloseTo(0.5);
    expect(progress).toMatchObject({ totalAttempts: 2, cardsRehearsed: 2, averageScore: 0.25 });
  });
});

describe('rehearsal service: rubric', () => {
  it('persists an edited rubric and scores against it', async () => {
    const items = [
      { id: 'acknowledged', text: null },
      { id: 'custom-1', text: '先问预算' },
      { id: 'next-step', text: 'Agreed a date' },
    ];
    await services.rehearsal.updateRubric(items);
    await reopen();
    expect(services.rehearsal.rubric()).toEqual(items);
    const { attempt: kept } = await services.rehearsal.recordAttempt(
      attempt({ rubricTicks: ['custom-1', 'diagnosed'] }),
    );
    expect(kept).toMatchObject({ rubricTicks: ['custom-1'], rubricSize: 3 });
    expect(kept.score).toBeCloseTo(1 / 3);
    await expect(services.rehearsal.updateRubric([{ id: 'custom-2', text: null }])).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });

  it('rejects duplicate ids and empty rubrics at the IPC boundary', async () => {
    const dispatch = createDispatch(createHandlers(services));
    const duplicate = await dispatch('rehearsal:update-rubric', {
      items: [
        { id: 'a', text: 'x' },
        { id: 'a', text: 'y' },
      ],
    });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch('rehearsal:update-rubric', { items: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await dispatch('rehearsal:due-count', null)).toEqual({ ok: true, value: 0 });
  });
});

describe('rehearsal service: concession drill', () => {
  const config = {
    dealId: null,
    side: 'sell' as const,
    currency: 'CNY',
    opening: 100_000,
    target: 92_000,
    walkAway: 85_000,
    theirWalkAwayLow: 88_000,
    theirWalkAwayHigh: 94_000,
    maxRounds: 6,
    seed: 3,
  };

  it('hides their walk-away while running and saves the finished drill for the history', async () => {
    const started = services.rehearsal.startDrill(config);
    expect(started.status).toBe('running');
    expect(started.summary.theirWalkAway).toBeNull();
    expect(JSON.stringify(started)).not.toContain('"theirWalkAway":8');

    let view = started;
    for (const price of [98_000, 98_000, 97_000, 97_000, 96_000, 96_000]) {
      if (view.status !== 'running') break;
      view = await services.rehearsal.respondDrill({ id: started.id, price, inReturn: 'a three-year term' });
    }
    expect(view.status).not.toBe('running');
    expect(view.summary.theirWalkAway).not.toBeNull();
    await expect(
      services.rehearsal.respondDrill({ id: started.id, price: 90_000, inReturn: '' }),
    ).rejects.toMatchObject({ code: 'not-found' });

    await reopen();
    const [record] = services.rehearsal.overview().recentDrills;
    expect(record).toMatchObject({ id: started.id, summary: { outcome: view.status, rounds: view.rounds.length } });
    expect(services.rehearsal.progress(1).drills[view.status as 'deal' | 'stalemate']).toBe(1);
  });

  it('saves a drill the user walked away from, with its flags', async () => {
    const { id } = services.rehearsal.startDrill(config);
    await services.rehearsal.respondDrill({ id, price: 90_000, inReturn: '' });
    const stopped = await services.rehearsal.stopDrill(id);
    expect(stopped.status).toBe('walked');
    expect(stopped.summary.flags.map((flag) => flag.code)).toEqual(['unreciprocated-concession']);
    await reopen();
    expect(services.rehearsal.overview().recentDrills[0]?.summary.outcome).toBe('walked');
  });

  it('refuses numbers on the wrong side of each other', async () => {
    const dispatch = createDispatch(createHandlers(services));
    const result = await dispatch('rehearsal:drill-start', { ...config, walkAway: 95_000 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'walkAway' }] } });
  });
});
