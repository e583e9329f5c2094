// A compact summary of rehearsal over time, for the sidebar, the rehearse screen and the History charts.
import type { DrillStatus } from './drill';
import type { RehearsalData } from './records';

export type WeeklyProgress = {
  /** Monday of the week (UTC), yyyy-mm-dd. */
  weekStart: string;
  attempts: number;
  /** Mean rubric score (0..1) of the week's attempts; null for a week without any. */
  averageScore: number | null;
};

export type RehearsalProgress = {
  /** Oldest first, ending with the current week; weeks without attempts are included. */
  weeks: WeeklyProgress[];
  totalAttempts: number;
  averageScore: number | null;
  /** Distinct cards answered at least once. */
  cardsRehearsed: number;
  dueCount: number;
  drills: Record<Exclude<DrillStatus, 'running'>, number>;
  lastAttemptAt: string | null;
};

const DAY_MS = 86_400_000;

/** Monday 00:00 UTC of the week that contains `time`. */
export function weekStartOf(time: Date): Date {
  const day = Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate());
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  return new Date(day - sinceMonday * DAY_MS);
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

export function summariseProgress(
  data: Pick<RehearsalData, 'attempts' | 'drills'>,
  options: { now: Date; dueCount: number; weeks?: number },
): RehearsalProgress {
  const weekCount = Math.max(1, Math.floor(options.weeks ?? 12));
  const currentWeek = weekStartOf(options.now).getTime();
  const firstWeek = currentWeek - (weekCount - 1) * 7 * DAY_MS;
  const scores: number[][] = Array.from({ length: weekCount }, () => []);
  for (const attempt of data.attempts) {
    const week = weekStartOf(new Date(attempt.at)).getTime();
    if (week < firstWeek || week > currentWeek) continue;
    scores[Math.round((week - firstWeek) / (7 * DAY_MS))]?.push(attempt.score);
  }
  const drills = { deal: 0, stalemate: 0, walked: 0 };
  for (const drill of data.drills) if (drill.summary.outcome !== 'running') drills[drill.summary.outcome] += 1;
  const last = data.attempts.reduce<string | null>(
    (latest, attempt) => (latest === null || Date.parse(attempt.at) > Date.parse(latest) ? attempt.at : latest),
    null,
  );
  return {
    weeks: scores.map((weekScores, index) => ({
      weekStart: new Date(firstWeek + index * 7 * DAY_MS).toISOString().slice(0, 10),
      attempts: weekScores.length,
      averageScore: mean(weekScores),
    })),
    totalAttempts: data.attempts.length,
    averageScore: mean(data.attempts.map((attempt) => attempt.score)),
    cardsRehearsed: new Set(data.attempts.map((attempt) => attempt.cardId)).size,
    dueCount: options.dueCount,
    drills,
    lastAttemptAt: last,
  };
}
