// workbench.json: settings and everything else that is not one deal's. Loaded section by section (one bad section
// resets only itself); what the store shows changes when the write is on disk, or is rolled back when it fails.
import { join } from 'node:path';
import { z } from 'zod';
import { copyFile } from 'node:fs/promises';
import { defaultSettings, type Settings } from '@shared/domain/settings';
import type { StoreProblem } from '@shared/ipc/contract';
import { settingsSchema } from '../schemas/settings-schema';
import { emptyPlaybookOverrides, type PlaybookOverrides } from '@shared/playbook/effective-playbook';
import { playbookOverridesSchema } from '../schemas/playbook-schema';
import { defaultRehearsalData, type RehearsalData } from '@shared/domain/rehearsal/records';
import { rehearsalDataSchema } from '../schemas/rehearsal-schema';
import { defaultExportPreferences, exportPreferencesSchema, type ExportPreferences } from '../schemas/export-schema';
import { DurableJsonFile } from './durable-json-file';
import { checkBeforeWrite, openDocument } from './json-document';
import type { Migration } from './migrations';
import { PendingWrites } from './pending-writes';
import { QUARANTINE_DIR, reserveName } from './quarantine';
import { assertWritable, type WriteGate } from './read-only';
import { plainCodec, type FileCodec } from './vault/file-codec';

export const WORKBENCH_FILE = 'workbench.json';
export const WORKBENCH_SCHEMA_VERSION = 1;

export type WorkbenchData = {
  schemaVersion: number;
  settings: Settings;
  playbook: PlaybookOverrides;
  rehearsal: RehearsalData;
  export: ExportPreferences;
};

// Sections added by later releases get their defaults when missing, so they need no migration.
export const workbenchSchema = z.object({
  schemaVersion: z.number(),
  settings: settingsSchema.default(defaultSettings),
  playbook: playbookOverridesSchema.default(emptyPlaybookOverrides),
  rehearsal: rehearsalDataSchema.default(defaultRehearsalData),
  export: exportPreferencesSchema.default(defaultExportPreferences),
}) satisfies z.ZodType<WorkbenchData, unknown>;

type SectionKey = Exclude<keyof WorkbenchData, 'schemaVersion'>;

type SectionSpecs = {
  [K in SectionKey]: { schema: z.ZodType<WorkbenchData[K], unknown>; fallback: () => WorkbenchData[K] };
};

const SECTIONS: SectionSpecs = {
  settings: { schema: settingsSchema, fallback: defaultSettings },
  playbook: { schema: playbookOverridesSchema, fallback: emptyPlaybookOverrides },
  rehearsal: { schema: rehearsalDataSchema, fallback: defaultRehearsalData },
  export: { schema: exportPreferencesSchema, fallback: defaultExportPreferences },
};

/** Each section parsed alone; an unreadable one gets its default and is named in `reset`. */
function loadSections(raw: Record<string, unknown>): { data: WorkbenchData; reset: SectionKey[] } {
  const reset: SectionKey[] = [];
  const section = <K extends SectionKey>(key: K): WorkbenchData[K] => {
    const { schema, fallback }: SectionSpecs[K] = SECTIONS[key];
    if (raw[key] === undefined) return fallback();
    const parsed = schema.safeParse(raw[key]);
    if (parsed.success) return parsed.data;
    reset.push(key);
    return fallback();
  };
  return {
    data: {
      schemaVersion: WORKBENCH_SCHEMA_VERSION,
      settings: section('settings'),
      playbook: section('playbook'),
      rehearsal: section('rehearsal'),
      export: section('export'),
    },
    reset,
  };
}

export const defaultWorkbench = (): WorkbenchData => ({
  schemaVersion: WORKBENCH_SCHEMA_VERSION,
  settings: defaultSettings(),
  playbook: emptyPlaybookOverrides(),
  rehearsal: defaultRehearsalData(),
  export: defaultExportPreferences(),
});

export class WorkbenchStore {
  private readonly writes = new PendingWrites();
  /** The newest data not yet on disk: reads see it, and it is dropped if its write fails. */
  private pending: WorkbenchData | null = null;

  private constructor(
    private readonly file: DurableJsonFile<WorkbenchData>,
    /** What is on disk. */
    private stored: WorkbenchData,
    private readonly gate: WriteGate,
  ) {}

  static async open(
    dataDir: string,
    now: Date,
    migrations: readonly Migration[] = [],
    gate: WriteGate = { readOnly: null },
    codec: FileCodec = plainCodec,
  ): Promise<{ store: WorkbenchStore; problem: StoreProblem | null }> {
    const file = join(dataDir, WORKBENCH_FILE);
    let reset: SectionKey[] = [];
    // Only the version is checked as a whole; each section is parsed on its own.
    const sectioned = z.looseObject({ schemaVersion: z.number() }).transform((raw) => {
      const loaded = loadSections(raw);
      reset = loaded.reset;
      return loaded.data;
    });
    const { db, problem } = await openDocument(
      dataDir,
      file,
      { schema: sectioned, version: WORKBENCH_SCHEMA_VERSION, migrations },
      defaultWorkbench,
      now,
      codec,
    );
    const store = new WorkbenchStore(new DurableJsonFile<WorkbenchData>(file, codec), db.data, gate);
    if (problem || reset.length === 0) return { store, problem };
    // The file stays (the next save rewrites it without the bad sections); a copy keeps them for the user.
    const reason = `the ${reset.join(', ')} part could not be read and was reset; the rest loaded normally`;
    try {
      const copy = await reserveName(
        join(dataDir, QUARANTINE_DIR),
        `${now.toISOString().replace(/[:.]/g, '-')}-${WORKBENCH_FILE}`,
      );
      await copyFile(file, copy);
      return { store, problem: { file, movedTo: copy, reason } };
    } catch {
      return { store, problem: { file, movedTo: null, reason } };
    }
  }

  get data(): Readonly<WorkbenchData> {
    return this.pending ?? this.stored;
  }

  /** Replaces one section and resolves once it is durably on disk; if the write fails, the section is as it was. */
  async update<K extends SectionKey>(key: K, value: WorkbenchData[K]): Promise<void> {
    assertWritable(this.gate);
    const next: WorkbenchData = { ...this.data, [key]: value };
    checkBeforeWrite(workbenchSchema, this.file.file, next);
    this.pending = next;
    try {
      await this.writes.track(this.file.write(next));
      this.stored = next;
    } catch (error) {
      if (this.pending === next) this.pending = null;
      throw error;
    }
    if (this.pending === next) this.pending = null;
  }

  /** Resolves when every update started so far is on disk. */
  settled(): Promise<void> {
    return this.writes.settled();
  }
}
