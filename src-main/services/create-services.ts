// The backend: every service wired to one store. Runs the same in Electron, tests and benchmarks.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { EmitEvent } from '@shared/ipc/contract';
import type { ExportPorts } from '../export/ports';
import { openStore } from '../store/open-store';
import { createAppService } from './app-service';
import { createComplaintsService } from './complaints-service';
import type { ServiceContext } from './context';
import { createDealsService } from './deals-service';
import { createExportService } from './export-service';
import { createHistoryService } from './history-service';
import { createPlaybookService } from './playbook-service';
import { createRehearsalService } from './rehearsal-service';
import { createSettingsService } from './settings-service';
import { createWorksheetService } from './worksheet-service';

export type ServiceOptions = {
  dataDir: string;
  version?: string;
  now?: () => Date;
  newId?: () => string;
  /** Where events for the renderer go (the window in the app, the page in end-to-end tests). */
  emit?: EmitEvent;
  /** Export ports (PDF renderer, save dialog, printer) and the folder of the bundled fonts. */
  export?: { ports?: Partial<ExportPorts>; fontsDir?: string };
};

// The repository's fonts: right for tests and development; the app passes its build's copy.
const REPOSITORY_FONTS = resolve(import.meta.dirname, '../../resources/fonts');

export async function createServices(options: ServiceOptions) {
  const now = options.now ?? (() => new Date());
  const store = await openStore(options.dataDir, now());
  const context: ServiceContext = {
    store,
    now,
    newId: options.newId ?? randomUUID,
    version: options.version ?? '0.0.0',
    emit: options.emit ?? (() => undefined),
  };
  const deals = createDealsService(context);
  const playbook = createPlaybookService(context);
  return {
    context,
    app: createAppService(context),
    settings: createSettingsService(context),
    deals,
    playbook,
    rehearsal: createRehearsalService(context, playbook),
    worksheet: createWorksheetService(context, deals),
    export: createExportService(context, deals.requireDeal, {
      ports: options.export?.ports ?? {},
      fontsDir: options.export?.fontsDir ?? REPOSITORY_FONTS,
    }),
    complaints: createComplaintsService(context, deals),
    history: createHistoryService(context, deals, playbook, { chooseSavePath: options.export?.ports?.chooseSavePath }),
    flush: (): Promise<void> => store.flush(),
    close: (): boolean => store.close(),
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
