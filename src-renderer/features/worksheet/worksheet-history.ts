// Undo and redo over worksheet edits: a pure reducer, so typing in one field undoes as one step.

/** `tag` says where the change that produced this value was made (a worksheet section). */
export type HistoryEntry<T> = { value: T; tag: string | null };

export type History<T> = {
  past: HistoryEntry<T>[];
  present: HistoryEntry<T>;
  future: HistoryEntry<T>[];
  /** The group of the last edit: further edits of the same group soon after merge into it. */
  group: string | null;
  groupAt: number;
};

export type HistoryAction<T> =
  | { type: 'edit'; recipe: (value: T) => T; tag: string | null; group: string | null; at: number }
  | { type: 'undo' }
  | { type: 'redo' };

/** Edits of one group (one field) less than this apart are one undo step. */
export const GROUP_WINDOW_MS = 1000;
export const HISTORY_LIMIT = 200;

export const createHistory = <T>(value: T): History<T> => ({
  past: [],
  present: { value, tag: null },
  future: [],
  group: null,
  groupAt: 0,
});

export function historyReducer<T>(state: History<T>, action: HistoryAction<T>): History<T> {
  switch (action.type) {
    case 'edit': {
      const value = action.recipe(state.present.value);
      if (Object.is(value, state.present.value)) return state;
      const present = { value, tag: action.tag };
      const isSameGroup =
        action.group !== null && action.group === state.group && action.at - state.groupAt < GROUP_WINDOW_MS;
      if (isSameGroup) return { ...state, present, future: [], groupAt: action.at };
      return {
        past: [...state.past, state.present].slice(-HISTORY_LIMIT),
        present,
        future: [],
        group: action.group,
        groupAt: action.at,
      };
    }
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return {
        past: state.past.slice(0, -1),
        present: previous,
        future: [state.present, ...state.future],
        group: null,
        groupAt: 0,
      };
    }
    case 'redo': {
      const [next, ...future] = state.future;
      if (!next) return state;
      return { past: [...state.past, state.present], present: next, future, group: null, groupAt: 0 };
    }
  }
}

export const canUndo = (state: History<unknown>): boolean => state.past.length > 0;
export const canRedo = (state: History<unknown>): boolean => state.future.length > 0;
