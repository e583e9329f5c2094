// JSON backups of all data (every deal and workbench.json): export, check before restoring, then merge or replace.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { planDealMerge, withMissingEntries } from '@shared/domain/history/backup-merge';
import type {
  BackupImportInput,
  BackupImportResult,
  BackupPreview,
  FileSaveResult,
} from '@shared/domain/history/records';
import { isoDateTime } from '../schemas/common';
import { backfillDealFields, dealSchema } from '../schemas/deal-schema';
import { DEAL_MIGRATIONS, DEAL_SCHEMA_VERSION } from '../store/deal-store';
import { writeTextDurably } from '../store/durable-json-file';
import { BACKUP_DIR, runMigrations } from '../store/migrations';
import { WORKBENCH_SCHEMA_VERSION, workbenchSchema, type WorkbenchData } from '../store/workbench-store';
import type { ServiceContext } from './context';
import { applyDealChanges } from './deal-batch';
import type { HistoryFiles } from './history-files';
import { ServiceError } from './service-error';

const BACKUP_FORMAT = 'parley-backup';
const BACKUP_FORMAT_VERSION = 1;
/** Where a replace keeps the data it replaced, inside the data folder. */
const SAFETY_COPY_DIR = join(BACKUP_DIR, 'before-restore');

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: isoDateTime,
  appVersion: z.string().max(100),
  dealSchemaVersion: z.number().int(),
  workbench: workbenchSchema,
  deals: z.array(z.preprocess(backfillDealFields, dealSchema)).max(200_000),
});
type Backup = z.infer<typeof backupSchema>;

type SectionKey = Exclude<keyof WorkbenchData, 'schemaVersion'>;

const FILE_NAMES = { en: 'parley-backup', zh: 'Parley-备份' } as const;
const TITLES = { en: 'Save a backup of all Parley data', zh: '备份 Parley 的全部数据' } as const;

/** Names the first problem of an invalid backup, for a message that says where to look. */
function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not valid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Brings the deals of a backup made by an older Parley up to the current schema, as opening their files would. */
function withCurrentDeals(data: unknown, dealSchemaVersion: number): unknown {
  const backup = data as { deals?: unknown };
  if (dealSchemaVersion >= DEAL_SCHEMA_VERSION || !Array.isArray(backup.deals)) return data;
  const deals = backup.deals.map(
    (deal: unknown) =>
      runMigrations({ schemaVersion: dealSchemaVersion, deal }, DEAL_SCHEMA_VERSION, DEAL_MIGRATIONS).data.deal,
  );
  return { ...backup, dealSchemaVersion: DEAL_SCHEMA_VERSION, deals };
}

/** Parses and validates a backup file's text; every refusal is an `invalid-input` with a readable reason. */
function readBackup(text: string): Backup {
  let data: unknown;
  try {
    // Editors on Windows save UTF-8 with a byte order mark, which JSON.parse refuses.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ServiceError('invalid-input', 'This file is not a Parley backup: it is not JSON.');
  }
  const header = z.object({ format: z.literal(BACKUP_FORMAT) }).safeParse(data);
  if (!header.success) throw new ServiceError('invalid-input', 'This file is not a Parley backup.');
  const versions = z
    .object({
      formatVersion: z.number(),
      dealSchemaVersion: z.number(),
      workbench: z.object({ schemaVersion: z.number() }),
    })
    .safeParse(data);
  if (
    versions.success &&
    (versions.data.formatVersion > BACKUP_FORMAT_VERSION ||
      versions.data.dealSchemaVersion > DEAL_SCHEMA_VERSION ||
      versions.data.workbench.schemaVersion > WORKBENCH_SCHEMA_VERSION)
  ) {
    throw new ServiceError('invalid-input', 'This backup was made by a newer version of Parley; update Parley first.');
  }
  const parsed = backupSchema.safeParse(
    versions.success ? withCurrentDeals(data, versions.data.dealSchemaVersion) : data,
  );
  if (!parsed.success)
    throw new ServiceError('invalid-input', `This backup cannot be restored: ${describe(parsed.error)}.`);
  const ids = new Set<string>();
  for (const deal of parsed.data.deals) {
    if (ids.has(deal.id)) throw new ServiceError('invalid-input', `This backup holds deal ${deal.id} twice.`);
    ids.add(deal.id);
  }
  return parsed.data;
}

