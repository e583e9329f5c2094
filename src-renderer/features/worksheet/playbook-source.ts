// Where the worksheet gets playbook content. Built-in for now; switch these to the playbook service
// (which adds the user's own cards) without touching the screens that use them.
import {
  cardSearchDocument,
  CLOSING_METHODS,
  OBJECTION_CARDS,
  searchPlaybook,
  TECHNIQUES,
  type ClosingMethod,
  type LocalizedText,
  type ObjectionCard,
  type Technique,
} from '@shared/playbook';

export type PlaybookSource = {
  cards: readonly ObjectionCard[];
  techniques: readonly Technique[];
  closingMethods: readonly ClosingMethod[];
  searchCards: (query: string) => ObjectionCard[];
};

const documents = OBJECTION_CARDS.map(cardSearchDocument);
const cardsById = new Map(OBJECTION_CARDS.map((card) => [card.id, card]));

const builtIn: PlaybookSource = {
  cards: OBJECTION_CARDS,
  techniques: TECHNIQUES,
  closingMethods: CLOSING_METHODS,
  searchCards: (query) => searchPlaybook(query, documents).flatMap(({ document }) => cardsById.get(document.id) ?? []),
};

export const usePlaybook = (): PlaybookSource => builtIn;

export const localized = (text: LocalizedText, language: string): string =>
  language.startsWith('zh') ? text.zh : text.en;
