// What rehearsal keeps between sessions (card schedules, attempts, the user's rubric, drill results) and what a session shows.
import type { CounterpartStyle, NegotiationSide } from '../deal';
import type { LocalizedText, ObjectionType, Technique } from '../../playbook/types';
import type { AutoCheck } from './auto-checks';
import type { RehearsalCard } from './deck';
import type { DrillConfig, DrillLine, DrillRound, DrillStatus, DrillSummary } from './drill';
import { DEFAULT_RUBRIC } from './rubric';
import type { CardState, IntervalPreview, ReviewRating } from './scheduling';

/**
 * One item of the user's own rubric. Built-in items keep `text: null` and show their wording in
 * the UI language; an item the user wrote or reworded keeps the text as typed.
 */
export type RubricEntry = { id: string; text: string | null };

export const MAX_RUBRIC_ITEMS = 12;
export const MAX_RUBRIC_TEXT = 200;

export const defaultRubricEntries = (): RubricEntry[] => DEFAULT_RUBRIC.map(({ id }) => ({ id, text: null }));

const DEFAULT_LABELS: ReadonlyMap<string, LocalizedText> = new Map(DEFAULT_RUBRIC.map((item) => [item.id, item.label]));

export function rubricLabel(entry: RubricEntry, language: keyof LocalizedText): string {
  return entry.text ?? DEFAULT_LABELS.get(entry.id)?.[language] ?? entry.id;
}

/** True when the id names a built-in item, which can show its default wording. */
export const isBuiltInRubricItem = (id: string): boolean => DEFAULT_LABELS.has(id);

/** One answer to one card. `rating` is null for practice answers, which leave the schedule alone. */
export type RehearsalAttempt = {
  id: string;
  cardId: string;
  dealId: string | null;
  at: string; // ISO timestamp
  answer: string;
  techniqueIds: string[];
  elapsedSeconds: number;
  limitSeconds: number | null;
  rubricTicks: string[];
  /** How many items the rubric had when the answer was scored. */
  rubricSize: number;
  score: number; // 0..1
  checks: AutoCheck[];
  rating: ReviewRating | null;
};

/** Older attempts of a card beyond this are dropped, so workbench.json stays small. */
export const MAX_ATTEMPTS_PER_CARD = 50;
export const MAX_DRILL_RECORDS = 100;

/** Keeps the newest `max` attempts of every card, in the order given (oldest first). */
export function keepRecentAttempts(
  attempts: readonly RehearsalAttempt[],
  max = MAX_ATTEMPTS_PER_CARD,
): RehearsalAttempt[] {
  const seen = new Map<string, number>();
  const kept: RehearsalAttempt[] = [];
  for (let i = attempts.length - 1; i >= 0; i -= 1) {
    const attempt = attempts[i];
    if (attempt === undefined) continue;
    const count = seen.get(attempt.cardId) ?? 0;
    if (count >= max) continue;
    seen.set(attempt.cardId, count + 1);
    kept.push(attempt);
  }
  return kept.reverse();
}

/** A card's earlier answers worth rereading: written ones, best score first, newest first among equals. */
export function bestAttempts(attempts: readonly RehearsalAttempt[], cardId: string, limit: number): RehearsalAttempt[] {
  return attempts
    .filter((attempt) => attempt.cardId === cardId && attempt.answer.trim() !== '')
    .sort((a, b) => b.score - a.score || Date.parse(b.at) - Date.parse(a.at))
    .slice(0, Math.max(0, limit));
}

/** A finished price-concession drill, kept for the history. */
export type DrillRecord = {
  id: string;
  dealId: string | null;
  startedAt: string;
  finishedAt: string;
  openingLine: DrillLine;
  rounds: DrillRound[];
  summary: DrillSummary;
};

/** The `rehearsal` section of workbench.json. */
export type RehearsalData = {
  states: Record<string, CardState>;
  /** Oldest first, at most MAX_ATTEMPTS_PER_CARD per card. */
  attempts: RehearsalAttempt[];
  rubric: RubricEntry[];
  /** Oldest first, at most MAX_DRILL_RECORDS. */
  drills: DrillRecord[];
};