export function createHistoryBackup({ store, now, version }: ServiceContext, files: HistoryFiles) {
  const snapshot = (): string =>
    JSON.stringify({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      exportedAt: now().toISOString(),
      appVersion: version,
      dealSchemaVersion: DEAL_SCHEMA_VERSION,
      workbench: store.workbench.data,
      deals: store.deals.all(),
    } satisfies Backup);

  const playbookMerge = (backup: Backup) => {
    const current = store.workbench.data.playbook;
    const cards = withMissingEntries(current.cards, backup.workbench.playbook.cards);
    const techniques = withMissingEntries(current.techniques, backup.workbench.playbook.techniques);
    return {
      playbook: { ...current, cards: cards.merged, techniques: techniques.merged },
      added: cards.added + techniques.added,
    };
  };

  // Practice history is a record like the deals: attempts and drills this computer lacks are added, while the
  // card schedules (what is due when) stay this computer's.
  const rehearsalMerge = (backup: Backup) => {
    const current = store.workbench.data.rehearsal;
    const attempts = withMissingEntries(current.attempts, backup.workbench.rehearsal.attempts);
    const drills = withMissingEntries(current.drills, backup.workbench.rehearsal.drills);
    return {
      rehearsal: { ...current, attempts: attempts.merged, drills: drills.merged },
      added: attempts.added + drills.added,
    };
  };

  const replaceSection = <K extends SectionKey>(key: K, backup: Backup): Promise<void> =>
    store.workbench.update(key, backup.workbench[key]);

  return {
    exportBackup: async ({ language }: { language: 'en' | 'zh' }): Promise<FileSaveResult> => {
      const count = store.deals.size;
      const saved = await files.save(
        { fileName: `${FILE_NAMES[language]}-${files.today()}.json`, format: 'json', title: TITLES[language] },
        snapshot,
      );
      return saved.status === 'saved' ? { ...saved, count } : saved;
    },

    previewBackup: ({ text }: { text: string }): BackupPreview => {
      const backup = readBackup(text);
      const { counts } = planDealMerge((id) => store.deals.get(id), backup.deals);
      const inBackup = new Set(backup.deals.map((deal) => deal.id));
      return {
        exportedAt: backup.exportedAt,
        appVersion: backup.appVersion,
        deals: backup.deals.length,
        sampleDeals: backup.deals.filter((deal) => deal.isSample).length,
        merge: { ...counts, playbookEntries: playbookMerge(backup).added },
        localDeals: store.deals.size,
        localOnly: store.deals.all().filter((deal) => !inBackup.has(deal.id)).length,
      };
    },

    /**
     * Merge: deals by id, the copy saved last wins; custom playbook entries this computer lacks are
     * added, and so are rehearsal attempts and drills; settings and card schedules stay. Replace (confirmed): everything becomes the
     * backup's, after the current data is saved to a safety copy in the data folder.
     */
    importBackup: async ({ text, mode, confirmReplace }: BackupImportInput): Promise<BackupImportResult> => {
      const backup = readBackup(text);
      if (mode === 'merge') {
        const { counts, toWrite } = planDealMerge((id) => store.deals.get(id), backup.deals);
        await applyDealChanges(store.deals, toWrite);
        const playbook = playbookMerge(backup);
        if (playbook.added > 0) await store.workbench.update('playbook', playbook.playbook);
        const rehearsal = rehearsalMerge(backup);
        if (rehearsal.added > 0) await store.workbench.update('rehearsal', rehearsal.rehearsal);
        return { ...counts, mode, removed: 0, playbookEntries: playbook.added, safetyCopy: null };
      }
      if (!confirmReplace) {
        throw new ServiceError('conflict', 'Replacing all data needs an explicit confirmation; nothing was changed.');
      }
      const folder = join(store.dataDir, SAFETY_COPY_DIR);
      await mkdir(folder, { recursive: true });
      const safetyCopy = join(folder, `parley-before-restore-${now().toISOString().replace(/[:.]/g, '-')}.json`);
      await writeTextDurably(safetyCopy, snapshot(), store.codec);

      // A deal saved at the same moment on both sides is the same deal: only the others are written.
      const changed = backup.deals.filter((deal) => store.deals.get(deal.id)?.updatedAt !== deal.updatedAt);
      const updated = changed.filter((deal) => store.deals.has(deal.id)).length;
      const inBackup = new Set(backup.deals.map((deal) => deal.id));
      const removeIds = store.deals
        .all()
        .filter((deal) => !inBackup.has(deal.id))
        .map((deal) => deal.id);
      await applyDealChanges(store.deals, changed, removeIds);
      const sections = Object.keys(backup.workbench).filter((key): key is SectionKey => key !== 'schemaVersion');
      for (const key of sections) await replaceSection(key, backup);
      return {
        added: changed.length - updated,
        updated,
        kept: 0,
        unchanged: backup.deals.length - changed.length,
        mode,
        removed: removeIds.length,
        playbookEntries: 0,
        safetyCopy,
      };
    },
  };
}
