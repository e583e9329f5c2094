// CSV in and out: past deals (with row choices, re-import and undo), logged objections/signals, complaints, exports.
import type { Deal } from '@shared/domain/deal';
import {
  attachActivity,
  mapRowsToObjections,
  mapRowsToSignals,
  OBJECTION_IMPORT_FIELDS,
  SIGNAL_IMPORT_FIELDS,
  type ImportedDealActivity,
} from '@shared/domain/csv/activity-import';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { missingRequiredFields, type ImportFieldSpec, type ImportIssue } from '@shared/domain/csv/column-mapping';
import {
  attachComplaints,
  COMPLAINT_IMPORT_FIELDS,
  mapRowsToComplaints,
  stepField,
  type ComplaintImportField,
} from '@shared/domain/csv/complaint-import';
import { DEAL_IMPORT_FIELDS } from '@shared/domain/csv/deal-import';
import {
  complaintCsvColumns,
  complaintsToCsvRows,
  dealCsvColumns,
  dealsToCsvRows,
  objectionCsvColumns,
  objectionsToCsvRows,
  signalCsvColumns,
  signalsToCsvRows,
} from '@shared/domain/csv/export-rows';
import { parseCsvInSlices, runWithCheckpoints, type Checkpoint, type ParsedCsv } from '@shared/domain/csv/parse-csv';
import { suggestMappingFor } from '@shared/domain/csv/column-mapping';
import { toCsv } from '@shared/domain/csv/to-csv';
import type {
  CsvExportInput,
  FieldMapping,
  FileSaveResult,
  ImportKind,
  ImportPreview,
  ImportRequest,
  ImportResult,
  ImportUndoResult,
  TextEncodingName,
  UnmatchedActivity,
} from '@shared/domain/history/records';
import type { ImportProgress } from '@shared/ipc/contract';
import { CLOSING_SIGNALS, TECHNIQUES } from '@shared/playbook';
import { complaintSchema } from '../schemas/complaint-schema';
import { dealSchema } from '../schemas/deal-schema';
import { DealStore } from '../store/deal-store';
import { readTextFile, writeTextDurably } from '../store/durable-json-file';
import { ImportMemory } from '../store/import-memory';
import type { JournalChange } from '../store/journal';
import type { ServiceContext } from './context';
import { decodeCsvRequest } from './csv-decode';
import { applyDealChanges } from './deal-batch';
import { completeMapping, planDealImport, type DealImportPlan } from './deal-import-plan';
import type { HistoryFiles } from './history-files';
import type { PlaybookService } from './playbook-service';
import { notFound, ServiceError } from './service-error';

const PREVIEW_ROWS = 8;
/** The longest stretch an import works before it lets the main process handle anything else. */
const SLICE_MS = 8;
const PROGRESS_EVERY_MS = 100;
const MAX_LISTED_ISSUES = 200;

const FIELDS = {
  deals: DEAL_IMPORT_FIELDS,
  objections: OBJECTION_IMPORT_FIELDS,
  signals: SIGNAL_IMPORT_FIELDS,
  complaints: COMPLAINT_IMPORT_FIELDS,
} as const satisfies Record<ImportKind, readonly ImportFieldSpec<string>[]>;

const EXPORTS = {
  en: {
    deals: { file: 'parley-deals', title: 'Export deals as CSV' },
    objections: { file: 'parley-objections', title: 'Export logged objections as CSV' },
    signals: { file: 'parley-closing-signals', title: 'Export closing signals as CSV' },
    complaints: { file: 'parley-complaints', title: 'Export complaints as CSV' },
  },
  zh: {
    deals: { file: 'Parley-商机', title: '导出商机（CSV）' },
    objections: { file: 'Parley-异议记录', title: '导出异议记录（CSV）' },
    signals: { file: 'Parley-成交信号', title: '导出成交信号（CSV）' },
    complaints: { file: 'Parley-投诉记录', title: '导出投诉记录（CSV）' },
  },
} as const satisfies Record<CsvExportInput['language'], Record<ImportKind, { file: string; title: string }>>;

type ImportPlan = {
  parsed: ParsedCsv;
  encoding: TextEncodingName;
  suggested: FieldMapping;
  mapping: FieldMapping;
  missingRequired: string[];
  issues: ImportIssue[];
  unmatched: UnmatchedActivity[];
  deals: DealImportPlan | null;
  /** Activity and complaint imports: the deals given new entries. */
  toWrite: Deal[];
};

