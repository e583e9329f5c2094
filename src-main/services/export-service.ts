// Exports: the prep sheet as an in-app preview, a saved PDF or Markdown file, or a print.
import { extname } from 'node:path';
import type { Deal } from '@shared/domain/deal';
import {
  buildPrepSheet,
  fill,
  PREP_SHEET_LABELS,
  type ExportFormat,
  type PrepSheetExportResult,
  type PrepSheetPreview,
  type PrepSheetPrintResult,
  type PrepSheetRequest,
} from '@shared/domain/prep-sheet';
import { createFontEmbedder } from '../export/embedded-fonts';
import type { ExportPorts } from '../export/ports';
import { renderPrepSheetHtml } from '../export/prep-sheet-html';
import { renderPrepSheetMarkdown } from '../export/prep-sheet-markdown';
import type { ServiceContext } from './context';
import { writeExport } from './export-file';
import { ServiceError } from './service-error';

export type ExportServiceOptions = {
  /** Missing ports make their channels fail with a clear message (e.g. PDF in a plain Node run). */
  ports: Partial<ExportPorts>;
  /** Holds noto-sans-sc.css and its woff2 chunks. */
  fontsDir: string;
};

const EXTENSIONS: Record<ExportFormat, string> = { pdf: '.pdf', markdown: '.md' };

/** Characters no file system accepts, or that some treat specially. */
const safeFileName = (name: string): string =>
  name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120) || 'prep-sheet';

const withExtension = (path: string, format: ExportFormat): string =>
  extname(path).toLowerCase() === EXTENSIONS[format] ? path : `${path}${EXTENSIONS[format]}`;

export function createExportService(
  { store, now }: ServiceContext,
  requireDeal: (id: string) => Deal,
  { ports, fontsDir }: ExportServiceOptions,
) {
  const embedFonts = createFontEmbedder(fontsDir);

  const sheetOf = ({ dealId, language, variant }: PrepSheetRequest) =>
    buildPrepSheet(requireDeal(dealId), { language, variant, now: now() });

  const htmlOf = (request: PrepSheetRequest): Promise<string> =>
    renderPrepSheetHtml(sheetOf(request), { paper: request.paper, embedFonts });

  const required = <K extends keyof ExportPorts>(name: K, what: string): ExportPorts[K] => {
    const port = ports[name];
    if (!port) throw new ServiceError('internal', `${what} is not available in this environment.`);
    return port;
  };

  return {
    preview: async (request: PrepSheetRequest): Promise<PrepSheetPreview> => {
      const sheet = sheetOf(request);
      return {
        html: await renderPrepSheetHtml(sheet, { paper: request.paper, embedFonts }),
        withheldMentions: sheet.withheldMentions,
      };
    },

    exportPrepSheet: async (request: PrepSheetRequest & { format: ExportFormat }): Promise<PrepSheetExportResult> => {
      const { format, language, variant } = request;
      const deal = requireDeal(request.dealId);
      const labels = PREP_SHEET_LABELS[language];
      const chosen = await required(
        'chooseSavePath',
        'Saving files',
      )({
        fileName: `${safeFileName(fill(labels.fileName[variant], { title: deal.title }))}${EXTENSIONS[format]}`,
        folder: store.workbench.data.export.lastFolder,
        format,
        title: labels.documentTitle,
      });
      if (chosen === null) return { status: 'cancelled' };
      const path = withExtension(chosen, format);
      const content =
        format === 'pdf'
          ? await required('renderPdf', 'PDF export')(await htmlOf(request))
          : renderPrepSheetMarkdown(sheetOf(request));
      await writeExport(store, path, content);
      return { status: 'saved', path, format };
    },

    print: async (request: PrepSheetRequest): Promise<PrepSheetPrintResult> => {
      const print = required('printHtml', 'Printing');
      return { status: (await print(await htmlOf(request))) ? 'printed' : 'cancelled' };
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
