// Spaced repetition (FSRS via ts-fsrs) for rehearsal cards, stored as plain JSON per card id.
//
// Practice mode is simply not calling `rateCard`: a card can be answered any number of times
// without touching its schedule; only a rated answer moves it.
import { createEmptyCard, fsrs, Rating, State, type Card, type CardInput, type Grade } from 'ts-fsrs';

export const REVIEW_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

export const CARD_PHASES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardPhase = (typeof CARD_PHASES)[number];

/**
 * The schedule of one card, JSON round-trip safe (dates are ISO strings, no class instances).
 * Kept per card id in workbench.json: playbook ids, and `deal:<dealId>:<expectedObjectionId>`
 * for objections written for a deal.
 */
export type CardState = {
  due: string; // ISO timestamp
  stability: number; // days until recall probability drops to 90 %
  difficulty: number; // 1..10
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardPhase;
  lastReview: string | null; // ISO timestamp
  /** The last rating given; `again` marks a card as weak until it is answered better. */
  lastRating: ReviewRating | null;
};

/** A card's states keyed by card id, as persisted. */
export type CardStates = Readonly<Record<string, CardState>>;

/** What one rating would do, for the label of its button. */
export type IntervalPreview = {
  rating: ReviewRating;
  due: string; // ISO timestamp
  intervalMs: number;
  interval: IntervalLabel;
};

/** A rounded interval for display: "10 min", "3 d", "2 mo"; the UI translates the unit. */
export type IntervalLabel = { value: number; unit: 'minute' | 'hour' | 'day' | 'month' | 'year' };

// Fuzz is off so the same ratings at the same times give the same schedule (tests, replays).
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true });

const GRADES = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
} as const satisfies Record<ReviewRating, Grade>;

const PHASES = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
} as const satisfies Record<State, CardPhase>;

const STATES = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
} as const satisfies Record<CardPhase, State>;

function fromCard(card: Card, lastRating: ReviewRating | null): CardState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: PHASES[card.state],
    lastReview: card.last_review ? card.last_review.toISOString() : null,
    lastRating,
  };
}

function toCardInput(state: CardState): CardInput {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: 0, // deprecated in ts-fsrs; it derives elapsed time from last_review
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATES[state.state],
    last_review: state.lastReview,
  };
}

export function newCardState(now: Date): CardState {
  return fromCard(createEmptyCard(now), null);
}

/** Records a rated answer and returns the card's next schedule. */
export function rateCard(state: CardState, rating: ReviewRating, now: Date): CardState {
  const { card } = scheduler.next(toCardInput(state), now, GRADES[rating]);
  return fromCard(card, rating);
}

/** A card never rehearsed (no state) is due: it is waiting for its first answer. */
export function isDue(state: CardState | undefined, now: Date): boolean {
  return state === undefined || Date.parse(state.due) <= now.getTime();
}

/** How many of `cardIds` are due now, never-rehearsed cards included unless told otherwise. */
export function dueCount(
  states: CardStates,
  cardIds: readonly string[],
  now: Date,
  options: { includeNew?: boolean } = {},
): number {
  const includeNew = options.includeNew ?? true;
  return [...new Set(cardIds)].filter((id) => {
    const state = states[id];
    if (state === undefined || state.state === 'new') return includeNew && isDue(state, now);
    return isDue(state, now);
  }).length;
}

/** Probability (0..1) that the card is still remembered now; 0 for a card never rehearsed. */
export function recallProbability(state: CardState | undefined, now: Date): number {
  if (state === undefined || state.state === 'new') return 0;
  return scheduler.get_retrievability(toCardInput(state), now, false);
}

/**
 * How weak a rehearsed card is (higher = weaker), for putting weak cards first:
 * a recent `again` or `hard`, low stability and a low recall probability all count.
 * Never-rehearsed cards are not "weak" (they are new) and score 0.
 */
export function weakness(state: CardState | undefined, now: Date): number {
  if (state === undefined || state.state === 'new') return 0;
  const ratingWeight = state.lastRating === 'again' ? 2 : state.lastRating === 'hard' ? 1 : 0;
  return ratingWeight + 1 / (1 + Math.max(0, state.stability)) + (1 - recallProbability(state, now));
}

/** What each rating would schedule from `now`, for the four answer buttons. */
export function previewIntervals(state: CardState, now: Date): Record<ReviewRating, IntervalPreview> {
  const preview = scheduler.repeat(toCardInput(state), now);
  const entry = (rating: ReviewRating): IntervalPreview => {
    const due = preview[GRADES[rating]].card.due;
    const intervalMs = Math.max(0, due.getTime() - now.getTime());
    return { rating, due: due.toISOString(), intervalMs, interval: describeInterval(intervalMs) };
  };
  return { again: entry('again'), hard: entry('hard'), good: entry('good'), easy: entry('easy') };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Rounds an interval to the one unit a button has room for. */
export function describeInterval(ms: number): IntervalLabel {
  if (ms < HOUR) return { value: Math.max(1, Math.round(ms / MINUTE)), unit: 'minute' };
  if (ms < DAY) return { value: Math.round(ms / HOUR), unit: 'hour' };
  if (ms < 30 * DAY) return { value: Math.round(ms / DAY), unit: 'day' };
  if (ms < 365 * DAY) return { value: Math.round(ms / (30 * DAY)), unit: 'month' };
  return { value: Math.round((ms / (365 * DAY)) * 10) / 10, unit: 'year' };
}