/** A complaint the stored-deal schema refuses, as problems with the row's own columns. */
function complaintIssues(
  line: number,
  result: ReturnType<typeof complaintSchema.safeParse>,
  mapping: FieldMapping,
  headers: readonly string[],
  rawSteps: readonly { step: string }[],
): ImportIssue[] {
  if (result.success) return [];
  return result.error.issues.map((problem) => {
    const [key, index] = problem.path;
    const step = key === 'steps' && typeof index === 'number' ? rawSteps[index]?.step : undefined;
    const field = step ? stepField(step as Parameters<typeof stepField>[0]) : typeof key === 'string' ? key : null;
    const column = field === null ? null : (mapping[field] ?? null);
    return {
      line,
      column: column === null ? null : (headers[column] ?? null),
      field,
      code: 'conflict',
      message: step
        ? `${problem.message} (a step time must be written like 2026-03-01T09:30:00.000Z)`
        : problem.message,
      value: '',
    };
  });
}

const titleKey = (title: string): string => title.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();

/** A deal the import would make unreadable (e.g. more objections in one meeting than a deal may hold). */
function schemaIssue(line: number): ImportIssue {
  return {
    line,
    column: null,
    field: null,
    code: 'too-long',
    message: 'This would give the deal more entries than Parley can keep.',
    value: '',
  };
}

const IMPORT_LOG_DIR = 'imports';
const importLogFile = (id: string): string => `${IMPORT_LOG_DIR}/${id}.json`;

/** What one import added and what it changed (as it was before), so "Undo import" can put it back. */
const importLogSchema = z.object({
  id: z.string(),
  at: z.string(),
  added: z.array(z.string()),
  replaced: z.array(dealSchema),
});
type ImportLog = z.infer<typeof importLogSchema>;

