// Builds a rehearsal session's deck: which objection cards to practise, in which order.
import type { Deal } from '../deal';
import type { ExpectedObjection } from '../worksheet-types';
import type { LocalizedText, ObjectionCard, ObjectionType, PriceSituation } from '../../playbook/types';
import { type CardState, type CardStates, isDue, weakness } from './scheduling';
import { createRandom } from './seeded-random';

/** One card of a session: a playbook objection, or one written in a deal's worksheet. */
export type RehearsalCard = {
  id: string;
  line: LocalizedText; // what the counterpart says
  /** Null for objections written for a deal: the worksheet does not classify them. */
  type: ObjectionType | null;
  situation: PriceSituation | null;
  techniqueIds: string[];
  modelAnswers: LocalizedText[];
  trap: LocalizedText | null;
  source: 'playbook' | 'deal';
  /** The deal the card was drawn for, when the deck came from a deal. */
  dealId: string | null;
  /** The answer the user prepared in the deal's worksheet, shown next to the model answers. */
  preparedAnswer: string | null;
};

export type DeckSource =
  | { kind: 'deal'; deal: Deal }
  | { kind: 'price' }
  | { kind: 'type'; type: ObjectionType }
  /** Cards due now; never-rehearsed cards come after the overdue ones unless `includeNew` is false. */
  | { kind: 'due'; deals?: readonly Deal[]; includeNew?: boolean };

export type DeckOptions = {
  /** The playbook's objection cards (built-in and custom). */
  cards: readonly ObjectionCard[];
  states: CardStates;
  now: Date;
  seed: number;
  /** At most this many cards; all that match when omitted. */
  count?: number;
};

/** The id under which a deal's written objection keeps its schedule. */
export function dealCardId(dealId: string, expectedObjectionId: string): string {
  return `deal:${dealId}:${expectedObjectionId}`;
}

export function fromObjectionCard(card: ObjectionCard, dealId: string | null = null): RehearsalCard {
  return {
    id: card.id,
    line: card.line,
    type: card.type,
    situation: card.situation,
    techniqueIds: [...card.techniqueIds],
    modelAnswers: [...card.modelAnswers],
    trap: card.trap,
    source: 'playbook',
    dealId,
    preparedAnswer: null,
  };
}

function fromExpectedObjection(
  deal: Deal,
  expected: ExpectedObjection,
  cardsById: ReadonlyMap<string, ObjectionCard>,
): RehearsalCard | null {
  const preparedAnswer = expected.answer.trim() || null;
  const card = expected.cardId === null ? undefined : cardsById.get(expected.cardId);
  if (card) {
    // The playbook card keeps its own id so its schedule is shared across deals.
    const techniqueIds = expected.techniqueIds.length > 0 ? expected.techniqueIds : card.techniqueIds;
    return { ...fromObjectionCard(card, deal.id), techniqueIds: [...techniqueIds], preparedAnswer };
  }
  const text = expected.text.trim();
  if (text === '') return null;
  // Written in whichever language the user uses; both fields carry it.
  return {
    id: dealCardId(deal.id, expected.id),
    line: { en: text, zh: text },
    type: null,
    situation: null,
    techniqueIds: [...expected.techniqueIds],
    modelAnswers: preparedAnswer === null ? [] : [{ en: preparedAnswer, zh: preparedAnswer }],
    trap: null,
    source: 'deal',
    dealId: deal.id,
    preparedAnswer,
  };
}

/** The deal's expected objections as cards, in worksheet order, without duplicates. */
export function dealObjectionCards(deal: Deal, cards: readonly ObjectionCard[]): RehearsalCard[] {
  const cardsById = new Map(cards.map((card) => [card.id, card]));
  const seen = new Set<string>();
  const result: RehearsalCard[] = [];
  for (const expected of deal.worksheet.expectedObjections) {
    const card = fromExpectedObjection(deal, expected, cardsById);
    if (card && !seen.has(card.id)) {
      seen.add(card.id);
      result.push(card);
    }
  }
  return result;
}

/**
 * Orders cards by need: overdue rehearsed cards first (weakest first), then never-rehearsed
 * ones, then the rest (weakest first). Ties are broken by the seed, so a session is
 * reproducible but two seeds give two different orders.
 */
export function orderByNeed<T extends { id: string }>(
  cards: readonly T[],
  states: CardStates,
  now: Date,
  seed: number,
): T[] {
  const random = createRandom(seed);
  const group = (state: CardState | undefined): number =>
    state === undefined || state.state === 'new' ? 1 : isDue(state, now) ? 0 : 2;
  return cards
    .map((card) => {
      const state = states[card.id];
      return { card, group: group(state), weakness: weakness(state, now), tieBreak: random() };
    })
    .sort((a, b) => a.group - b.group || b.weakness - a.weakness || a.tieBreak - b.tieBreak)
    .map((entry) => entry.card);
}

function limit<T>(cards: readonly T[], count: number | undefined): T[] {
  if (count === undefined) return [...cards];
  return cards.slice(0, Math.max(0, Math.floor(count)));
}

/**
 * Builds the deck for a session. For a deal: its expected objections first (in the order the
 * user listed them), then – for a selling deal, since price cards are the buyer's lines – the
 * playbook's price cards, due and weak ones first.
 */
export function buildDeck(source: DeckSource, options: DeckOptions): RehearsalCard[] {
  const { cards, states, now, seed, count } = options;
  const ordered = (pool: readonly RehearsalCard[]): RehearsalCard[] => orderByNeed(pool, states, now, seed);
  const priceCards = cards.filter((card) => card.type === 'price');

  switch (source.kind) {
    case 'deal': {
      const own = dealObjectionCards(source.deal, cards);
      const ownIds = new Set(own.map((card) => card.id));
      const extra =
        source.deal.side === 'sell'
          ? priceCards.filter((card) => !ownIds.has(card.id)).map((card) => fromObjectionCard(card, source.deal.id))
          : [];
      return limit([...own, ...ordered(extra)], count);
    }
    case 'price':
      return limit(ordered(priceCards.map((card) => fromObjectionCard(card))), count);
    case 'type':
      return limit(
        ordered(cards.filter((card) => card.type === source.type).map((card) => fromObjectionCard(card))),
        count,
      );
    case 'due': {
      const includeNew = source.includeNew ?? true;
      const pool = new Map<string, RehearsalCard>();
      for (const card of cards) pool.set(card.id, fromObjectionCard(card));
      for (const deal of source.deals ?? []) {
        for (const card of dealObjectionCards(deal, cards)) {
          if (!pool.has(card.id)) pool.set(card.id, card);
        }
      }
      const due = [...pool.values()].filter((card) => {
        const state = states[card.id];
        const isNew = state === undefined || state.state === 'new';
        return isNew ? includeNew : isDue(state, now);
      });
      return limit(ordered(due), count);
    }
  }
}
