// What the Playbook screen asks the backend for and gets back; shapes only, so the renderer stays light.
import type { EffectiveCard, EffectiveTechnique } from './effective-playbook';
import type {
  ClosingMethod,
  ClosingPitfall,
  ClosingSignal,
  CounterpartStyleInfo,
  ObjectionCard,
  ObjectionNature,
  ObjectionType,
  PriceSituation,
  Technique,
} from './types';

export const PLAYBOOK_KINDS = ['cards', 'techniques', 'closing', 'styles'] as const;
export type PlaybookKind = (typeof PLAYBOOK_KINDS)[number];

export const CLOSING_SIGNAL_KINDS = [
  'verbal',
  'behavioural',
  'facial',
] as const satisfies readonly ClosingSignal['kind'][];
export type ClosingSignalKind = (typeof CLOSING_SIGNAL_KINDS)[number];

/** Filters that do not apply to the kind asked for are ignored (a card type means nothing to techniques). */
export type PlaybookQuery = {
  kind: PlaybookKind;
  search: string;
  type: ObjectionType | null;
  nature: ObjectionNature | null;
  techniqueId: string | null;
  situation: PriceSituation | null;
  signalKind: ClosingSignalKind | null;
  includeHidden: boolean;
};

export const defaultPlaybookQuery = (kind: PlaybookKind = 'cards'): PlaybookQuery => ({
  kind,
  search: '',
  type: null,
  nature: null,
  techniqueId: null,
  situation: null,
  signalKind: null,
  includeHidden: false,
});

/** `total` counts the entries of the kind before any filter, hidden ones included; `hiddenCount` how many are hidden. */
export type PlaybookListing =
  | { kind: 'cards'; cards: EffectiveCard[]; total: number; hiddenCount: number }
  | { kind: 'techniques'; techniques: EffectiveTechnique[]; total: number; hiddenCount: number }
  | { kind: 'closing'; signals: ClosingSignal[]; methods: ClosingMethod[]; pitfalls: ClosingPitfall[] }
  | { kind: 'styles'; styles: CounterpartStyleInfo[] };

export type PlaybookEntryRef = { kind: 'card' | 'technique'; id: string };

export type PlaybookEntry =
  { kind: 'card'; card: EffectiveCard } | { kind: 'technique'; technique: EffectiveTechnique };

/** A new entry has no id yet; an id means the user's version of that entry (built-in or custom). */
export type CardDraft = Omit<ObjectionCard, 'id'> & { id: string | null };
export type TechniqueDraft = Omit<Technique, 'id'> & { id: string | null };
export type PlaybookSaveInput = { kind: 'card'; card: CardDraft } | { kind: 'technique'; technique: TechniqueDraft };
