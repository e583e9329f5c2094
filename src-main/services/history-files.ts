// Saving a History export (CSV, backup) where the user chooses, through the same save-dialog port as the prep sheet.
import { extname } from 'node:path';
import type { ChooseSavePath, DataFileFormat } from '../export/ports';
import type { ServiceContext } from './context';
import { writeExport } from './export-file';
import { ServiceError } from './service-error';

export type SaveRequest = { fileName: string; format: DataFileFormat; title: string };
export type SavedFile = { status: 'saved'; path: string } | { status: 'cancelled' };

export type HistoryFiles = {
  /** Asks where to save, then writes `content` there; the folder is remembered for the next export. */
  save: (request: SaveRequest, content: () => string) => Promise<SavedFile>;
  /** Today as yyyy-mm-dd, for file names. */
  today: () => string;
};

export function createHistoryFiles(
  { store, now }: ServiceContext,
  chooseSavePath: ChooseSavePath | undefined,
): HistoryFiles {
  return {
    save: async ({ fileName, format, title }, content) => {
      if (!chooseSavePath) throw new ServiceError('internal', 'Saving files is not available in this environment.');
      const chosen = await chooseSavePath({ fileName, folder: store.workbench.data.export.lastFolder, format, title });
      if (chosen === null) return { status: 'cancelled' };
      const path = extname(chosen).toLowerCase() === `.${format}` ? chosen : `${chosen}.${format}`;
      await writeExport(store, path, content());
      return { status: 'saved', path };
    },
    today: () => now().toISOString().slice(0, 10),
  };
}
