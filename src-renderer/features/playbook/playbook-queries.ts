// The listings the Playbook screen asks for, starting from "everything of this kind".
import { defaultPlaybookQuery, type PlaybookQuery } from '@shared/playbook/query';

export type CardFilters = Pick<PlaybookQuery, 'type' | 'nature' | 'techniqueId' | 'situation'>;

export const NO_CARD_FILTERS: CardFilters = { type: null, nature: null, techniqueId: null, situation: null };

export const ALL_CARDS_QUERY: PlaybookQuery = defaultPlaybookQuery('cards');

/** Every technique, hidden ones too: cards and forms look technique names up by id. */
export const ALL_TECHNIQUES_QUERY: PlaybookQuery = { ...defaultPlaybookQuery('techniques'), includeHidden: true };
