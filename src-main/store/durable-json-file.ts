// A lowdb adapter that survives power loss: temp file, fsync, rename, fsync of the folder.
// lowdb's own JSONFile renames without fsync, so a crash can leave an empty file behind.
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { decodeText, encodeText, plainCodec, type FileCodec } from './vault/file-codec';
import { SealedBytesError } from './vault/sealed-bytes';

export class CorruptFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'CorruptFileError';
  }
}

type PendingWrite = { text: string; waiters: { resolve: () => void; reject: (error: unknown) => void }[] };

/** Writes `file` whole or not at all: a temp file beside it, flushed, then renamed over it. */
export async function writeFileDurably(file: string, text: string | Uint8Array): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text);
      // fdatasync: flushes the bytes and the size, skipping timestamps nobody needs back after a crash.
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    // A half-written temp file (a full disk) takes space and is of no use: the real file is intact.
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await syncFolder(dirname(file));
}

/** Writes `text` through `codec` (encrypted when protection is on), whole or not at all. */
export const writeTextDurably = (file: string, text: string, codec: FileCodec): Promise<void> =>
  writeFileDurably(file, encodeText(codec, text));

/** Reads a file written by writeTextDurably; a damaged encrypted file throws SealedBytesError. */
export const readTextFile = async (file: string, codec: FileCodec): Promise<string> =>
  decodeText(codec, await readFile(file));

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for syncing; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes are coalesced: while one write is on its way to disk, later ones wait and only the
 * newest is written, so a burst of autosaves costs two writes at most, not one per keystroke.
 * Writes requested in the same turn of the event loop are merged before the first starts.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private pending: PendingWrite | null = null;
  private isWriting = false;

  constructor(
    readonly file: string,
    private readonly codec: FileCodec = plainCodec,
  ) {}

  async read(): Promise<T | null> {
    let stored: Buffer;
    try {
      stored = await readFile(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let text: string;
    try {
      text = decodeText(this.codec, stored);
    } catch (error) {
      if (error instanceof SealedBytesError) throw new CorruptFileError(this.file, error.message);
      throw error;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new CorruptFileError(this.file, `not valid JSON: ${(error as Error).message}`);
    }
    // null means "no file" to lowdb: a file that says null is damaged, not missing.
    if (data === null) throw new CorruptFileError(this.file, 'not a JSON object');
    return data as T;
  }

  write(data: T): Promise<void> {
    // Compact: a deal file is read at every start, so its size is start-up time.
    const text = JSON.stringify(data);
    return new Promise((resolve, reject) => {
      if (this.pending) {
        this.pending.text = text;
        this.pending.waiters.push({ resolve, reject });
        return;
      }
      this.pending = { text, waiters: [{ resolve, reject }] };
      if (!this.isWriting) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    if (!batch) return;
    this.pending = null;
    this.isWriting = true;
    try {
      // Encrypted (when on) once per write that reaches the disk, not once per coalesced request.
      await writeTextDurably(this.file, batch.text, this.codec);
      for (const waiter of batch.waiters) waiter.resolve();
    } catch (error) {
      for (const waiter of batch.waiters) waiter.reject(error);
    } finally {
      this.isWriting = false;
      if (this.pending) void this.flush();
    }
  }
}
