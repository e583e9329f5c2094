import { describe, expect, it } from 'vitest';
import {
  type CardState,
  describeInterval,
  dueCount,
  isDue,
  newCardState,
  previewIntervals,
  rateCard,
  REVIEW_RATINGS,
  weakness,
} from '@shared/domain/rehearsal/scheduling';

const NOW = new Date('2025-03-01T09:00:00.000Z');
const minutes = (n: number): Date => new Date(NOW.getTime() + n * 60_000);
const days = (n: number): Date => new Date(NOW.getTime() + n * 86_400_000);
const roundTrip = (state: CardState): CardState => JSON.parse(JSON.stringify(state)) as CardState;

describe('newCardState', () => {
  it('is a new card due now, with plain JSON fields', () => {
    const state = newCardState(NOW);
    expect(state).toMatchObject({
      due: NOW.toISOString(),
      reps: 0,
      lapses: 0,
      state: 'new',
      lastReview: null,
      lastRating: null,
    });
    expect(roundTrip(state)).toEqual(state);
    expect(isDue(state, NOW)).toBe(true);
  });
});

describe('rateCard', () => {
  it('schedules again sooner than hard, hard sooner than good, good sooner than easy', () => {
    const state = newCardState(NOW);
    const due = REVIEW_RATINGS.map((rating) => Date.parse(rateCard(state, rating, NOW).due));
    for (let i = 1; i < due.length; i += 1) expect(due[i]).toBeGreaterThanOrEqual(due[i - 1] ?? 0);
    expect(due[3]).toBeGreaterThan(due[0] ?? 0);
  });

  it('records the review and the rating, and survives JSON between reviews', () => {
    const first = roundTrip(rateCard(newCardState(NOW), 'good', NOW));
    expect(first).toMatchObject({ reps: 1, lastReview: NOW.toISOString(), lastRating: 'good' });
    expect(first.state).not.toBe('new');
    const second = roundTrip(rateCard(first, 'good', new Date(first.due)));
    expect(second.reps).toBe(2);
    expect(Date.parse(second.due)).toBeGreaterThan(Date.parse(first.due));
    // Same inputs give the same schedule whether or not the state went through JSON.
    expect(rateCard(roundTrip(first), 'easy', days(3))).toEqual(rateCard(first, 'easy', days(3)));
  });

  it('grows the interval with successful reviews and counts a lapse on again', () => {
    let state = newCardState(NOW);
    let at = NOW;
    for (let i = 0; i < 4; i += 1) {
      state = rateCard(state, 'good', at);
      at = new Date(state.due);
    }
    expect(state.state).toBe('review');
    const interval = Date.parse(state.due) - Date.parse(state.lastReview ?? '');
    expect(interval).toBeGreaterThan(86_400_000);
    const lapsed = rateCard(state, 'again', at);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.state).toBe('relearning');
    expect(Date.parse(lapsed.due) - at.getTime()).toBeLessThan(86_400_000);
  });

  it('does not change the state passed in (practice mode simply never calls it)', () => {
    const state = newCardState(NOW);
    const copy = structuredClone(state);
    rateCard(state, 'easy', NOW);
    expect(state).toEqual(copy);
  });
});

describe('isDue and dueCount', () => {
  it('is due from its due time on', () => {
    const state = rateCard(newCardState(NOW), 'good', NOW);
    expect(isDue(state, NOW)).toBe(false);
    expect(isDue(state, new Date(state.due))).toBe(true);
    expect(isDue(undefined, NOW)).toBe(true);
  });

  it('counts due cards, new ones unless excluded, each id once', () => {
    const learned = rateCard(newCardState(NOW), 'easy', NOW);
    const relearn = rateCard(newCardState(NOW), 'again', NOW);
    const states = { a: learned, b: relearn, c: newCardState(NOW) };
    const ids = ['a', 'b', 'c', 'd', 'd'];
    expect(dueCount(states, ids, NOW)).toBe(2); // c, d (new)
    expect(dueCount(states, ids, minutes(30))).toBe(3); // + b
    expect(dueCount(states, ids, minutes(30), { includeNew: false })).toBe(1);
    expect(dueCount(states, ids, days(365))).toBe(4);
  });
});

describe('previewIntervals', () => {
  it('previews what each rating would schedule, matching rateCard', () => {
    const state = rateCard(newCardState(NOW), 'good', NOW);
    const at = new Date(state.due);
    const preview = previewIntervals(state, at);
    for (const rating of REVIEW_RATINGS) {
      expect(preview[rating].due).toBe(rateCard(state, rating, at).due);
      expect(preview[rating].intervalMs).toBe(Date.parse(preview[rating].due) - at.getTime());
    }
    expect(preview.easy.intervalMs).toBeGreaterThan(preview.again.intervalMs);
  });

  it('labels intervals in one unit', () => {
    expect(describeInterval(10 * 60_000)).toEqual({ value: 10, unit: 'minute' });
    expect(describeInterval(3 * 3_600_000)).toEqual({ value: 3, unit: 'hour' });
    expect(describeInterval(4 * 86_400_000)).toEqual({ value: 4, unit: 'day' });
    expect(describeInterval(90 * 86_400_000)).toEqual({ value: 3, unit: 'month' });
    expect(describeInterval(730 * 86_400_000)).toEqual({ value: 2, unit: 'year' });
  });
});

describe('weakness', () => {
  it('ranks a card just failed above one answered well, and new cards at 0', () => {
    const good = rateCard(newCardState(NOW), 'good', NOW);
    const again = rateCard(good, 'again', new Date(good.due));
    const at = days(30);
    expect(weakness(again, at)).toBeGreaterThan(weakness(rateCard(good, 'easy', new Date(good.due)), at));
    expect(weakness(undefined, at)).toBe(0);
  });
});
