// One file per deal (deals/<id>.json): saving a deal rewrites only its own file. What the store shows changes
// when the write is on disk; a failed write rolls the change back, so the window shows what a restart would.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Deal } from '@shared/domain/deal';
import type { StoreProblem } from '@shared/ipc/contract';
import { fileNameId } from '../schemas/common';
import { backfillDealFields, dealSchema } from '../schemas/deal-schema';
import { DurableJsonFile } from './durable-json-file';
import { checkBeforeWrite, openDocument, type DocumentSpec } from './json-document';
import { withResolvedWalkAway } from '@shared/domain/worksheet';
import { storeResolvedWalkAway } from './deal-migrations';
import { addComplaintLog } from './complaint-log-migration';
import type { Migration } from './migrations';
import { PendingWrites } from './pending-writes';
import { setAside } from './quarantine';
import { assertWritable, type WriteGate } from './read-only';
import { removeTempFiles } from './temp-files';

export const DEALS_DIR = 'deals';
export const DEAL_SCHEMA_VERSION = 4;

/** Each migration turns a deal file of version `from` into the next version. */
export const DEAL_MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    migrate: (data) => ({ ...data, deal: backfillDealFields(data.deal) }),
  },
  storeResolvedWalkAway,
  addComplaintLog,
];

/** A deal as it is stored: its walk-away field holds the resolved walk-away, never a stale figure. */
const asStored = (deal: Deal): Deal => {
  const worksheet = withResolvedWalkAway(deal.worksheet, deal.side);
  return worksheet === deal.worksheet ? deal : { ...deal, worksheet };
};

export type DealFile = { schemaVersion: number; deal: Deal };

/** Told about every save (the new deal) and removal (null), so derived caches stay current one deal at a time. */
export type DealChangeListener = (id: string, deal: Deal | null) => void;

const dealFileSchema = z.object({ schemaVersion: z.number(), deal: dealSchema });

const dealFileSpec = (migrations: readonly Migration[]): DocumentSpec<DealFile> => ({
  schema: dealFileSchema,
  version: DEAL_SCHEMA_VERSION,
  migrations,
});

const LOAD_CONCURRENCY = 64;
/** Enough writes in flight to keep the disk busy, few enough to stay far from the open-file limit. */
const JOURNAL_WRITE_CONCURRENCY = 16;

/** Deal ids that differ only by case name one file on Windows and macOS: the second is refused. */
export class DealIdClashError extends Error {
  constructor(id: string, existing: string) {
    super(`The deal id ${id} differs from the existing ${existing} only by case; they would share one file.`);
    this.name = 'DealIdClashError';
  }
}

/** A change on its way to disk: the deal to save, or null for a removal. */
type PendingChange = { deal: Deal | null };

export class DealStore {
  private readonly writes = new PendingWrites();
  private readonly listeners = new Set<DealChangeListener>();
  /** One adapter per file, so writes to the same deal are queued and coalesced, never raced. */
  private readonly files = new Map<string, DurableJsonFile<DealFile>>();
  /** The newest change per deal not yet on disk: reads see it, and it is dropped if its write fails. */
  private readonly pending = new Map<string, PendingChange>();
  /** Every id held (stored or on its way), by its lower case. */
  private readonly idsByFoldedCase = new Map<string, string>();

  private constructor(
    private readonly dataDir: string,
    /**
     * What is on disk. A deal being created holds its place as null until its file is written, so deals keep the
     * order they were asked for, whatever order concurrent writes finish in (figures and lists depend on it).
     */
    private readonly stored: Map<string, Deal | null>,
    private readonly gate: WriteGate,
  ) {
    for (const id of stored.keys()) this.idsByFoldedCase.set(id.toLowerCase(), id);
  }

