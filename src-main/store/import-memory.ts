// Remembers how the user read a CSV (columns, value meanings, currency) for the next file with the same headers.
import { join } from 'node:path';
import { z } from 'zod';
import { normaliseKey } from '@shared/domain/csv/cell-values';
import { STATUS_CHOICES } from '@shared/domain/csv/status-values';
import { readTextFile, writeTextDurably } from './durable-json-file';
import type { FileCodec } from './vault/file-codec';

export const IMPORT_MEMORY_FILE = 'import-mappings.json';
const KEPT = 50;

const rememberedSchema = z.object({
  mapping: z.record(z.string().max(40), z.number().int().min(0).max(500).nullable()),
  statusMap: z.record(z.string().max(200), z.enum(STATUS_CHOICES)),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type RememberedImport = z.infer<typeof rememberedSchema>;

const fileSchema = z.object({ entries: z.array(z.object({ headers: z.string(), value: rememberedSchema })) });
type MemoryFile = z.infer<typeof fileSchema>;

/** The same columns in the same order, however they are spelt or spaced. */
export const headerSignature = (headers: readonly string[]): string => headers.map(normaliseKey).join('|');

export class ImportMemory {
  private constructor(
    private readonly file: string,
    private data: MemoryFile,
    private readonly codec: FileCodec,
  ) {}

  /** A missing or unreadable file only means nothing is remembered yet. */
  static async open(dataDir: string, codec: FileCodec): Promise<ImportMemory> {
    const file = join(dataDir, IMPORT_MEMORY_FILE);
    let data: MemoryFile = { entries: [] };
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readTextFile(file, codec)));
      if (parsed.success) data = parsed.data;
    } catch {
      // none yet
    }
    return new ImportMemory(file, data, codec);
  }

  get(headers: readonly string[]): RememberedImport | null {
    const key = headerSignature(headers);
    return this.data.entries.find((entry) => entry.headers === key)?.value ?? null;
  }

  async remember(headers: readonly string[], value: RememberedImport): Promise<void> {
    const key = headerSignature(headers);
    const entries = [{ headers: key, value }, ...this.data.entries.filter((entry) => entry.headers !== key)];
    const next = { entries: entries.slice(0, KEPT) };
    await writeTextDurably(this.file, JSON.stringify(next), this.codec);
    this.data = next;
  }
}