/** The currency used most among the user's own deals; else the one the interface language suggests. */
function defaultCurrencyOf(deals: readonly Deal[], language: string | null): string {
  const counts = new Map<string, number>();
  for (const deal of deals) if (!deal.isSample) counts.set(deal.currency, (counts.get(deal.currency) ?? 0) + 1);
  let best: string | null = null;
  for (const [currency, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = currency;
  return best ?? (language === 'en' ? 'USD' : 'CNY');
}

export function createHistoryImport(
  { store, now, newId, emit }: ServiceContext,
  playbook: PlaybookService,
  files: HistoryFiles,
) {
  /** The playbook's techniques, built-in ones included even when hidden, so older logs still match. */
  const knownTechniques = () => {
    const own = playbook.techniques();
    const ids = new Set(own.map((technique) => technique.id));
    return [...own, ...TECHNIQUES.filter((technique) => !ids.has(technique.id))];
  };
  let memory: Promise<ImportMemory> | null = null;
  const importMemory = (): Promise<ImportMemory> => (memory ??= ImportMemory.open(store.dataDir, store.codec));

  /** Bumped by "cancel": every plan started before then stops at its next checkpoint. */
  let cancelGeneration = 0;

  /**
   * Gives the thread back every few milliseconds (so the window never waits on an import), reports progress
   * at most every 100 ms, and stops with a `cancelled` error once the user cancels.
   */
  const checkpointFor = (phase: ImportProgress['phase']) => {
    const generation = cancelGeneration;
    const started = performance.now();
    let lastYield = started;
    let lastReport = 0;
    return async (done: number, total: number): Promise<void> => {
      const at = performance.now();
      if (at - lastReport >= PROGRESS_EVERY_MS) {
        lastReport = at;
        emit('import:progress', {
          phase,
          done,
          total,
          perSecond: Math.round((done * 1000) / Math.max(1, at - started)),
        });
      }
      if (at - lastYield >= SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = performance.now();
      }
      if (generation !== cancelGeneration) throw new ServiceError('cancelled', 'The import was cancelled.');
    };
  };

  const plan = async (request: ImportRequest, ids: () => string): Promise<ImportPlan> => {
    const { kind, mapping: requested, slashDateOrder } = request;
    const { text, encoding } = decodeCsvRequest(request);
    const parsed = await parseCsvInSlices(text, { checkpoint: checkpointFor('reading') });
    const width = parsed.headers.length;
    const base = { parsed, encoding, issues: [], unmatched: [], deals: null, toWrite: [] };

    if (kind === 'deals') {
      const remembered = (await importMemory()).get(parsed.headers);
      const existing = store.deals.all();
      const deals = await runWithCheckpoints(
        planDealImport(parsed, request, {
          now: now(),
          newId: ids,
          remembered,
          defaultCurrency: defaultCurrencyOf(existing, store.workbench.data.settings.language),
          existing,
        }),
        checkpointFor('checking'),
      );
      return {
        ...base,
        suggested: deals.suggested,
        mapping: deals.mapping,
        missingRequired: deals.missingRequired,
        issues: deals.resolved.blocking,
        deals,
      };
    }

    const fields = FIELDS[kind] as readonly ImportFieldSpec<string>[];
    const suggested: FieldMapping = suggestMappingFor(fields, parsed.headers);
    const options = { headers: parsed.headers, slashDateOrder, newId: ids };
    let groups: ImportedDealActivity[];
    let errors: ImportIssue[];
    let mapping: FieldMapping;
    let missingRequired: string[];
    if (kind === 'complaints') {
      const columns = completeMapping(COMPLAINT_IMPORT_FIELDS, requested ?? suggested, width);
      const missing = missingRequiredFields(COMPLAINT_IMPORT_FIELDS, columns);
      if (missing.length > 0) return { ...base, suggested, mapping: columns, missingRequired: missing };
      const read = mapRowsToComplaints(parsed.rows, columns as Record<ComplaintImportField, number | null>, options);
      const rowIssues = read.complaints.flatMap(({ line, complaint }) =>
        complaintIssues(line, complaintSchema.safeParse(complaint), columns, parsed.headers, complaint.steps),
      );
      const attached = attachComplaints(store.deals.all(), read.complaints, { now: now() });
      const schemaIssues = attached.deals.flatMap((deal) =>
        dealSchema.safeParse(deal).success
          ? []
          : [
              schemaIssue(
                read.complaints.find((entry) => entry.dealId === deal.id || entry.sourceId === deal.sourceId)?.line ??
                  0,
              ),
            ],
      );
      return {
        ...base,
        suggested,
        mapping: columns,
        missingRequired: [],
        issues: [...read.errors, ...rowIssues, ...(rowIssues.length > 0 ? [] : schemaIssues)],
        unmatched: attached.unmatched.map((group) => ({
          dealId: group.dealId === '' ? null : group.dealId,
          dealTitle: group.dealTitle !== '' ? group.dealTitle : group.sourceId,
          lines: group.lines,
          reason: 'not-found' as const,
        })),
        toWrite: attached.deals,
      };
    }
    if (kind === 'objections') {
      const columns = completeMapping(OBJECTION_IMPORT_FIELDS, requested ?? suggested, width);
      mapping = columns;
      missingRequired = missingRequiredFields(OBJECTION_IMPORT_FIELDS, columns);
      if (missingRequired.length > 0) return { ...base, suggested, mapping, missingRequired };
      ({ groups, errors } = mapRowsToObjections(parsed.rows, columns, { ...options, techniques: knownTechniques() }));
    } else {
      const columns = completeMapping(SIGNAL_IMPORT_FIELDS, requested ?? suggested, width);
      mapping = columns;
      missingRequired = missingRequiredFields(SIGNAL_IMPORT_FIELDS, columns);
      if (missingRequired.length > 0) return { ...base, suggested, mapping, missingRequired };
      ({ groups, errors } = mapRowsToSignals(parsed.rows, columns, { ...options, signals: CLOSING_SIGNALS }));
    }
    const attached = attachActivity(store.deals.all(), groups, { newId: ids, now: now() });
    const linesOf = (deal: Deal): number[] =>
      groups
        .filter(
          (group) =>
            group.dealId === deal.id || (group.dealTitle !== '' && titleKey(group.dealTitle) === titleKey(deal.title)),
        )
        .flatMap((group) => group.lines);
    const schemaIssues = attached.deals.flatMap((deal) =>
      dealSchema.safeParse(deal).success ? [] : [schemaIssue(linesOf(deal)[0] ?? 0)],
    );
    return {
      ...base,
      suggested,
      mapping,
      missingRequired,
      issues: [...errors, ...schemaIssues],
      unmatched: attached.unmatched.map(({ group, reason }) => ({
        dealId: group.dealId,
        dealTitle: group.dealTitle,
        lines: group.lines,
        reason,
      })),
      toWrite: attached.deals,
    };
  };

  const writeCount = (result: ImportPlan): number =>
    result.deals ? result.deals.created.length + result.deals.updated.length : result.toWrite.length;

  const isReady = (result: ImportPlan): boolean =>
    result.missingRequired.length === 0 &&
    result.parsed.errors.length === 0 &&
    result.issues.length === 0 &&
    result.unmatched.length === 0 &&
    (writeCount(result) > 0 || (result.deals?.unchanged ?? 0) > 0);

  let previewIds = 0;
  const throwawayId = (): string => `preview-${++previewIds}`;

  /**
   * Writes a change to many deals as one journal commit (the durable point), then takes it into memory and
   * writes the deal files behind it; the next start finishes the files if the app stops first.
   */
  const commitDealChanges = async (
    saved: readonly Deal[],
    removedIds: readonly string[],
    extra: { file: string; text: string | null }[],
    check?: Checkpoint,
  ): Promise<void> => {
    await store.flush(); // so each file holds what memory holds, the text a journal entry replaces
    const changes: JournalChange[] = [];
    for (let index = 0; index < saved.length; index++) {
      const deal = saved[index] as Deal;
      changes.push({ file: DealStore.relativeFileOf(deal.id), text: DealStore.fileTextOf(deal) });
      if (check && index % 500 === 499) await check(index + 1, saved.length); // 10,000 deal texts are a long stretch
    }
    changes.push(...removedIds.map((id) => ({ file: DealStore.relativeFileOf(id), text: null })), ...extra);
    const commit = await store.journal.commit(changes);
    const written = store.deals.applyJournaled(saved, removedIds);
    void store.journal.track(
      (async () => {
        await written;
        for (const { file, text } of extra) {
          const path = join(store.dataDir, file);
          if (text === null) await rm(path, { force: true });
          else {
            await mkdir(dirname(path), { recursive: true });
            await writeTextDurably(path, text, store.codec);
          }
        }
        await store.journal.complete(commit);
      })(),
    );
  };

  return {
    importPreview: async (request: ImportRequest): Promise<ImportPreview> => {
      const result = await plan(request, throwawayId);
      const { parsed, deals } = result;
      const issues = [...result.issues].sort((a, b) => a.line - b.line);
      const problemLines = new Set([
        ...issues.map((issue) => issue.line),
        ...parsed.errors.map((issue) => issue.line),
        ...result.unmatched.flatMap((group) => group.lines),
      ]);
      return {
        kind: request.kind,
        encoding: result.encoding,
        headers: parsed.headers,
        delimiter: parsed.delimiter,
        fields: FIELDS[request.kind].map(({ field, label, isRequired }) => ({ field, label, isRequired })),
        suggested: result.suggested,
        mapping: result.mapping,
        isRemembered: deals?.isRemembered ?? false,
        missingRequired: result.missingRequired,
        rowCount: parsed.rows.length,
        rows: parsed.rows.slice(0, PREVIEW_ROWS),
        parseIssues: parsed.errors,
        issues: issues.slice(0, MAX_LISTED_ISSUES),
        issueCount: issues.length,
        causes: deals?.resolved.causes ?? [],
        rowsWithProblems: parsed.rows.filter((row) => problemLines.has(row.line)).length,
        unmatched: result.unmatched,
        statusValues: deals?.statusValues ?? [],
        statusMap: deals?.statusMap ?? {},
        dateColumns: deals?.dateColumns ?? [],
        currency: deals?.currency ?? '',
        willCreate: deals ? deals.created.length : 0,
        willUpdate: deals ? deals.updated.length : result.toWrite.length,
        unchanged: deals?.unchanged ?? 0,
        willSkip: deals?.resolved.skipped.length ?? 0,
        isReady: isReady(result),
      };
    },

    /** Reads the file again with the mapping and choices; a problem no choice covers and nothing is written. */
    importCommit: async (request: ImportRequest): Promise<ImportResult> => {
      const result = await plan(request, newId);
      if (!isReady(result)) {
        const problems =
          result.issues.length + result.parsed.errors.length + result.unmatched.length + result.missingRequired.length;
        throw new ServiceError(
          'invalid-input',
          problems > 0
            ? `The file has ${problems} problem${problems === 1 ? '' : 's'}; nothing was imported.`
            : 'The file has nothing to import.',
        );
      }
      const { deals } = result;
      if (request.kind === 'complaints') {
        // Through the journal, with an undo log, so the whole file lands or none of it does.
        const importId = newId();
        const before = result.toWrite.flatMap((deal) => store.deals.get(deal.id) ?? []);
        const log: ImportLog = { id: importId, at: now().toISOString(), added: [], replaced: before };
        await commitDealChanges(result.toWrite, [], [{ file: importLogFile(importId), text: JSON.stringify(log) }]);
        return { kind: 'complaints', created: 0, updated: result.toWrite.length, unchanged: 0, skipped: 0, importId };
      }
      if (!deals) {
        await applyDealChanges(store.deals, result.toWrite);
        return {
          kind: request.kind,
          created: 0,
          updated: result.toWrite.length,
          unchanged: 0,
          skipped: 0,
          importId: null,
        };
      }
      const saved = [...deals.created, ...deals.updated.map(({ after }) => after)];
      // The boundary check of what is written: every deal as the store's schema wants it.
      const check = checkpointFor('checking');
      for (let index = 0; index < saved.length; index++) {
        if (!dealSchema.safeParse(saved[index]).success) {
          throw new ServiceError(
            'invalid-input',
            'A row would give its deal more than Parley can keep; nothing was imported.',
          );
        }
        if (index % 500 === 499) await check(index + 1, saved.length);
      }
      let importId: string | null = null;
      if (saved.length > 0) {
        importId = newId();
        const log: ImportLog = {
          id: importId,
          at: now().toISOString(),
          added: deals.created.map((deal) => deal.id),
          replaced: deals.updated.map(({ before }) => before),
        };
        await commitDealChanges(saved, [], [{ file: importLogFile(importId), text: JSON.stringify(log) }], check);
      }
      await (
        await importMemory()
      ).remember(result.parsed.headers, {
        mapping: deals.mapping,
        statusMap: deals.statusMap,
        currency: deals.currency,
      });
      return {
        kind: 'deals',
        created: deals.created.length,
        updated: deals.updated.length,
        unchanged: deals.unchanged,
        skipped: deals.resolved.skipped.length,
        importId,
      };
    },

    importCancel: (): null => {
      cancelGeneration += 1;
      return null;
    },

    /** Removes exactly the deals one import added and restores the ones it changed, as one journal commit. */
    importUndo: async ({ importId }: { importId: string }): Promise<ImportUndoResult> => {
      await store.journal.settled(); // the import's own files and log are written
      let log: ImportLog;
      try {
        const raw: unknown = JSON.parse(await readTextFile(join(store.dataDir, importLogFile(importId)), store.codec));
        log = importLogSchema.parse(raw);
      } catch {
        throw notFound('import', importId);
      }
      const removed = log.added.filter((id) => store.deals.has(id));
      await commitDealChanges(log.replaced, removed, [{ file: importLogFile(importId), text: null }]);
      return { removed: removed.length, restored: log.replaced.length };
    },

    /** The rows a commit would skip, with the file's own columns and a reason, saved where the user chooses. */
    importSkipped: async (request: ImportRequest): Promise<FileSaveResult> => {
      const { parsed, deals } = await plan(request, throwawayId);
      const skipped = deals?.resolved.skipped ?? [];
      const columns = [
        ...parsed.headers.map((header, index) => ({ key: String(index), header: header || `#${index + 1}` })),
        { key: 'reason', header: 'Reason' },
      ];
      const rows = skipped.map(({ row, reasons }) => ({
        ...Object.fromEntries(row.cells.map((cell, index) => [String(index), cell])),
        reason: reasons.join(' '),
      }));
      const saved = await files.save(
        { fileName: `skipped-rows-${files.today()}.csv`, format: 'csv', title: 'Save skipped rows' },
        () => toCsv(rows, columns),
      );
      return saved.status === 'saved' ? { ...saved, count: rows.length } : saved;
    },

    exportCsv: async ({ kind, language }: CsvExportInput): Promise<FileSaveResult> => {
      const deals = store.deals
        .all()
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
      const [rows, columns] = {
        deals: () => [dealsToCsvRows(deals), dealCsvColumns(language)] as const,
        objections: () => [objectionsToCsvRows(deals), objectionCsvColumns(language)] as const,
        signals: () => [signalsToCsvRows(deals), signalCsvColumns(language)] as const,
        complaints: () => [complaintsToCsvRows(deals), complaintCsvColumns(language)] as const,
      }[kind]();
      const names = EXPORTS[language][kind];
      const saved = await files.save(
        { fileName: `${names.file}-${files.today()}.csv`, format: 'csv', title: names.title },
        () => toCsv(rows, columns),
      );
      return saved.status === 'saved' ? { ...saved, count: rows.length } : saved;
    },
  };
}
