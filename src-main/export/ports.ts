// What exporting needs from the outside world, injected so the same code runs in Electron and in tests.
import type { ExportFormat } from '@shared/domain/prep-sheet';

/** Renders a self-contained HTML page to PDF bytes: Electron's printToPDF in the app, Chromium's page.pdf() in tests. */
export type RenderPdf = (html: string) => Promise<Uint8Array>;

/** Files the History screen saves: CSV exports and backups. */
export type DataFileFormat = 'csv' | 'json';

export type SavePathRequest = {
  /** Suggested file name with its extension. */
  fileName: string;
  /** The folder the user saved to last time, or null to let the port choose. */
  folder: string | null;
  format: ExportFormat | DataFileFormat;
  /** The dialog's title, in the sheet's language. */
  title: string;
};

/** Asks where to save: the save dialog in the app; a temp path in tests. Null when the user cancels. */
export type ChooseSavePath = (request: SavePathRequest) => Promise<string | null>;

/** Sends the page to a printer (the system print dialog in the app); false when the user cancels. */
export type PrintHtml = (html: string) => Promise<boolean>;

export type ExportPorts = { renderPdf: RenderPdf; chooseSavePath: ChooseSavePath; printHtml: PrintHtml };
