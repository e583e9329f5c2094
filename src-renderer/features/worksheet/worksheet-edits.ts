// Pure edits of the worksheet's lists, shared by every section so each one only says what it changes.
import type { Worksheet } from '@shared/domain/worksheet-types';

/** The worksheet's lists of entries with an id. */
export type ListKey = {
  [K in keyof Worksheet]: Worksheet[K] extends readonly { id: string }[] ? K : never;
}[keyof Worksheet];
export type ItemOf<K extends ListKey> = Worksheet[K][number];

export const newId = (): string => crypto.randomUUID();

const withList = <K extends ListKey>(worksheet: Worksheet, key: K, list: ItemOf<K>[]): Worksheet => ({
  ...worksheet,
  [key]: list,
});

export const addItem = <K extends ListKey>(worksheet: Worksheet, key: K, item: ItemOf<K>): Worksheet =>
  withList(worksheet, key, [...(worksheet[key] as ItemOf<K>[]), item]);

export const updateItem = <K extends ListKey>(
  worksheet: Worksheet,
  key: K,
  id: string,
  patch: Partial<ItemOf<K>>,
): Worksheet =>
  withList(
    worksheet,
    key,
    (worksheet[key] as ItemOf<K>[]).map((item) => (item.id === id ? { ...item, ...patch } : item)),
  );

/** Removing an interest also drops the option scores given against it. */
export const removeItem = <K extends ListKey>(worksheet: Worksheet, key: K, id: string): Worksheet => {
  const next = withList(
    worksheet,
    key,
    (worksheet[key] as ItemOf<K>[]).filter((item) => item.id !== id),
  );
  if (key !== 'interests') return next;
  return {
    ...next,
    options: next.options.map((option) => {
      if (!(id in option.scores)) return option;
      const { [id]: _dropped, ...scores } = option.scores;
      return { ...option, scores };
    }),
  };
};

/** Moves the entry at `from` to `to` within the entries `ids` (a subset of the list, e.g. one party's). */
export const moveItem = <K extends ListKey>(
  worksheet: Worksheet,
  key: K,
  ids: readonly string[],
  from: number,
  to: number,
): Worksheet => {
  const list = worksheet[key] as ItemOf<K>[];
  const movingId = ids[from];
  const targetId = ids[to];
  if (movingId === undefined || targetId === undefined || from === to) return worksheet;
  const moving = list.find((item) => item.id === movingId) as ItemOf<K>;
  const rest = list.filter((item) => item.id !== movingId);
  const targetIndex = rest.findIndex((item) => item.id === targetId);
  rest.splice(to > from ? targetIndex + 1 : targetIndex, 0, moving);
  return withList(worksheet, key, rest);
};