  static async open(
    dataDir: string,
    now: Date,
    migrations: readonly Migration[] = DEAL_MIGRATIONS,
    gate: WriteGate = { readOnly: null },
  ): Promise<{ store: DealStore; problems: StoreProblem[] }> {
    const folder = join(dataDir, DEALS_DIR);
    if (!gate.readOnly) await mkdir(folder, { recursive: true });
    const spec = dealFileSpec(migrations);
    const entries = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    // A leftover temp file is a write that never completed; the real file is intact.
    await removeTempFiles(folder, entries);
    const names = entries.filter((name) => name.endsWith('.json'));
    const stored = new Map<string, Deal | null>();
    const problems: StoreProblem[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < names.length) {
        const name = names[next++] as string;
        const file = join(folder, name);
        // The fallback is used only when the file vanished since it was listed.
        const { db, problem } = await openDocument(
          dataDir,
          file,
          spec,
          () => ({ schemaVersion: 0, deal: null as unknown as Deal }),
          now,
        );
        const deal = problem ? null : db.data.deal;
        if (problem) problems.push(problem);
        else if (deal && `${deal.id}.json` !== name) {
          // A copy made by hand: loading it would tie the deal to the wrong file (a delete would leave it behind).
          const reason = `holds deal ${deal.id}, which does not match its file name`;
          problems.push(await setAside(dataDir, file, reason, now));
        } else if (deal) stored.set(deal.id, deal);
      }
    };
    await Promise.all(Array.from({ length: Math.min(LOAD_CONCURRENCY, names.length) }, worker));
    return { store: new DealStore(dataDir, stored, gate), problems };
  }

  get size(): number {
    let size = 0;
    for (const id of this.stored.keys()) if (this.has(id)) size++;
    return size;
  }

  all(): Deal[] {
    const deals: Deal[] = [];
    for (const id of this.stored.keys()) {
      const deal = this.get(id);
      if (deal) deals.push(deal);
    }
    return deals;
  }

  get(id: string): Deal | undefined {
    const change = this.pending.get(id);
    return (change ? change.deal : this.stored.get(id)) ?? undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Resolves once the deal is durably on disk; if the write fails, the deal is as it was before. */
  async save(given: Deal): Promise<void> {
    const deal = asStored(given);
    assertWritable(this.gate);
    // Deal ids become file names: keep them to a safe alphabet.
    if (!fileNameId.safeParse(deal.id).success) throw new Error(`unsafe deal id: ${deal.id}`);
    const clash = this.caseClashOf(deal.id);
    if (clash) throw new DealIdClashError(deal.id, clash);
    const data: DealFile = { schemaVersion: DEAL_SCHEMA_VERSION, deal };
    checkBeforeWrite(dealFileSchema, this.fileOf(deal.id), data);
    await this.apply(deal.id, { deal }, () => this.fileFor(deal.id).write(data));
  }

  /** Resolves once the file is gone; if removing it fails, the deal stays. */
  async remove(id: string): Promise<void> {
    assertWritable(this.gate);
    await this.apply(id, { deal: null }, () => rm(this.fileOf(id), { force: true }));
  }

  /** The text `save` would write for `deal`, for a journal to hold. */
  static fileTextOf(deal: Deal): string {
    return JSON.stringify({ schemaVersion: DEAL_SCHEMA_VERSION, deal: asStored(deal) } satisfies DealFile);
  }

  static relativeFileOf(id: string): string {
    return `${DEALS_DIR}/${id}.json`;
  }

  /**
   * Takes saves and removals into memory whose files a durable journal already holds (the journal is the write,
   * so memory may follow it), then writes their files through each deal's own queue, so a later save is never
   * overtaken. Resolves when every file is written; the journal can go then.
   */
  async applyJournaled(deals: readonly Deal[], removedIds: readonly string[]): Promise<void> {
    assertWritable(this.gate);
    const changes: [string, PendingChange][] = [
      ...deals.map((deal): [string, PendingChange] => [deal.id, { deal: asStored(deal) }]),
      ...removedIds.map((id): [string, PendingChange] => [id, { deal: null }]),
    ];
    for (const [id] of changes) if (!fileNameId.safeParse(id).success) throw new Error(`unsafe deal id: ${id}`);
    for (const [id, change] of changes) this.hold(id, change);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < changes.length) {
        const [id, change] = changes[next++] as [string, PendingChange];
        const deal = change.deal;
        await this.writes.track(
          deal
            ? this.fileFor(id).write({ schemaVersion: DEAL_SCHEMA_VERSION, deal })
            : rm(this.fileOf(id), { force: true }),
        );
        this.stored.set(id, deal);
        this.release(id, change);
      }
    };
    await Promise.all(Array.from({ length: Math.min(JOURNAL_WRITE_CONCURRENCY, changes.length) }, worker));
  }

  /** Resolves when every save and removal started so far is on disk. */
  settled(): Promise<void> {
    return this.writes.settled();
  }

  /** Calls `listener` after every save and removal, and when a failed one is rolled back; returns the unsubscribe. */
  onChange(listener: DealChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async apply(id: string, change: PendingChange, write: () => Promise<void>): Promise<void> {
    this.hold(id, change);
    try {
      await this.writes.track(write());
      this.stored.set(id, change.deal);
    } catch (error) {
      if (this.pending.get(id) === change) {
        this.pending.delete(id);
        this.notify(id, this.stored.get(id) ?? null);
      }
      throw error;
    } finally {
      this.release(id, change);
    }
  }

  /** Shows `change` until its write settles; a new deal takes its place in the order now. */
  private hold(id: string, change: PendingChange): void {
    if (!this.stored.has(id)) {
      this.stored.set(id, null);
      this.idsByFoldedCase.set(id.toLowerCase(), id);
    }
    this.pending.set(id, change);
    this.notify(id, change.deal);
  }

  /** Forgets `change` once its write settled, and the place of a deal that is not on disk. */
  private release(id: string, change: PendingChange): void {
    if (this.pending.get(id) === change) this.pending.delete(id);
    if (this.stored.get(id) === null && !this.pending.has(id)) {
      this.stored.delete(id);
      this.idsByFoldedCase.delete(id.toLowerCase());
    }
  }

  /** Another id held here that differs from `id` only by case, if any. */
  private caseClashOf(id: string): string | null {
    const other = this.idsByFoldedCase.get(id.toLowerCase());
    return other !== undefined && other !== id ? other : null;
  }

  private notify(id: string, deal: Deal | null): void {
    for (const listener of this.listeners) listener(id, deal);
  }

  private fileFor(id: string): DurableJsonFile<DealFile> {
    let file = this.files.get(id);
    if (!file) {
      file = new DurableJsonFile<DealFile>(this.fileOf(id));
      this.files.set(id, file);
    }
    return file;
  }

  private fileOf(id: string): string {
    return join(this.dataDir, DEALS_DIR, `${id}.json`);
  }
}
