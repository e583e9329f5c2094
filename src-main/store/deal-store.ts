// One file per deal (deals/<id>.json): saving a deal rewrites only its own file.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Low } from 'lowdb';
import type { Deal } from '@shared/domain/deal';
import type { StoreProblem } from '@shared/ipc/contract';
import { fileNameId } from '../schemas/common';
import { dealSchema } from '../schemas/deal-schema';
import { createDocument, openDocument, type DocumentSpec } from './json-document';
import { DEAL_MIGRATIONS } from './deal-migrations';
import type { Migration } from './migrations';
import { PendingWrites } from './pending-writes';
import { quarantineFile } from './quarantine';

export const DEALS_DIR = 'deals';
export const DEAL_SCHEMA_VERSION = 2;

export type DealFile = { schemaVersion: number; deal: Deal };

/** Told about every save (the new deal) and removal (null), so derived caches stay current one deal at a time. */
export type DealChangeListener = (id: string, deal: Deal | null) => void;

const dealFileSpec = (migrations: readonly Migration[]): DocumentSpec<DealFile> => ({
  schema: z.object({ schemaVersion: z.number(), deal: dealSchema }),
  version: DEAL_SCHEMA_VERSION,
  migrations,
});

const LOAD_CONCURRENCY = 64;

export class DealStore {
  private readonly writes = new PendingWrites();
  private readonly listeners = new Set<DealChangeListener>();

  private constructor(
    private readonly dataDir: string,
    private readonly documents: Map<string, Low<DealFile>>,
  ) {}

  static async open(
    dataDir: string,
    now: Date,
    migrations: readonly Migration[] = DEAL_MIGRATIONS,
  ): Promise<{ store: DealStore; problems: StoreProblem[] }> {
    const folder = join(dataDir, DEALS_DIR);
    await mkdir(folder, { recursive: true });
    const spec = dealFileSpec(migrations);
    const entries = await readdir(folder);
    // A leftover temp file is a write that never completed; the real file is intact.
    await Promise.all(
      entries.filter((name) => name.endsWith('.tmp')).map((name) => rm(join(folder, name), { force: true })),
    );
    const names = entries.filter((name) => name.endsWith('.json'));
    const documents = new Map<string, Low<DealFile>>();
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
          problems.push(await quarantineFile(dataDir, file, reason, now));
        } else if (deal) documents.set(deal.id, db);
      }
    };
    await Promise.all(Array.from({ length: Math.min(LOAD_CONCURRENCY, names.length) }, worker));
    return { store: new DealStore(dataDir, documents), problems };
  }

  get size(): number {
    return this.documents.size;
  }

  all(): Deal[] {
    return [...this.documents.values()].map((db) => db.data.deal);
  }

  get(id: string): Deal | undefined {
    return this.documents.get(id)?.data.deal;
  }

  has(id: string): boolean {
    return this.documents.has(id);
  }

  /** Resolves once the deal is durably on disk. */
  async save(deal: Deal): Promise<void> {
    // Deal ids become file names: keep them to a safe alphabet.
    if (!fileNameId.safeParse(deal.id).success) throw new Error(`unsafe deal id: ${deal.id}`);
    const data = { schemaVersion: DEAL_SCHEMA_VERSION, deal };
    let db = this.documents.get(deal.id);
    if (db) db.data = data;
    else {
      db = createDocument(this.fileOf(deal.id), data);
      this.documents.set(deal.id, db);
    }
    this.notify(deal.id, deal);
    await this.writes.track(db.write());
  }

  async remove(id: string): Promise<void> {
    this.documents.delete(id);
    this.notify(id, null);
    await this.writes.track(rm(this.fileOf(id), { force: true }));
  }

  /** Resolves when every save and removal started so far is on disk. */
  settled(): Promise<void> {
    return this.writes.settled();
  }

  /** Calls `listener` after every save and removal; returns the unsubscribe. */
  onChange(listener: DealChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(id: string, deal: Deal | null): void {
    for (const listener of this.listeners) listener(id, deal);
  }

  private fileOf(id: string): string {
    return join(this.dataDir, DEALS_DIR, `${id}.json`);
  }
}
