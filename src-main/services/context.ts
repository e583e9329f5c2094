// What every service is given: the open store, a clock and an id source (injected, so tests control them).
import type { EmitEvent } from '@shared/ipc/contract';
import type { Store } from '../store/open-store';

export type ServiceContext = {
  store: Store;
  now: () => Date;
  newId: () => string;
  version: string;
  /** Sends progress and other events to the renderer. */
  emit: EmitEvent;
};
