// One file per deal (deals/<id>.json): saving a deal rewrites only its own file. What the store shows changes
// when the write is on disk; a failed write rolls the change back, so the window shows what a restart would.
// Start-up reads the derived deal index (summaries and facts), not every file: full deals are read on demand.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Deal } from '@shared/domain/deal';
import type { DealSummary } from '@shared/domain/deal-list';
import type { DealFacts } from '@shared/domain/stats/deal-facts';
import type { StoreProblem } from '@shared/ipc/contract';
import { fileNameId } from '../schemas/common';
import { backfillDealFields, dealSchema } from '../schemas/deal-schema';
import { DealIndexStore, isSameStamp, projectDeal, stampOf, type DealIndexEntry } from './deal-index';
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
import { plainCodec, type FileCodec } from './vault/file-codec';

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
/**
 * The index is rewritten this long after the last change (and on flush): writing 50,000 entries costs far more
 * than one deal, so a burst of saves shares one write. A crash before it only leaves entries for the next start to
 * find stale and re-read.
 */
const INDEX_WRITE_DELAY_MS = 5_000;

/** Deal ids that differ only by case name one file on Windows and macOS: the second is refused. */
export class DealIdClashError extends Error {
  constructor(id: string, existing: string) {
    super(`The deal id ${id} differs from the existing ${existing} only by case; they would share one file.`);
    this.name = 'DealIdClashError';
  }
}

/** A full deal was asked for before it was read: a caller skipped `load`. */
export class DealNotLoadedError extends Error {
  constructor(id: string) {
    super(`Deal ${id} has not been read from disk yet.`);
    this.name = 'DealNotLoadedError';
  }
}

type Projection = Pick<DealIndexEntry, 'summary' | 'facts'>;
/** A deal on disk: its index entry always, the full deal once read. */
type Held = { entry: DealIndexEntry | null; deal: Deal | null };
/** A change on its way to disk: the deal to save, or null for a removal. */
type PendingChange = { deal: Deal | null; projection: Projection | null };

const toSave = (deal: Deal): PendingChange => ({ deal, projection: projectDeal(deal) });

