// Opens a data folder: takes the writer lock, then loads workbench.json and every deal file.
import { mkdir } from 'node:fs/promises';
import type { StoreProblem } from '@shared/ipc/contract';
import { acquireDataLock } from './data-lock';
import { DealStore } from './deal-store';
import { Journal, recoverJournals } from './journal';
import { WorkbenchStore } from './workbench-store';

export type Store = {
  dataDir: string;
  deals: DealStore;
  workbench: WorkbenchStore;
  /** Multi-file changes (imports and their undo) that must land whole. */
  journal: Journal;
  /** Files found unreadable at start (moved aside). */
  problems: StoreProblem[];
  /** Resolves when every write started so far is on disk. */
  flush: () => Promise<void>;
  close: () => void;
};

export async function openStore(dataDir: string, now: Date): Promise<Store> {
  await mkdir(dataDir, { recursive: true });
  const lock = acquireDataLock(dataDir);
  try {
    // An interrupted multi-file change is finished before anything is read.
    await recoverJournals(dataDir);
    const journal = new Journal(dataDir);
    const [workbench, deals] = await Promise.all([WorkbenchStore.open(dataDir, now), DealStore.open(dataDir, now)]);
    const problems = [...(workbench.problem ? [workbench.problem] : []), ...deals.problems];
    return {
      dataDir,
      deals: deals.store,
      workbench: workbench.store,
      journal,
      problems,
      flush: async () => {
        await journal.settled();
        await Promise.all([deals.store.settled(), workbench.store.settled()]);
      },
      close: lock.release,
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
