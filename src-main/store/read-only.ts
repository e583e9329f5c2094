// A data folder that cannot be written (read-only, full, files held by another program) is opened for reading only.
import type { ReadOnlyReason } from '@shared/ipc/contract';

/** Thrown by every write while the folder is read-only; dispatch answers it with the code 'read-only'. */
export class DataFolderReadOnlyError extends Error {
  constructor(readonly reason: ReadOnlyReason) {
    super(
      `The data folder cannot be written (${reason.code}), so Parley opened it read-only: ` +
        'you can view, search and export, but changes cannot be saved. Free some space or fix the folder’s ' +
        'permissions, then restart Parley.',
    );
    this.name = 'DataFolderReadOnlyError';
  }
}

const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EBUSY']);

/** The reason to open read-only when `error` (from writing in the folder) says it cannot be written; else null. */
export function readOnlyReasonOf(error: unknown): ReadOnlyReason | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && READ_ONLY_CODES.has(code) ? { code } : null;
}

/** Passed to each store: throws while the folder is read-only. */
export type WriteGate = { readOnly: ReadOnlyReason | null };

export function assertWritable(gate: WriteGate): void {
  if (gate.readOnly) throw new DataFolderReadOnlyError(gate.readOnly);
}
