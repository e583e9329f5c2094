// One file per deal (deals/<id>.json): saving a deal rewrites only its own file.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Low } from 'lowdb';
import type { Deal } from '@shared/domain/deal';
import type { StoreProblem } from '@shared/ipc/contract';
import { dealSchema } from '../schemas/deal-schema';
import { createDocument, openDocument, type DocumentSpec } from './json-document';
import type { Migration } from './migrations';

export const DEALS_DIR = 'deals';
export const DEAL_SCHEMA_VERSION = 1;

export type DealFile = { schemaVersion: number; deal: Deal };

const dealFileSpec = (migrations: readonly Migration[]): DocumentSpec<DealFile> => ({
  schema: z.object({ schemaVersion: z.number(), deal: dealSchema }),
  version: DEAL_SCHEMA_VERSION,
  migrations,
});

// Deal ids become file names: keep them to a safe alphabet.
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;
const LOAD_CONCURRENCY = 64;

export class DealStore {
  private constructor(
    private readonly dataDir: string,
    private readonly documents: Map<string, Low<DealFile>>,
  ) {}

  static async open(
    dataDir: string,
    now: Date,
    migrations: readonly Migration[] = [],
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
        // The fallback is never used: the file was just listed.
        const { db, problem } = await openDocument(
          dataDir,
          join(folder, name),
          spec,
          () => ({ schemaVersion: 0, deal: null as unknown as Deal }),
          now,
        );
        if (problem) problems.push(problem);
        else if (db.data.deal) documents.set(db.data.deal.id, db);
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
    if (!SAFE_ID.test(deal.id)) throw new Error(`unsafe deal id: ${deal.id}`);
    const data = { schemaVersion: DEAL_SCHEMA_VERSION, deal };
    let db = this.documents.get(deal.id);
    if (db) db.data = data;
    else {
      db = createDocument(this.fileOf(deal.id), data);
      this.documents.set(deal.id, db);
    }
    await db.write();
  }

  async remove(id: string): Promise<void> {
    this.documents.delete(id);
    await rm(this.fileOf(id), { force: true });
  }

  private fileOf(id: string): string {
    return join(this.dataDir, DEALS_DIR, `${id}.json`);
  }
}
