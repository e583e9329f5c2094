// Sample data beyond deals: complaints, rehearsal answers for the rehearsal chart, price lines with price answers.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_HISTORY_FILTERS } from '@shared/domain/stats/history-filters';
import { isSampleAttempt } from '@shared/domain/rehearsal/sample-attempts';
import { CARDS_BY_ID, OBJECTION_CARDS } from '@shared/playbook';
import { createServices, type Services } from '../../src-main/services/create-services';
import { makeDraft, useTempDirs } from './store-fixtures';

const NOW = new Date('2026-03-01T09:00:00.000Z');

describe('sample data', () => {
  const tempDir = useTempDirs('parley-sample-care-');
  let services: Services | null = null;
  afterEach(async () => {
    await services?.flush();
    services?.close();
    services = null;
  });

  it('adds complaints, a rehearsal history and paired price answers, and removes the samples again', async () => {
    const app = (services = await createServices({ dataDir: await tempDir(), now: () => NOW }));
    const priceCard = OBJECTION_CARDS.find((card) => card.type === 'price');
    await app.rehearsal.recordAttempt({
      cardId: priceCard?.id as string,
      dealId: null,
      answer: 'My own answer',
      techniqueIds: [],
      elapsedSeconds: 30,
      limitSeconds: 60,
      rubricTicks: [],
      rating: null,
    });
    const ownAttempts = app.context.store.workbench.data.rehearsal.attempts.length;
    expect(ownAttempts).toBe(1);
    const own = await app.deals.create(makeDraft());

    await app.history.loadSample();
    const deals = app.context.store.deals.all().filter((deal) => deal.isSample);
    const complaints = deals.flatMap((deal) => deal.complaints);
    expect(complaints.length).toBeGreaterThan(10);
    expect(complaints.some((complaint) => complaint.resolvedOn !== null && complaint.satisfaction !== null)).toBe(true);
    expect(complaints.some((complaint) => complaint.resolvedOn === null)).toBe(true);

    // Every price objection logged against a card is handled with techniques that card recommends.
    const priceObjections = deals.flatMap((deal) =>
      deal.meetings.flatMap((meeting) => meeting.objections.filter((objection) => objection.type === 'price')),
    );
    const onCards = priceObjections.filter((objection) => objection.cardId !== null);
    expect(onCards.length).toBeGreaterThan(priceObjections.length / 2);
    for (const objection of onCards) {
      const card = CARDS_BY_ID.get(objection.cardId as string);
      expect(card?.type).toBe('price');
      for (const id of objection.techniqueIds) expect(card?.techniqueIds).toContain(id);
    }

    const progress = app.rehearsal.progress(26);
    expect(progress.totalAttempts).toBeGreaterThanOrEqual(40 + ownAttempts);
    expect(progress.weeks.filter((week) => week.attempts > 0).length).toBeGreaterThan(10);
    const view = app.history.stats(DEFAULT_HISTORY_FILTERS);
    expect(view.complaints.total).toBe(complaints.length);

    await app.history.removeSample();
    expect(app.context.store.deals.all().map((deal) => deal.id)).toEqual([own.id]);
    const left = app.context.store.workbench.data.rehearsal.attempts;
    expect(left.some(isSampleAttempt)).toBe(false);
    expect(left).toHaveLength(ownAttempts);
  });
});
