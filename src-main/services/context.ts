// What every service is given: the open store, a clock and an id source (injected, so tests control them).
import type { Store } from '../store/open-store';

export type ServiceContext = {
  store: Store;
  now: () => Date;
  newId: () => string;
  version: string;
};
