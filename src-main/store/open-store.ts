// Opens a data folder: takes the writer lock, then loads workbench.json and the deal index (deal files on demand). A folder that cannot
// be written (read-only, full) opens read-only, without the lock: reading, searching and exporting still work.
import { mkdir, readdir } from 'node:fs/promises';
import type { ReadOnlyReason, StoreProblem } from '@shared/ipc/contract';
import { acquireDataLock, type DataLock } from './data-lock';
import { DEAL_MIGRATIONS, DealStore } from './deal-store';
import { Journal, recoverJournals } from './journal';
import { readOnlyReasonOf } from './read-only';
import { removeTempFiles } from './temp-files';
import { plainCodec, type FileCodec } from './vault/file-codec';
import { WorkbenchStore } from './workbench-store';

export type Store = {
  dataDir: string;
  deals: DealStore;
  workbench: WorkbenchStore;
  /** How every file in the folder is stored: plain, or encrypted with the unlocked data key. */
  codec: FileCodec;
  /** Multi-file changes (imports and their undo) that must land whole. */
  journal: Journal;
  /** Files found unreadable at start (moved aside, or skipped when they could not be moved). */
  problems: StoreProblem[];
  /** Set when the folder could not be written at start; every save then fails with DataFolderReadOnlyError. */
  readOnly: ReadOnlyReason | null;
  /** Resolves when every write started so far is on disk. */
  flush: () => Promise<void>;
  /** Releases the lock, best effort: never throws, false when the lock file could not be removed. */
  close: () => boolean;
};

/** The lock, or the reason the folder can only be read. DataLockedError and other failures are thrown. */
async function lockOrReadOnly(dataDir: string): Promise<{ lock: DataLock | null; readOnly: ReadOnlyReason | null }> {
  try {
    await mkdir(dataDir, { recursive: true });
    return { lock: await acquireDataLock(dataDir), readOnly: null };
  } catch (error) {
    const readOnly = readOnlyReasonOf(error);
    if (!readOnly) throw error;
    return { lock: null, readOnly };
  }
}

export async function openStore(dataDir: string, now: Date, codec: FileCodec = plainCodec): Promise<Store> {
  const { lock, readOnly } = await lockOrReadOnly(dataDir);
  const gate = { readOnly };
  const release = (): boolean => lock?.release() ?? true;
  try {
    // A leftover .workbench.json.tmp is a write that never completed; workbench.json itself is intact.
    if (!readOnly)
      await removeTempFiles(
        dataDir,
        (await readdir(dataDir)).filter((name) => name.startsWith('.')),
      );
    // An interrupted multi-file change is finished before anything is read.
    if (!readOnly) await recoverJournals(dataDir, codec);
    const journal = new Journal(dataDir, codec);
    const [workbench, deals] = await Promise.all([
      WorkbenchStore.open(dataDir, now, [], gate, codec),
      DealStore.open(dataDir, now, DEAL_MIGRATIONS, gate, codec),
    ]);
    // The deal store's own list: files found unreadable while it reads in the background are added to it.
    const problems = deals.problems;
    if (workbench.problem) problems.unshift(workbench.problem);
    return {
      dataDir,
      codec,
      deals: deals.store,
      workbench: workbench.store,
      journal,
      problems,
      readOnly,
      flush: async () => {
        await journal.settled();
        await deals.store.verified.catch(() => undefined);
        await Promise.all([deals.store.flush(), workbench.store.settled()]);
      },
      close: () => {
        deals.store.close();
        return release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
