// The playbook's public surface: all built-in content, plus lookups by id for screens that hold only ids.
import { CLOSING_METHODS, CLOSING_SIGNALS } from './closing';
import { OBJECTION_CARDS } from './objection-cards';
import { cardSearchDocument, techniqueSearchDocument, type PlaybookSearchDocument } from './search';
import { TECHNIQUES } from './techniques';
import type { ClosingMethod, ClosingSignal, ObjectionCard, Technique } from './types';

export * from './types';
export * from './objection-types';
export * from './techniques';
export * from './objection-cards';
export * from './closing';
export * from './counterpart-styles';
export * from './search';
export * from './effective-playbook';
export * from './query';
export * from './listing';

function indexById<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export const TECHNIQUES_BY_ID = indexById(TECHNIQUES);
export const CARDS_BY_ID = indexById(OBJECTION_CARDS);
export const CLOSING_SIGNALS_BY_ID = indexById(CLOSING_SIGNALS);
export const CLOSING_METHODS_BY_ID = indexById(CLOSING_METHODS);

export const findTechnique = (id: string): Technique | undefined => TECHNIQUES_BY_ID.get(id);
export const findCard = (id: string): ObjectionCard | undefined => CARDS_BY_ID.get(id);
export const findClosingSignal = (id: string): ClosingSignal | undefined => CLOSING_SIGNALS_BY_ID.get(id);
export const findClosingMethod = (id: string): ClosingMethod | undefined => CLOSING_METHODS_BY_ID.get(id);

/** The built-in cards and techniques, ready for `searchPlaybook`; custom entries are appended by the caller. */
export const PLAYBOOK_SEARCH_DOCUMENTS: PlaybookSearchDocument[] = [
  ...OBJECTION_CARDS.map(cardSearchDocument),
  ...TECHNIQUES.map(techniqueSearchDocument),
];