export const defaultRehearsalData = (): RehearsalData => ({
  states: {},
  attempts: [],
  rubric: defaultRubricEntries(),
  drills: [],
});

export type DeckSourceInput =
  { kind: 'deal'; dealId: string } | { kind: 'price' } | { kind: 'type'; type: ObjectionType } | { kind: 'due' };

export const DEFAULT_SECONDS_PER_CARD = 60;
export const DEFAULT_CARD_COUNT = 5;

export type SessionOptions = {
  source: DeckSourceInput;
  count: number;
  secondsPerCard: number;
  /** Answers are kept but not rated: the schedule does not move. */
  isPracticeMode: boolean;
  /** Fixes the card order (tests, replays); drawn from the clock when omitted. */
  seed?: number;
};

/** What the card screen shows of a deal: its numbers, BATNA and the counterpart's top interests. */
export type RehearsalDealContext = {
  id: string;
  title: string;
  counterpartOrg: string;
  side: NegotiationSide;
  currency: string;
  value: number | null;
  style: CounterpartStyle | null;
  opening: number | null;
  target: number | null;
  walkAway: number | null;
  batna: { description: string; value: number; isReal: boolean } | null;
  theirTopInterests: string[];
};

export type SessionCard = RehearsalCard & {
  /** The line as this counterpart would say it: their style and the deal's price worked in. */
  spokenLine: LocalizedText;
  /** The card's schedule before this session; null when never rated. */
  schedule: CardState | null;
};

export type RehearsalSession = {
  startedAt: string;
  options: SessionOptions;
  cards: SessionCard[];
  /** Context of every deal a card was drawn for, by deal id. */
  deals: Record<string, RehearsalDealContext>;
  rubric: RubricEntry[];
  /** The effective playbook's techniques (built-in and custom), to pick from and to name. */
  techniques: Technique[];
};

export type AnswerCheckInput = {
  cardId: string;
  dealId: string | null;
  answer: string;
  elapsedSeconds: number;
  limitSeconds: number | null;
};

/** Shown on reveal: the automatic checks and what each rating would schedule. */
export type AnswerReview = {
  checks: AutoCheck[];
  intervals: Record<ReviewRating, IntervalPreview>;
};

export type AttemptInput = AnswerCheckInput & {
  techniqueIds: string[];
  rubricTicks: string[];
  /** Null in practice mode: the attempt is kept, the schedule is not touched. */
  rating: ReviewRating | null;
};

export type AttemptResult = {
  attempt: RehearsalAttempt;
  /** The card's schedule after the attempt (unchanged for a practice answer; null if never rated). */
  state: CardState | null;
};

/** A card with a schedule, for the list of what comes up next. */
export type ScheduledCard = {
  cardId: string;
  line: LocalizedText;
  dealId: string | null;
  dealTitle: string | null;
  state: CardState;
};

export type RehearsalOverview = {
  dueCount: number;
  /** Rated cards, soonest due first. */
  scheduled: ScheduledCard[];
  /** How many playbook cards each source would draw from. */
  cardCounts: { price: number; byType: Record<ObjectionType, number> };
  /** Newest first. */
  recentDrills: DrillRecord[];
};

export type DrillStartInput = {
  dealId: string | null;
  side: NegotiationSide;
  currency: string;
  opening: number;
  target: number;
  walkAway: number;
  theirWalkAwayLow: number;
  theirWalkAwayHigh: number;
  maxRounds: number;
  seed?: number;
};

/** A drill as the user may see it: everything but the counterpart's hidden walk-away while it runs. */
export type DrillView = {
  id: string;
  dealId: string | null;
  config: DrillConfig;
  status: DrillStatus;
  openingLine: DrillLine;
  currentLine: DrillLine;
  rounds: DrillRound[];
  theirOffer: number;
  summary: DrillSummary;
};

export type DrillMoveInput = { id: string; price: number; inReturn: string };
