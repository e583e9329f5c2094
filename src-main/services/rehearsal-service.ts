// Rehearsal: session decks, answers with their automatic checks, FSRS schedules, the user's rubric and the concession drill.
import type { Deal } from '@shared/domain/deal';
import { checkAnswer } from '@shared/domain/rehearsal/auto-checks';
import { dealContextOf, spokenLine } from '@shared/domain/rehearsal/card-voice';
import {
  buildDeck,
  dealObjectionCards,
  fromObjectionCard,
  type DeckSource,
  type RehearsalCard,
} from '@shared/domain/rehearsal/deck';
import {
  respond,
  startDrill as startDrillState,
  stopDrill as stopDrillState,
  summariseDrill,
  type DrillState,
} from '@shared/domain/rehearsal/drill';
import { summariseProgress, type RehearsalProgress } from '@shared/domain/rehearsal/progress';
import {
  bestAttempts,
  isBuiltInRubricItem,
  keepRecentAttempts,
  MAX_DRILL_RECORDS,
  type AnswerCheckInput,
  type AnswerReview,
  type AttemptInput,
  type AttemptResult,
  type DrillMoveInput,
  type DrillRecord,
  type DrillStartInput,
  type DrillView,
  type RehearsalAttempt,
  type RehearsalData,
  type RehearsalDealContext,
  type RehearsalOverview,
  type RehearsalSession,
  type RubricEntry,
  type ScheduledCard,
  type SessionOptions,
} from '@shared/domain/rehearsal/records';
import { scoreRubric } from '@shared/domain/rehearsal/rubric';
import { hashSeed } from '@shared/domain/rehearsal/seeded-random';
import { dueCount, newCardState, previewIntervals, rateCard } from '@shared/domain/rehearsal/scheduling';
import { resolveNumbers } from '@shared/domain/worksheet';
import { OBJECTION_TYPES, type ObjectionCard, type Technique } from '@shared/playbook/types';
import type { ServiceContext } from './context';
import { notFound, ServiceError } from './service-error';

/** Where rehearsal reads the effective playbook (built-in plus the user's own entries): the playbook service. */
export type PlaybookSource = { cards: () => ObjectionCard[]; techniques: () => Technique[] };

/** "Due today" means due before the end of the local day, so a card due this evening counts this morning. */
const endOfDay = (time: Date): Date => {
  const end = new Date(time);
  end.setHours(23, 59, 59, 999);
  return end;
};

const RECENT_DRILLS = 10;
const MAX_RUNNING_DRILLS = 20;

