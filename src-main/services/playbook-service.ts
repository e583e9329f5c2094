// Playbook: the built-in content with the user's own, edited and hidden entries; what every other area reads.
import {
  effectivePlaybook,
  isBuiltInId,
  listPlaybook,
  visiblePlaybook,
  withHidden,
  withoutOverride,
  withSavedEntry,
  type EffectivePlaybook,
  type PlaybookEntry,
  type PlaybookEntryRef,
  type PlaybookListing,
  type PlaybookOverrides,
  type PlaybookQuery,
  type PlaybookSaveInput,
} from '@shared/playbook';
import type { ObjectionCard, Technique } from '@shared/playbook/types';
import type { ServiceContext } from './context';
import { notFound, ServiceError } from './service-error';

const CUSTOM_ID_PREFIX = { card: 'custom-card-', technique: 'custom-technique-' } as const;

export function createPlaybookService({ store, newId }: ServiceContext) {
  // The store replaces the section on every write, so the section object itself is the cache key.
  let cached: { overrides: PlaybookOverrides; playbook: EffectivePlaybook } | null = null;
  const effective = (): EffectivePlaybook => {
    const overrides = store.workbench.data.playbook;
    if (cached?.overrides !== overrides) cached = { overrides, playbook: effectivePlaybook(overrides) };
    return cached.playbook;
  };
  const persist = (next: PlaybookOverrides): Promise<void> => store.workbench.update('playbook', next);

  const get = ({ kind, id }: PlaybookEntryRef): PlaybookEntry => {
    const playbook = effective();
    if (kind === 'card') {
      const card = playbook.cards.find((entry) => entry.id === id);
      if (card) return { kind, card };
    } else {
      const technique = playbook.techniques.find((entry) => entry.id === id);
      if (technique) return { kind, technique };
    }
    throw notFound(kind === 'card' ? 'objection card' : 'technique', id);
  };

  /** The id to save under: a fresh one for a new entry, else the existing entry's. */
  const idFor = (kind: PlaybookEntryRef['kind'], id: string | null): string => {
    if (id === null) return `${CUSTOM_ID_PREFIX[kind]}${newId()}`;
    get({ kind, id });
    return id;
  };

  const save = async (input: PlaybookSaveInput): Promise<PlaybookEntry> => {
    const overrides = store.workbench.data.playbook;
    if (input.kind === 'technique') {
      const technique: Technique = { ...input.technique, id: idFor('technique', input.technique.id) };
      await persist(withSavedEntry(overrides, 'technique', technique));
      return get({ kind: 'technique', id: technique.id });
    }
    const known = new Set(effective().techniques.map((technique) => technique.id));
    const unknown = input.card.techniqueIds.find((techniqueId) => !known.has(techniqueId));
    if (unknown !== undefined) throw new ServiceError('invalid-input', `No technique with id ${unknown}.`);
    const card: ObjectionCard = {
      ...input.card,
      id: idFor('card', input.card.id),
      natures: [...new Set(input.card.natures)],
      techniqueIds: [...new Set(input.card.techniqueIds)],
    };
    await persist(withSavedEntry(overrides, 'card', card));
    return get({ kind: 'card', id: card.id });
  };

  const requireOrigin = (ref: PlaybookEntryRef, isBuiltIn: boolean, action: string): PlaybookEntry => {
    const entry = get(ref);
    if (isBuiltInId(ref.kind, ref.id) !== isBuiltIn)
      throw new ServiceError('conflict', `Only ${isBuiltIn ? 'built-in' : 'custom'} entries can be ${action}.`);
    return entry;
  };

  return {
    /** The objection cards the rest of Parley uses: built-in and custom, edits applied, hidden ones left out. */
    cards: (): ObjectionCard[] => visiblePlaybook(effective()).cards,
    /** The techniques those cards may recommend: every technique id in `cards()` is one of these. */
    techniques: (): Technique[] => visiblePlaybook(effective()).techniques,
    list: (query: PlaybookQuery): PlaybookListing => listPlaybook(effective(), query),
    get,
    save,
    /** Puts a built-in back as shipped: the user's edit is dropped and it is shown again. */
    reset: async (ref: PlaybookEntryRef): Promise<PlaybookEntry> => {
      requireOrigin(ref, true, 'reset');
      await persist(withoutOverride(store.workbench.data.playbook, ref.kind, ref.id));
      return get(ref);
    },
    setHidden: async (ref: PlaybookEntryRef, isHidden: boolean): Promise<PlaybookEntry> => {
      get(ref);
      await persist(withHidden(store.workbench.data.playbook, ref.kind, ref.id, isHidden));
      return get(ref);
    },
    /** Deletes a custom entry and returns it as it was; built-ins can only be hidden. */
    remove: async (ref: PlaybookEntryRef): Promise<PlaybookEntry> => {
      const entry = requireOrigin(ref, false, 'deleted');
      await persist(withoutOverride(store.workbench.data.playbook, ref.kind, ref.id));
      return entry;
    },
  };
}

export type PlaybookService = ReturnType<typeof createPlaybookService>;
