// What every worksheet section needs: the worksheet, its analysis, and one way to edit it (undoable, autosaved).
import { createContext, useContext } from 'react';
import type { NegotiationSide } from '@shared/domain/deal';
import type { WorksheetAnalysis } from '@shared/domain/worksheet';
import type { Worksheet } from '@shared/domain/worksheet-types';
import { addItem, moveItem, removeItem, updateItem, type ItemOf, type ListKey } from './worksheet-edits';
import type { SectionId } from './sections';

export type WorksheetEditor = {
  dealId: string;
  side: NegotiationSide;
  currency: string;
  worksheet: Worksheet;
  analysis: WorksheetAnalysis;
  /** `group` merges quick successive edits of one field into one undo step. */
  edit: (recipe: (worksheet: Worksheet) => Worksheet, group?: string) => void;
  money: (value: number | null) => string;
  goTo: (section: SectionId) => void;
};

export const WorksheetContext = createContext<WorksheetEditor | null>(null);

export function useWorksheet(): WorksheetEditor {
  const editor = useContext(WorksheetContext);
  if (!editor) throw new Error('useWorksheet outside the worksheet editor');
  return editor;
}

/** Add, change, remove and reorder the entries of one of the worksheet's lists. */
export function useList<K extends ListKey>(key: K) {
  const { worksheet, edit } = useWorksheet();
  return {
    items: worksheet[key] as ItemOf<K>[],
    add: (item: ItemOf<K>): string => {
      edit((current) => addItem(current, key, item));
      return item.id;
    },
    update: (id: string, patch: Partial<ItemOf<K>>): void =>
      edit((current) => updateItem(current, key, id, patch), `${key}:${id}:${Object.keys(patch).join(',')}`),
    remove: (id: string): void => edit((current) => removeItem(current, key, id)),
    move: (ids: readonly string[], from: number, to: number): void =>
      edit((current) => moveItem(current, key, ids, from, to)),
  };
}
