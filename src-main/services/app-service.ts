// App status: version, where the data lives, and files that could not be read at start.
import type { AppStatus } from '@shared/ipc/contract';
import type { ServiceContext } from './context';

export function createAppService({ store, version }: ServiceContext) {
  return {
    status: (): AppStatus => ({
      version,
      dataDir: store.dataDir,
      dealCount: store.deals.size,
      problems: store.problems,
      readOnly: store.readOnly,
    }),
    dismissProblems: (): null => {
      store.problems.length = 0;
      return null;
    },
  };
}
