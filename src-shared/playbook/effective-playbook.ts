// The user's playbook: built-in content with their own, edited and hidden entries laid over it, never changed in place.
import { OBJECTION_CARDS } from './objection-cards';
import { TECHNIQUES } from './techniques';
import type { ObjectionCard, Technique } from './types';

export const PLAYBOOK_ENTRY_KINDS = ['card', 'technique'] as const;
export type PlaybookEntryKind = (typeof PLAYBOOK_ENTRY_KINDS)[number];

/**
 * What workbench.json keeps. An entry whose id is a built-in id is the user's version of that built-in
 * (reset deletes it); any other id is the user's own entry. Hidden ids may be built-in or custom.
 */
export type PlaybookOverrides = {
  cards: ObjectionCard[];
  techniques: Technique[];
  hiddenCardIds: string[];
  hiddenTechniqueIds: string[];
};

export const emptyPlaybookOverrides = (): PlaybookOverrides => ({
  cards: [],
  techniques: [],
  hiddenCardIds: [],
  hiddenTechniqueIds: [],
});

export type EntryOrigin = 'built-in' | 'custom' | 'edited';
export type EntryStatus = { origin: EntryOrigin; isHidden: boolean };
export type EffectiveCard = ObjectionCard & EntryStatus;
export type EffectiveTechnique = Technique & EntryStatus;

export type BuiltInPlaybook = { cards: readonly ObjectionCard[]; techniques: readonly Technique[] };
export const BUILT_IN_PLAYBOOK: BuiltInPlaybook = { cards: OBJECTION_CARDS, techniques: TECHNIQUES };

export type EffectivePlaybook = { cards: EffectiveCard[]; techniques: EffectiveTechnique[] };

function overlay<T extends { id: string }>(
  builtIns: readonly T[],
  own: readonly T[],
  hiddenIds: readonly string[],
): (T & EntryStatus)[] {
  const ownById = new Map(own.map((entry) => [entry.id, entry]));
  const builtInIds = new Set(builtIns.map((entry) => entry.id));
  const hidden = new Set(hiddenIds);
  const status = (id: string, origin: EntryOrigin): EntryStatus => ({ origin, isHidden: hidden.has(id) });
  return [
    ...builtIns.map((entry) => {
      const edited = ownById.get(entry.id);
      return edited ? { ...edited, ...status(entry.id, 'edited') } : { ...entry, ...status(entry.id, 'built-in') };
    }),
    ...own.filter((entry) => !builtInIds.has(entry.id)).map((entry) => ({ ...entry, ...status(entry.id, 'custom') })),
  ];
}

/**
 * Built-ins in their own order with edits in place, then the user's entries in the order they were added.
 * A card never points at a technique that does not exist (a deleted custom one).
 */
export function effectivePlaybook(
  overrides: PlaybookOverrides,
  builtIn: BuiltInPlaybook = BUILT_IN_PLAYBOOK,
): EffectivePlaybook {
  const techniques = overlay(builtIn.techniques, overrides.techniques, overrides.hiddenTechniqueIds);
  const techniqueIds = new Set(techniques.map((technique) => technique.id));
  const cards = overlay(builtIn.cards, overrides.cards, overrides.hiddenCardIds).map((card) => ({
    ...card,
    techniqueIds: card.techniqueIds.filter((id) => techniqueIds.has(id)),
  }));
  return { cards, techniques };
}

/**
 * The playbook the rest of Parley uses: hidden entries left out, and cards recommend only the techniques
 * that remain, so every technique id a card holds can be looked up.
 */
export function visiblePlaybook({ cards, techniques }: EffectivePlaybook): {
  cards: ObjectionCard[];
  techniques: Technique[];
} {
  const visibleTechniques = techniques.filter((technique) => !technique.isHidden).map(withoutStatus);
  const visibleIds = new Set(visibleTechniques.map((technique) => technique.id));
  const visibleCards = cards
    .filter((card) => !card.isHidden)
    .map((card) => ({ ...withoutStatus(card), techniqueIds: card.techniqueIds.filter((id) => visibleIds.has(id)) }));
  return { cards: visibleCards, techniques: visibleTechniques };
}

function withoutStatus<T extends EntryStatus>({
  origin: _origin,
  isHidden: _isHidden,
  ...entry
}: T): Omit<T, keyof EntryStatus> {
  return entry;
}

/** The value with object keys sorted, so equal content compares equal whatever order its keys came in. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([key, item]) => [key, canonical(item)]),
        )
      : value;
const sameContent = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

type Slot = { entries: 'cards' | 'techniques'; hidden: 'hiddenCardIds' | 'hiddenTechniqueIds' };
const SLOTS: Record<PlaybookEntryKind, Slot> = {
  card: { entries: 'cards', hidden: 'hiddenCardIds' },
  technique: { entries: 'techniques', hidden: 'hiddenTechniqueIds' },
};

const builtInsOf = (kind: PlaybookEntryKind, builtIn: BuiltInPlaybook): readonly { id: string }[] =>
  kind === 'card' ? builtIn.cards : builtIn.techniques;

export const isBuiltInId = (kind: PlaybookEntryKind, id: string, builtIn: BuiltInPlaybook = BUILT_IN_PLAYBOOK) =>
  builtInsOf(kind, builtIn).some((entry) => entry.id === id);

type EntryOf<K extends PlaybookEntryKind> = K extends 'card' ? ObjectionCard : Technique;

/**
 * Stores a custom entry (added or replaced in place) or the user's version of a built-in. Saving a built-in
 * exactly as shipped drops the override, so it shows as the original again.
 */
export function withSavedEntry<K extends PlaybookEntryKind>(
  overrides: PlaybookOverrides,
  kind: K,
  entry: EntryOf<K>,
  builtIn: BuiltInPlaybook = BUILT_IN_PLAYBOOK,
): PlaybookOverrides {
  const key = SLOTS[kind].entries;
  const current: readonly { id: string }[] = overrides[key];
  const original = builtInsOf(kind, builtIn).find((candidate) => candidate.id === entry.id);
  const next =
    original && sameContent(original, entry)
      ? current.filter((candidate) => candidate.id !== entry.id)
      : current.some((candidate) => candidate.id === entry.id)
        ? current.map((candidate) => (candidate.id === entry.id ? entry : candidate))
        : [...current, entry];
  return { ...overrides, [key]: next };
}

/** Drops what the user did to an entry: a built-in shows (and is shown) as shipped, a custom entry is deleted. */
export function withoutOverride(overrides: PlaybookOverrides, kind: PlaybookEntryKind, id: string): PlaybookOverrides {
  const { entries, hidden } = SLOTS[kind];
  const remaining: readonly { id: string }[] = overrides[entries];
  return {
    ...overrides,
    [entries]: remaining.filter((entry) => entry.id !== id),
    [hidden]: overrides[hidden].filter((hiddenId) => hiddenId !== id),
  };
}

export function withHidden(
  overrides: PlaybookOverrides,
  kind: PlaybookEntryKind,
  id: string,
  isHidden: boolean,
): PlaybookOverrides {
  const key = SLOTS[kind].hidden;
  const others = overrides[key].filter((hiddenId) => hiddenId !== id);
  return { ...overrides, [key]: isHidden ? [...others, id] : others };
}
