// workbench.json: settings and everything else that is not one deal's.
import { join } from 'node:path';
import { z } from 'zod';
import type { Low } from 'lowdb';
import { defaultSettings, type Settings } from '@shared/domain/settings';
import type { StoreProblem } from '@shared/ipc/contract';
import { settingsSchema } from '../schemas/settings-schema';
import { emptyPlaybookOverrides, type PlaybookOverrides } from '@shared/playbook/effective-playbook';
import { playbookOverridesSchema } from '../schemas/playbook-schema';
import { defaultRehearsalData, type RehearsalData } from '@shared/domain/rehearsal/records';
import { rehearsalDataSchema } from '../schemas/rehearsal-schema';
import { defaultExportPreferences, exportPreferencesSchema, type ExportPreferences } from '../schemas/export-schema';
import { openDocument } from './json-document';
import type { Migration } from './migrations';
import { PendingWrites } from './pending-writes';

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

export const defaultWorkbench = (): WorkbenchData => ({
  schemaVersion: WORKBENCH_SCHEMA_VERSION,
  settings: defaultSettings(),
  playbook: emptyPlaybookOverrides(),
  rehearsal: defaultRehearsalData(),
  export: defaultExportPreferences(),
});

export class WorkbenchStore {
  private readonly writes = new PendingWrites();
  private constructor(private readonly db: Low<WorkbenchData>) {}

  static async open(
    dataDir: string,
    now: Date,
    migrations: readonly Migration[] = [],
  ): Promise<{ store: WorkbenchStore; problem: StoreProblem | null }> {
    const { db, problem } = await openDocument(
      dataDir,
      join(dataDir, WORKBENCH_FILE),
      { schema: workbenchSchema, version: WORKBENCH_SCHEMA_VERSION, migrations },
      defaultWorkbench,
      now,
    );
    return { store: new WorkbenchStore(db), problem };
  }

  get data(): Readonly<WorkbenchData> {
    return this.db.data;
  }

  /** Replaces one section and resolves once it is durably on disk. */
  async update<K extends Exclude<keyof WorkbenchData, 'schemaVersion'>>(
    key: K,
    value: WorkbenchData[K],
  ): Promise<void> {
    this.db.data = { ...this.db.data, [key]: value };
    await this.writes.track(this.db.write());
  }

  /** Resolves when every update started so far is on disk. */
  settled(): Promise<void> {
    return this.writes.settled();
  }
}
