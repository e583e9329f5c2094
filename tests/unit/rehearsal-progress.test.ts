import { describe, expect, it } from 'vitest';
import { summariseProgress, weekStartOf } from '@shared/domain/rehearsal/progress';
import { bestAttempts, keepRecentAttempts, type RehearsalAttempt } from '@shared/domain/rehearsal/records';

const attempt = (cardId: string, at: string, score: number, answer = 'answer'): RehearsalAttempt => ({
  id: `${cardId}-${at}`,
  cardId,
  dealId: null,
  at,
  answer,
  techniqueIds: [],
  elapsedSeconds: 20,
  limitSeconds: 60,
  rubricTicks: [],
  rubricSize: 6,
  score,
  checks: [],
  rating: 'good',
});

describe('weekStartOf', () => {
  it('is the Monday of the week in UTC', () => {
    expect(weekStartOf(new Date('2026-03-08T23:59:00Z')).toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(weekStartOf(new Date('2026-03-09T00:00:00Z')).toISOString()).toBe('2026-03-09T00:00:00.000Z');
  });
});

describe('summariseProgress', () => {
  it('counts attempts and averages scores per week, with empty weeks and older attempts left out', () => {
    const progress = summariseProgress(
      {
        attempts: [
          attempt('a', '2025-12-01T10:00:00Z', 1),
          attempt('a', '2026-02-24T10:00:00Z', 0.5),
          attempt('b', '2026-02-25T10:00:00Z', 1),
          attempt('b', '2026-03-04T10:00:00Z', 0),
        ],
        drills: [],
      },
      { now: new Date('2026-03-05T12:00:00Z'), dueCount: 3, weeks: 3 },
    );
    expect(progress.weeks).toEqual([
      { weekStart: '2026-02-16', attempts: 0, averageScore: null },
      { weekStart: '2026-02-23', attempts: 2, averageScore: 0.75 },
      { weekStart: '2026-03-02', attempts: 1, averageScore: 0 },
    ]);
    expect(progress).toMatchObject({
      totalAttempts: 4,
      averageScore: 0.625,
      cardsRehearsed: 2,
      dueCount: 3,
      lastAttemptAt: '2026-03-04T10:00:00Z',
      drills: { deal: 0, stalemate: 0, walked: 0 },
    });
  });

  it('has no average without attempts', () => {
    const progress = summariseProgress(
      { attempts: [], drills: [] },
      { now: new Date('2026-03-05T12:00:00Z'), dueCount: 0 },
    );
    expect(progress.weeks).toHaveLength(12);
    expect(progress.averageScore).toBeNull();
    expect(progress.lastAttemptAt).toBeNull();
  });
});

describe('attempt lists', () => {
  it('keeps the newest attempts of each card in their order', () => {
    const list = [attempt('a', 't1', 0), attempt('b', 't2', 0), attempt('a', 't3', 0), attempt('a', 't4', 0)];
    expect(keepRecentAttempts(list, 2).map((entry) => entry.id)).toEqual(['b-t2', 'a-t3', 'a-t4']);
  });

  it('lists written answers of one card, best and then newest first', () => {
    const list = [
      attempt('a', '2026-01-01T00:00:00Z', 0.5),
      attempt('a', '2026-01-02T00:00:00Z', 0.5),
      attempt('a', '2026-01-03T00:00:00Z', 1, '   '),
      attempt('a', '2026-01-04T00:00:00Z', 0.8),
      attempt('b', '2026-01-05T00:00:00Z', 1),
    ];
    expect(bestAttempts(list, 'a', 2).map((entry) => entry.at)).toEqual([
      '2026-01-04T00:00:00Z',
      '2026-01-02T00:00:00Z',
    ]);
  });
});
