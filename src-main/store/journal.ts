// Changes to many files that land whole or not at all, across crashes: the change is first written as one
// journal file (fsync, rename: the commit point), then applied; the next start finishes any journal it finds.
// It knows nothing of deals or JSON, so any multi-file change (imports, undo, encryption on/off) can use it.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { readTextFile, writeTextDurably } from './durable-json-file';
import { PendingWrites } from './pending-writes';
import { plainCodec, type FileCodec } from './vault/file-codec';

export const JOURNAL_DIR = 'journal';

/** One file's new text (null removes it), relative to the data folder. */
export type JournalChange = { file: string; text: string | null };

/** A change with the hash of the text it replaces, so a replay never overwrites what was saved after it. */
type JournalEntry = JournalChange & { base: string | null };

type JournalRecord = { id: string; entries: JournalEntry[] };

export type JournalCommit = { id: string; changes: readonly JournalChange[] };

/** The hash of a file's stored bytes (encrypted or not): only ever compared with itself. */
const bytesHash = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('base64');

const journalFile = (dataDir: string, id: string): string => join(dataDir, JOURNAL_DIR, `${id}.json`);

function resolveInside(dataDir: string, file: string): string {
  const path = normalize(join(dataDir, file));
  if (!path.startsWith(normalize(dataDir) + sep)) throw new Error(`journal entry outside the data folder: ${file}`);
  return path;
}

async function currentHash(path: string): Promise<string | null> {
  try {
    return bytesHash(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The paths among these that exist now, found by listing each folder once (a missing folder holds none). */
async function existingFilesIn(paths: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const folder of new Set(paths.map((path) => dirname(path)))) {
    try {
      for (const name of await readdir(folder)) found.add(join(folder, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return found;
}

const CONCURRENCY = 16;

async function eachLimited<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}

export class Journal {
  private readonly applying = new PendingWrites();

  constructor(
    private readonly dataDir: string,
    private readonly codec: FileCodec = plainCodec,
  ) {}

  /**
   * Makes the change durable as one journal file and resolves: from then on it survives any crash (the next
   * start applies it). Each entry remembers the hash of the file it replaces, as it is on disk now.
   */
  async commit(changes: readonly JournalChange[]): Promise<JournalCommit> {
    const id = `${Date.now().toString(36)}-${randomUUID()}`;
    const entries: JournalEntry[] = new Array(changes.length);
    const paths = changes.map((change) => resolveInside(this.dataDir, change.file));
    // One listing per folder instead of one failed open per new file: an import adds thousands of files.
    const existing = await existingFilesIn(paths);
    await eachLimited(
      changes.map((change, index) => ({ change, index })),
      async ({ change, index }) => {
        const path = paths[index] as string;
        entries[index] = { ...change, base: existing.has(path) ? await currentHash(path) : null };
      },
    );
    const record: JournalRecord = { id, entries };
    await mkdir(join(this.dataDir, JOURNAL_DIR), { recursive: true });
    await writeTextDurably(journalFile(this.dataDir, id), JSON.stringify(record), this.codec);
    return { id, changes };
  }

  /** Once the caller has written every change durably itself, the journal is no longer needed. */
  complete(commit: JournalCommit): Promise<void> {
    return this.applying.track(rm(journalFile(this.dataDir, commit.id), { force: true }));
  }

  /** Tracks the caller's work of applying a commit, so `settled` (and quitting) waits for it. */
  track<T>(work: Promise<T>): Promise<T> {
    return this.applying.track(work);
  }

  settled(): Promise<void> {
    return this.applying.settled();
  }
}

/**
 * Run at start, before anything reads the data folder: applies every journal a crash left behind (a file is
 * written only while it still holds the text the change replaced, so later saves win) and removes unfinished
 * journal temp files (a commit that never reached its commit point is rolled back by forgetting it).
 */
export async function recoverJournals(dataDir: string, codec: FileCodec = plainCodec): Promise<number> {
  const folder = join(dataDir, JOURNAL_DIR);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let applied = 0;
  for (const name of names.sort()) {
    const path = join(folder, name);
    if (!name.endsWith('.json')) {
      await rm(path, { force: true });
      continue;
    }
    const record = JSON.parse(await readTextFile(path, codec)) as JournalRecord;
    await eachLimited(record.entries, async (entry) => {
      const target = resolveInside(dataDir, entry.file);
      const now = await currentHash(target);
      if (now !== entry.base) return; // already applied, or saved again since
      if (entry.text === null) await rm(target, { force: true });
      else {
        await mkdir(dirname(target), { recursive: true });
        await writeTextDurably(target, entry.text, codec);
      }
    });
    await rm(path, { force: true });
    applied += 1;
  }
  return applied;
}
