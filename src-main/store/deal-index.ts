// A derived index of every deal (its list summary and statistics facts) so start-up reads one file, not one per
// deal. Never the source of truth: each entry carries its deal file's size and mtime, checked against the file.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Deal } from '@shared/domain/deal';
import { summariseDeal, type DealSummary } from '@shared/domain/deal-list';
import { toDealFacts, type DealFacts } from '@shared/domain/stats/deal-facts';
import { DurableJsonFile } from './durable-json-file';
import { plainCodec, type FileCodec } from './vault/file-codec';

export const DEAL_INDEX_FILE = 'deal-index.json';
/** Bumped whenever a summary or facts field changes shape, so an older index is rebuilt rather than trusted. */
export const DEAL_INDEX_VERSION = 1;

/** What identifies one version of a deal file without reading it. */
export type FileStamp = { size: number; mtimeMs: number };

export type DealIndexEntry = FileStamp & { id: string; summary: DealSummary; facts: DealFacts };

type DealIndexFile = { schemaVersion: number; entries: DealIndexEntry[] };

/** The derived values of a deal, computed once per saved revision. */
export const projectDeal = (deal: Deal): Pick<DealIndexEntry, 'summary' | 'facts'> => ({
  summary: summariseDeal(deal),
  facts: toDealFacts(deal),
});

export async function stampOf(file: string): Promise<FileStamp | null> {
  try {
    const stats = await stat(file);
    return { size: stats.size, mtimeMs: stats.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export const isSameStamp = (a: FileStamp, b: FileStamp): boolean => a.size === b.size && a.mtimeMs === b.mtimeMs;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A cheap shape check (a full schema check of 50,000 entries would cost what the index saves). The index is
 * written only by this module; anything unexpected means damage, and the whole index is rebuilt.
 */
function isEntry(value: unknown): value is DealIndexEntry {
  if (!isObject(value) || typeof value.id !== 'string') return false;
  if (typeof value.size !== 'number' || typeof value.mtimeMs !== 'number') return false;
  const { summary, facts } = value;
  return (
    isObject(summary) &&
    isObject(facts) &&
    summary.id === value.id &&
    facts.id === value.id &&
    typeof summary.title === 'string' &&
    typeof summary.updatedAt === 'string' &&
    Array.isArray(summary.tags) &&
    typeof facts.date === 'string' &&
    Array.isArray(facts.objections) &&
    Array.isArray(facts.signals) &&
    Array.isArray(facts.closingAttempts)
  );
}

/** Reads and writes deal-index.json through the durable adapter (and so through whatever sits under it). */
export class DealIndexStore {
  private readonly file: DurableJsonFile<DealIndexFile>;

  constructor(dataDir: string, codec: FileCodec = plainCodec) {
    this.file = new DurableJsonFile<DealIndexFile>(join(dataDir, DEAL_INDEX_FILE), codec);
  }

  /** The entries by deal id, or null when the index is missing, damaged or of another version. */
  async read(): Promise<Map<string, DealIndexEntry> | null> {
    let data: unknown;
    try {
      data = await this.file.read();
    } catch {
      return null;
    }
    if (!isObject(data) || data.schemaVersion !== DEAL_INDEX_VERSION || !Array.isArray(data.entries)) return null;
    const entries = new Map<string, DealIndexEntry>();
    for (const entry of data.entries as unknown[]) {
      if (!isEntry(entry)) return null;
      entries.set(entry.id, entry);
    }
    return entries;
  }

  write(entries: readonly DealIndexEntry[]): Promise<void> {
    return this.file.write({ schemaVersion: DEAL_INDEX_VERSION, entries: [...entries] });
  }
}
