// The export ports in Electron: printToPDF and printing through a hidden locked-down window, and the save dialog.
import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { ExportPorts, SavePathRequest } from './ports';
import { loadThroughTempFile } from './sheet-temp-file';

const FILTERS: Record<SavePathRequest['format'], Electron.FileFilter> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  markdown: { name: 'Markdown', extensions: ['md'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
};

/**
 * Loads the self-contained page in a hidden window that runs no script and goes nowhere, hands its
 * contents to `use`, then closes it. The temp file it loads from is gone before `use` starts.
 */
async function withPageWindow<T>(html: string, use: (contents: Electron.WebContents) => Promise<T>): Promise<T> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  const contents = window.webContents;
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  try {
    await loadThroughTempFile(html, (file) => window.loadFile(file));
    return await use(contents);
  } finally {
    window.destroy();
  }
}

export function createElectronExportPorts(parentWindow: () => BrowserWindow | null): ExportPorts {
  return {
    // The page sets its paper size and margins with @page; preferCSSPageSize makes printToPDF follow them.
    renderPdf: (html) =>
      withPageWindow(html, (contents) =>
        contents.printToPDF({
          preferCSSPageSize: true,
          printBackground: true,
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
          generateDocumentOutline: true,
        }),
      ),

    chooseSavePath: async ({ fileName, folder, format, title }) => {
      const options: Electron.SaveDialogOptions = {
        title,
        defaultPath: join(folder ?? app.getPath('documents'), fileName),
        filters: [FILTERS[format]],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    printHtml: (html) =>
      withPageWindow(
        html,
        (contents) =>
          new Promise<boolean>((resolve) =>
            contents.print({ silent: false, printBackground: true }, (isPrinted) => resolve(isPrinted)),
          ),
      ),
  };
}