export function createRehearsalService({ store, now, newId }: ServiceContext, playbook: PlaybookSource) {
  const data = (): RehearsalData => store.workbench.data.rehearsal;
  const save = (next: RehearsalData): Promise<void> => store.workbench.update('rehearsal', next);
  const runningDrills = new Map<string, { state: DrillState; dealId: string | null; startedAt: string }>();

  const requireDeal = (id: string): Deal => {
    const deal = store.deals.get(id);
    if (!deal) throw notFound('deal', id);
    return deal;
  };

  /** Every card that can be rehearsed now: the playbook's, and the objections written in deals. */
  const knownCards = (): RehearsalCard[] => {
    const cards = playbook.cards();
    const byId = new Map(cards.map((card) => [card.id, fromObjectionCard(card)]));
    for (const deal of store.deals.all()) {
      for (const card of dealObjectionCards(deal, cards)) if (!byId.has(card.id)) byId.set(card.id, card);
    }
    return [...byId.values()];
  };

  const deckOptions = (seed: number, count?: number) => ({
    cards: playbook.cards(),
    states: data().states,
    now: now(),
    seed,
    ...(count === undefined ? {} : { count }),
  });

  /** The card an answer is about, and the deal it was rehearsed for. */
  const resolveCard = (cardId: string, dealId: string | null): { card: RehearsalCard; deal: Deal | null } => {
    const deal = dealId === null ? null : requireDeal(dealId);
    const cards = playbook.cards();
    const fromDeal = deal ? dealObjectionCards(deal, cards).find((card) => card.id === cardId) : undefined;
    if (fromDeal) return { card: fromDeal, deal };
    const card = cards.find((candidate) => candidate.id === cardId);
    if (!card) throw notFound('rehearsal card', cardId);
    return { card: fromObjectionCard(card, dealId), deal };
  };

  const checksFor = (input: AnswerCheckInput, deal: Deal | null) =>
    checkAnswer(input.answer, {
      side: deal?.side ?? 'sell',
      ...(deal ? { numbers: resolveNumbers(deal.worksheet, deal.side) } : {}),
      elapsedSeconds: input.elapsedSeconds,
      limitSeconds: input.limitSeconds,
    });

  const countDue = (): number =>
    dueCount(
      data().states,
      knownCards().map((card) => card.id),
      endOfDay(now()),
      { includeNew: false },
    );

  const finishDrill = async (id: string, state: DrillState): Promise<void> => {
    const running = runningDrills.get(id);
    if (!running || state.status === 'running') return;
    runningDrills.delete(id);
    const record: DrillRecord = {
      id,
      dealId: running.dealId,
      startedAt: running.startedAt,
      finishedAt: now().toISOString(),
      openingLine: state.openingLine,
      rounds: state.rounds,
      summary: summariseDrill(state),
    };
    const current = data();
    await save({ ...current, drills: [...current.drills, record].slice(-MAX_DRILL_RECORDS) });
  };

  const viewOf = (id: string, dealId: string | null, state: DrillState): DrillView => ({
    id,
    dealId,
    config: state.config,
    status: state.status,
    openingLine: state.openingLine,
    currentLine: state.currentLine,
    rounds: state.rounds,
    theirOffer: state.theirOffer,
    summary: summariseDrill(state),
  });

  const requireDrill = (id: string) => {
    const running = runningDrills.get(id);
    if (!running) throw notFound('running drill', id);
    return running;
  };

  const playDrill = async (id: string, play: (state: DrillState) => DrillState): Promise<DrillView> => {
    const running = requireDrill(id);
    const next = play(running.state);
    running.state = next;
    await finishDrill(id, next);
    return viewOf(id, running.dealId, next);
  };

  return {
    start: (options: SessionOptions): RehearsalSession => {
      const seed = options.seed ?? hashSeed(now().getTime());
      const { source } = options;
      const deckSource: DeckSource =
        source.kind === 'deal'
          ? { kind: 'deal', deal: requireDeal(source.dealId) }
          : source.kind === 'due'
            ? { kind: 'due', deals: store.deals.all(), includeNew: false }
            : source;
      const deckNow = source.kind === 'due' ? endOfDay(now()) : now();
      const cards = buildDeck(deckSource, { ...deckOptions(seed, options.count), now: deckNow });
      const deals: Record<string, RehearsalDealContext> = {};
      for (const dealId of new Set(cards.flatMap((card) => (card.dealId === null ? [] : [card.dealId])))) {
        const deal = store.deals.get(dealId);
        if (deal) deals[dealId] = dealContextOf(deal);
      }
      const { states, rubric } = data();
      return {
        startedAt: now().toISOString(),
        options: { ...options, seed },
        cards: cards.map((card) => ({
          ...card,
          spokenLine: spokenLine(card, card.dealId === null ? null : (deals[card.dealId] ?? null)),
          schedule: states[card.id] ?? null,
        })),
        deals,
        rubric,
        techniques: playbook.techniques(),
      };
    },

    /** The automatic checks of an answer and what each rating would schedule, for the reveal. */
    check: (input: AnswerCheckInput): AnswerReview => {
      const { deal } = resolveCard(input.cardId, input.dealId);
      const state = data().states[input.cardId] ?? newCardState(now());
      return { checks: checksFor(input, deal), intervals: previewIntervals(state, now()) };
    },

    /** Keeps an answer; a rating (absent in practice mode) moves the card's schedule. */
    recordAttempt: async (input: AttemptInput): Promise<AttemptResult> => {
      const { deal } = resolveCard(input.cardId, input.dealId);
      const current = data();
      const rubricIds = current.rubric.map((item) => item.id);
      const rubricTicks = [...new Set(input.rubricTicks)].filter((id) => rubricIds.includes(id));
      const at = now();
      const attempt: RehearsalAttempt = {
        id: newId(),
        cardId: input.cardId,
        dealId: input.dealId,
        at: at.toISOString(),
        answer: input.answer,
        techniqueIds: [...new Set(input.techniqueIds)],
        elapsedSeconds: input.elapsedSeconds,
        limitSeconds: input.limitSeconds,
        rubricTicks,
        rubricSize: rubricIds.length,
        score: scoreRubric(rubricIds, rubricTicks),
        checks: checksFor(input, deal),
        rating: input.rating,
      };
      const previous = current.states[input.cardId];
      const state =
        input.rating === null ? (previous ?? null) : rateCard(previous ?? newCardState(at), input.rating, at);
      await save({
        ...current,
        states: state === null ? current.states : { ...current.states, [input.cardId]: state },
        attempts: keepRecentAttempts([...current.attempts, attempt]),
      });
      return { attempt, state };
    },

    /** The user's own earlier answers to a card, best first. */
    attempts: (cardId: string, limit: number): RehearsalAttempt[] => bestAttempts(data().attempts, cardId, limit),

    dueCount: countDue,

    overview: (): RehearsalOverview => {
      const { states, drills } = data();
      const titles = new Map(store.deals.all().map((deal) => [deal.id, deal.title]));
      const scheduled: ScheduledCard[] = knownCards()
        .flatMap((card) => {
          const state = states[card.id];
          if (!state || state.state === 'new') return [];
          return [
            {
              cardId: card.id,
              line: card.line,
              dealId: card.dealId,
              dealTitle: card.dealId === null ? null : (titles.get(card.dealId) ?? null),
              state,
            },
          ];
        })
        .sort((a, b) => Date.parse(a.state.due) - Date.parse(b.state.due));
      const cards = playbook.cards();
      return {
        dueCount: countDue(),
        scheduled,
        cardCounts: {
          price: cards.filter((card) => card.type === 'price').length,
          byType: Object.fromEntries(
            OBJECTION_TYPES.map((type) => [type, cards.filter((card) => card.type === type).length]),
          ) as RehearsalOverview['cardCounts']['byType'],
        },
        recentDrills: drills.slice(-RECENT_DRILLS).reverse(),
      };
    },

    progress: (weeks?: number): RehearsalProgress =>
      summariseProgress(data(), { now: now(), dueCount: countDue(), ...(weeks === undefined ? {} : { weeks }) }),

    rubric: (): RubricEntry[] => data().rubric,

    updateRubric: async (items: RubricEntry[]): Promise<RubricEntry[]> => {
      const unnamed = items.find((item) => item.text === null && !isBuiltInRubricItem(item.id));
      if (unnamed) throw new ServiceError('invalid-input', `Rubric item ${unnamed.id} needs a text.`);
      await save({ ...data(), rubric: items });
      return items;
    },

    startDrill: (input: DrillStartInput): DrillView => {
      if (input.dealId !== null) requireDeal(input.dealId);
      const id = newId();
      const { dealId, seed, ...config } = input;
      const state = startDrillState({ ...config, currency: config.currency.toUpperCase(), seed: seed ?? hashSeed(id) });
      runningDrills.set(id, { state, dealId, startedAt: now().toISOString() });
      // Drills left without an ending are dropped, oldest first.
      for (const staleId of [...runningDrills.keys()].slice(0, -MAX_RUNNING_DRILLS)) runningDrills.delete(staleId);
      return viewOf(id, dealId, state);
    },

    respondDrill: ({ id, price, inReturn }: DrillMoveInput): Promise<DrillView> =>
      playDrill(id, (state) => respond(state, { price, inReturn })),

    stopDrill: (id: string): Promise<DrillView> => playDrill(id, stopDrillState),
  };
}

export type RehearsalService = ReturnType<typeof createRehearsalService>;