async function runLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export class DealStore {
  private readonly writes = new PendingWrites();
  private readonly listeners = new Set<DealChangeListener>();
  /** One adapter per file, so writes to the same deal are queued and coalesced, never raced. */
  private readonly files = new Map<string, DurableJsonFile<DealFile>>();
  /** The newest change per deal not yet on disk: reads see it, and it is dropped if its write fails. */
  private readonly pending = new Map<string, PendingChange>();
  /** Every id held (stored or on its way), by its lower case. */
  private readonly idsByFoldedCase = new Map<string, string>();
  /** Reads of deal files in flight, so two callers wanting one deal share a read. */
  private readonly reading = new Map<string, Promise<void>>();
  private readonly spec: DocumentSpec<DealFile>;
  private readonly index: DealIndexStore;
  private indexTimer: NodeJS.Timeout | null = null;
  private isIndexDirty = false;
  private isClosed = false;
  /** Counts changes, so query caches built on summaries know when to rebuild. */
  private changeCount = 0;
  /** Resolves once every deal has its summary and facts (at once with a sound index; after a rebuild otherwise). */
  readonly indexed: Promise<void>;
  /** Resolves once every index entry has been checked against its file (and stale ones re-read). */
  readonly verified: Promise<void>;

  private constructor(
    private readonly dataDir: string,
    /**
     * What is on disk. A deal being created holds its place as null until its file is written, so deals keep the
     * order they were asked for, whatever order concurrent writes finish in (figures and lists depend on it).
     */
    private readonly stored: Map<string, Held | null>,
    private readonly gate: WriteGate,
    migrations: readonly Migration[],
    private readonly now: Date,
    readonly problems: StoreProblem[],
    isIndexSound: boolean,
    private readonly codec: FileCodec,
  ) {
    this.spec = dealFileSpec(migrations);
    this.index = new DealIndexStore(dataDir, codec);
    for (const id of stored.keys()) this.idsByFoldedCase.set(id.toLowerCase(), id);
    const unindexed = [...stored].flatMap(([id, held]) => (held && !held.entry ? [id] : []));
    this.indexed = this.read(unindexed);
    this.verified = this.indexed.then(() => this.verify(isIndexSound && unindexed.length === 0));
    // Nobody may be waiting on these; a failure shows as a missing entry, never as an unhandled rejection.
    this.verified.catch(() => undefined);
  }

  static async open(
    dataDir: string,
    now: Date,
    migrations: readonly Migration[] = DEAL_MIGRATIONS,
    gate: WriteGate = { readOnly: null },
    codec: FileCodec = plainCodec,
  ): Promise<{ store: DealStore; problems: StoreProblem[] }> {
    const folder = join(dataDir, DEALS_DIR);
    if (!gate.readOnly) await mkdir(folder, { recursive: true });
    const [entries, index] = await Promise.all([
      readdir(folder).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      }),
      new DealIndexStore(dataDir, codec).read(),
    ]);
    // A leftover temp file is a write that never completed; the real file is intact.
    if (!gate.readOnly) await removeTempFiles(folder, entries);
    const stored = new Map<string, Held | null>();
    for (const name of entries) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const id = name.slice(0, -'.json'.length);
      stored.set(id, { entry: index?.get(id) ?? null, deal: null });
    }
    const problems: StoreProblem[] = [];
    const store = new DealStore(dataDir, stored, gate, migrations, now, problems, index !== null, codec);
    return { store, problems };
  }

  get size(): number {
    let size = 0;
    for (const id of this.stored.keys()) if (this.has(id)) size++;
    return size;
  }

  /** Changes so far: equal counts mean equal summaries. */
  get revision(): number {
    return this.changeCount;
  }

  /** Every full deal; `loadAll` must have resolved (DealNotLoadedError otherwise). */
  all(): Deal[] {
    const deals: Deal[] = [];
    for (const id of this.stored.keys()) {
      const deal = this.get(id);
      if (deal) deals.push(deal);
    }
    return deals;
  }

  /** The deal, undefined when there is none; DealNotLoadedError when it exists but `load` was not awaited. */
  get(id: string): Deal | undefined {
    const change = this.pending.get(id);
    if (change) return change.deal ?? undefined;
    const held = this.stored.get(id);
    if (!held) return undefined;
    if (!held.deal) throw new DealNotLoadedError(id);
    return held.deal;
  }

  has(id: string): boolean {
    const change = this.pending.get(id);
    return change ? change.deal !== null : Boolean(this.stored.get(id));
  }

  /** Every deal's list summary, in store order (deals still being indexed are left out until read). */
  summaries(): DealSummary[] {
    return this.projections().map((projection) => projection.summary);
  }

  /** Every deal's statistics facts, in store order. */
  facts(): DealFacts[] {
    return this.projections().map((projection) => projection.facts);
  }

  factsOf(id: string): DealFacts | undefined {
    return this.projectionOf(id)?.facts;
  }

  /** Reads the given deals from disk where they are not in memory yet. */
  async load(ids: Iterable<string>): Promise<void> {
    const wanted = [...new Set(ids)].filter((id) => {
      const held = this.stored.get(id);
      return held && !held.deal && !this.pending.has(id);
    });
    await this.read(wanted);
  }

  /** Reads every deal not in memory yet (imports, backups and rehearsal need them all). */
  loadAll(): Promise<void> {
    return this.load(this.stored.keys());
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
    await this.apply(deal.id, toSave(deal), () => this.fileFor(deal.id).write(data));
  }

  /** Resolves once the file is gone; if removing it fails, the deal stays. */
  async remove(id: string): Promise<void> {
    assertWritable(this.gate);
    await this.apply(id, { deal: null, projection: null }, () => rm(this.fileOf(id), { force: true }));
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
      ...deals.map((deal): [string, PendingChange] => [deal.id, toSave(asStored(deal))]),
      ...removedIds.map((id): [string, PendingChange] => [id, { deal: null, projection: null }]),
    ];
    for (const [id] of changes) if (!fileNameId.safeParse(id).success) throw new Error(`unsafe deal id: ${id}`);
    for (const [id, change] of changes) this.hold(id, change);
    await runLimited(changes, JOURNAL_WRITE_CONCURRENCY, async ([id, change]) => {
      const deal = change.deal;
      await this.writes.track(
        deal
          ? this.fileFor(id).write({ schemaVersion: DEAL_SCHEMA_VERSION, deal })
          : rm(this.fileOf(id), { force: true }),
      );
      await this.settle(id, change);
      this.release(id, change);
    });
  }

  /** Resolves when every save and removal started so far is on disk. */
  settled(): Promise<void> {
    return this.writes.settled();
  }

  /** Writes the index now if anything changed since it was last written; then every write is on disk. */
  async flush(): Promise<void> {
    await this.writes.settled();
    if (this.isIndexDirty) await this.writeIndex();
    await this.writes.settled();
  }

  /** Stops the delayed index write (the next start re-reads what changed since the last one). */
  close(): void {
    this.isClosed = true;
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = null;
  }

  /** Calls `listener` after every save and removal, and when a failed one is rolled back; returns the unsubscribe. */
  onChange(listener: DealChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private projections(): Projection[] {
    const projections: Projection[] = [];
    for (const id of this.stored.keys()) {
      const projection = this.projectionOf(id);
      if (projection) projections.push(projection);
    }
    return projections;
  }

  private projectionOf(id: string): Projection | null {
    const change = this.pending.get(id);
    if (change) return change.projection;
    return this.stored.get(id)?.entry ?? null;
  }

  private async apply(id: string, change: PendingChange, write: () => Promise<void>): Promise<void> {
    this.hold(id, change);
    try {
      await this.writes.track(write());
      await this.settle(id, change);
    } catch (error) {
      if (this.pending.get(id) === change) {
        this.pending.delete(id);
        this.notify(id, this.stored.get(id)?.deal ?? null);
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

  /** Records a change that is on disk, with the stamp its file has now. */
  private async settle(id: string, change: PendingChange): Promise<void> {
    const { deal, projection } = change;
    if (!deal || !projection) {
      this.stored.delete(id);
      this.idsByFoldedCase.delete(id.toLowerCase());
    } else {
      // Taken after the write, so the entry never claims a newer file than it describes. A stat that fails leaves a
      // stamp no file has: the next start re-reads that deal.
      const stamp = (await stampOf(this.fileOf(id)).catch(() => null)) ?? { size: -1, mtimeMs: -1 };
      this.stored.set(id, { entry: { id, ...stamp, ...projection }, deal });
    }
    this.markIndexDirty();
  }

  /**
   * Reads deal files (stamp first, so a file changed after the stamp is found stale next time), replacing their
   * entries with what the files hold. A file that cannot be read is set aside and the deal dropped.
   */
  private async read(ids: readonly string[]): Promise<void> {
    const waits: Promise<void>[] = [];
    const fresh: string[] = [];
    for (const id of ids) {
      const inFlight = this.reading.get(id);
      if (inFlight) waits.push(inFlight);
      else fresh.push(id);
    }
    const batch = runLimited(fresh, LOAD_CONCURRENCY, (id) => this.readOne(id));
    for (const id of fresh) this.reading.set(id, batch);
    try {
      await Promise.all([batch, ...waits]);
    } finally {
      for (const id of fresh) if (this.reading.get(id) === batch) this.reading.delete(id);
    }
  }

  private async readOne(id: string): Promise<void> {
    const file = this.fileOf(id);
    const stamp = await stampOf(file);
    const { db, problem } = await openDocument(
      this.dataDir,
      file,
      this.spec,
      // Used only when the file vanished since it was listed.
      () => ({ schemaVersion: 0, deal: null as unknown as Deal }),
      this.now,
      this.codec,
    );
    const held = this.stored.get(id);
    // Saved or removed while it was being read: the newer state stands.
    if (!held || this.pending.has(id)) return;
    let deal: Deal | null = problem ? null : db.data.deal;
    if (problem) this.problems.push(problem);
    else if (deal && deal.id !== id) {
      // A copy made by hand: loading it would tie the deal to the wrong file (a delete would leave it behind).
      const reason = `holds deal ${deal.id}, which does not match its file name`;
      this.problems.push(await setAside(this.dataDir, file, reason, this.now));
      deal = null;
    }
    if (!deal || !stamp) {
      this.stored.delete(id);
      this.idsByFoldedCase.delete(id.toLowerCase());
      this.markIndexDirty();
      if (held.entry) this.notify(id, null);
      return;
    }
    const entry = { id, ...stamp, ...projectDeal(deal) };
    const isChanged = !held.entry || !isSameStamp(held.entry, entry);
    this.stored.set(id, { entry, deal });
    if (isChanged) {
      this.markIndexDirty();
      this.notify(id, deal);
    }
  }

  /** Checks every entry's stamp against its file; stale ones are re-read. Then the index is brought up to date. */
  private async verify(isIndexSound: boolean): Promise<void> {
    const stale: string[] = [];
    await runLimited([...this.stored.keys()], LOAD_CONCURRENCY, async (id) => {
      const entry = this.stored.get(id)?.entry;
      if (!entry || this.pending.has(id)) return;
      const stamp = await stampOf(this.fileOf(id)).catch(() => null);
      if (!stamp || !isSameStamp(stamp, entry)) stale.push(id);
    });
    await this.read(stale);
    if (!isIndexSound && this.stored.size > 0) this.markIndexDirty();
    if (this.isIndexDirty) this.scheduleIndexWrite(0);
  }

  private markIndexDirty(): void {
    this.isIndexDirty = true;
    this.changeCount++;
    this.scheduleIndexWrite(INDEX_WRITE_DELAY_MS);
  }

  private scheduleIndexWrite(delay: number): void {
    if (this.gate.readOnly || this.isClosed) return;
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = setTimeout(() => {
      this.indexTimer = null;
      void this.writeIndex().catch(() => undefined);
    }, delay);
    // A pending index write never keeps a process alive: quitting flushes it.
    this.indexTimer.unref();
  }

  /** Writes the entries of what is on disk now (a failure is harmless: the next start rebuilds what it lacks). */
  private async writeIndex(): Promise<void> {
    if (this.gate.readOnly || this.isClosed) return;
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = null;
    this.isIndexDirty = false;
    const entries: DealIndexEntry[] = [];
    for (const held of this.stored.values()) if (held?.entry) entries.push(held.entry);
    try {
      await this.writes.track(this.index.write(entries));
    } catch {
      this.isIndexDirty = true;
    }
  }

  /** Another id held here that differs from `id` only by case, if any. */
  private caseClashOf(id: string): string | null {
    const other = this.idsByFoldedCase.get(id.toLowerCase());
    return other !== undefined && other !== id ? other : null;
  }

  private notify(id: string, deal: Deal | null): void {
    this.changeCount++;
    for (const listener of this.listeners) listener(id, deal);
  }

  private fileFor(id: string): DurableJsonFile<DealFile> {
    let file = this.files.get(id);
    if (!file) {
      file = new DurableJsonFile<DealFile>(this.fileOf(id), this.codec);
      this.files.set(id, file);
    }
    return file;
  }

  private fileOf(id: string): string {
    return join(this.dataDir, DEALS_DIR, `${id}.json`);
  }
}
