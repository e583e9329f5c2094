// The backend: every service wired to one store. Runs the same in Electron, tests and benchmarks.
import { randomUUID } from 'node:crypto';
import { openStore } from '../store/open-store';
import { createAppService } from './app-service';
import type { ServiceContext } from './context';
import { createDealsService } from './deals-service';
import { createSettingsService } from './settings-service';

export type ServiceOptions = {
  dataDir: string;
  version?: string;
  now?: () => Date;
  newId?: () => string;
};

export async function createServices(options: ServiceOptions) {
  const now = options.now ?? (() => new Date());
  const store = await openStore(options.dataDir, now());
  const context: ServiceContext = {
    store,
    now,
    newId: options.newId ?? randomUUID,
    version: options.version ?? '0.0.0',
  };
  return {
    context,
    app: createAppService(context),
    settings: createSettingsService(context),
    deals: createDealsService(context),
    close: (): void => store.close(),
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
