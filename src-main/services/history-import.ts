// CSV in and out: past deals and logged objections/signals imported all-or-nothing after a preview, and CSV exports.
import type { Deal } from '@shared/domain/deal';
import {
  attachActivity,
  mapRowsToObjections,
  mapRowsToSignals,
  OBJECTION_IMPORT_FIELDS,
  SIGNAL_IMPORT_FIELDS,
  type ImportedDealActivity,
} from '@shared/domain/csv/activity-import';
import {
  missingRequiredFields,
  type ColumnMapping,
  type ImportFieldSpec,
  type ImportIssue,
} from '@shared/domain/csv/column-mapping';
import { DEAL_IMPORT_FIELDS, mapRowsToDeals } from '@shared/domain/csv/deal-import';
import {
  dealCsvColumns,
  dealsToCsvRows,
  objectionCsvColumns,
  objectionsToCsvRows,
  signalCsvColumns,
  signalsToCsvRows,
} from '@shared/domain/csv/export-rows';
import { parseCsv, type ParsedCsv } from '@shared/domain/csv/parse-csv';
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
  UnmatchedActivity,
} from '@shared/domain/history/records';
import { CLOSING_SIGNALS, TECHNIQUES } from '@shared/playbook';
import { dealSchema } from '../schemas/deal-schema';
import type { ServiceContext } from './context';
import { applyDealChanges } from './deal-batch';
import type { HistoryFiles } from './history-files';
import type { PlaybookService } from './playbook-service';
import { ServiceError } from './service-error';

const PREVIEW_ROWS = 8;
const MAX_LISTED_ISSUES = 200;

const FIELDS = {
  deals: DEAL_IMPORT_FIELDS,
  objections: OBJECTION_IMPORT_FIELDS,
  signals: SIGNAL_IMPORT_FIELDS,
} as const satisfies Record<ImportKind, readonly ImportFieldSpec<string>[]>;

const EXPORTS = {
  en: {
    deals: { file: 'parley-deals', title: 'Export deals as CSV' },
    objections: { file: 'parley-objections', title: 'Export logged objections as CSV' },
    signals: { file: 'parley-closing-signals', title: 'Export closing signals as CSV' },
  },
  zh: {
    deals: { file: 'Parley-商机', title: '导出商机（CSV）' },
    objections: { file: 'Parley-异议记录', title: '导出异议记录（CSV）' },
    signals: { file: 'Parley-成交信号', title: '导出成交信号（CSV）' },
  },
} as const satisfies Record<CsvExportInput['language'], Record<ImportKind, { file: string; title: string }>>;

type ImportPlan = {
  parsed: ParsedCsv;
  suggested: FieldMapping;
  mapping: FieldMapping;
  missingRequired: string[];
  issues: ImportIssue[];
  unmatched: UnmatchedActivity[];
  toWrite: Deal[];
  created: number;
};

/** Every field of the kind, each with a column of the file or null (a column past the last one is null). */
function completeMapping<F extends string>(
  fields: readonly ImportFieldSpec<F>[],
  requested: FieldMapping,
  width: number,
): ColumnMapping<F> {
  return Object.fromEntries(
    fields.map(({ field }) => {
      const column = requested[field];
      return [field, column !== undefined && column !== null && column < width ? column : null];
    }),
  ) as ColumnMapping<F>;
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

export function createHistoryImport(
  { store, now, newId }: ServiceContext,
  playbook: PlaybookService,
  files: HistoryFiles,
) {
  /** The playbook's techniques, built-in ones included even when hidden, so older logs still match. */
  const knownTechniques = () => {
    const own = playbook.techniques();
    const ids = new Set(own.map((technique) => technique.id));
    return [...own, ...TECHNIQUES.filter((technique) => !ids.has(technique.id))];
  };

  const plan = ({ kind, text, mapping: requested, slashDateOrder }: ImportRequest, ids: () => string): ImportPlan => {
    const parsed = parseCsv(text);
    const fields = FIELDS[kind] as readonly ImportFieldSpec<string>[];
    const suggested: FieldMapping = suggestMappingFor(fields, parsed.headers);
    const options = { headers: parsed.headers, slashDateOrder, newId: ids };
    const width = parsed.headers.length;
    const empty = { parsed, suggested, issues: [], unmatched: [], toWrite: [], created: 0 };

    if (kind === 'deals') {
      const mapping = completeMapping(DEAL_IMPORT_FIELDS, requested ?? suggested, width);
      const missingRequired = missingRequiredFields(DEAL_IMPORT_FIELDS, mapping);
      if (missingRequired.length > 0) return { ...empty, mapping, missingRequired };
      const { deals, errors } = mapRowsToDeals(parsed.rows, mapping, { ...options, now: now() });
      const badLines = new Set(errors.map((issue) => issue.line));
      const lines = parsed.rows.filter((row) => !badLines.has(row.line)).map((row) => row.line);
      const schemaIssues = deals.flatMap((deal, index) =>
        dealSchema.safeParse(deal).success ? [] : [schemaIssue(lines[index] ?? 0)],
      );
      return {
        ...empty,
        mapping,
        missingRequired,
        issues: [...errors, ...schemaIssues],
        toWrite: deals,
        created: deals.length,
      };
    }

    let groups: ImportedDealActivity[];
    let errors: ImportIssue[];
    let mapping: FieldMapping;
    let missingRequired: string[];
    if (kind === 'objections') {
      const columns = completeMapping(OBJECTION_IMPORT_FIELDS, requested ?? suggested, width);
      mapping = columns;
      missingRequired = missingRequiredFields(OBJECTION_IMPORT_FIELDS, columns);
      if (missingRequired.length > 0) return { ...empty, mapping, missingRequired };
      ({ groups, errors } = mapRowsToObjections(parsed.rows, columns, { ...options, techniques: knownTechniques() }));
    } else {
      const columns = completeMapping(SIGNAL_IMPORT_FIELDS, requested ?? suggested, width);
      mapping = columns;
      missingRequired = missingRequiredFields(SIGNAL_IMPORT_FIELDS, columns);
      if (missingRequired.length > 0) return { ...empty, mapping, missingRequired };
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
      ...empty,
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

  const isReady = (result: ImportPlan): boolean =>
    result.missingRequired.length === 0 &&
    result.parsed.errors.length === 0 &&
    result.issues.length === 0 &&
    result.unmatched.length === 0 &&
    result.toWrite.length > 0;

  let previewIds = 0;
  const throwawayId = (): string => `preview-${++previewIds}`;

  return {
    importPreview: (request: ImportRequest): ImportPreview => {
      const result = plan(request, throwawayId);
      const { parsed } = result;
      const issues = [...result.issues].sort((a, b) => a.line - b.line);
      const problemLines = new Set([
        ...issues.map((issue) => issue.line),
        ...parsed.errors.map((issue) => issue.line),
        ...result.unmatched.flatMap((group) => group.lines),
      ]);
      return {
        kind: request.kind,
        headers: parsed.headers,
        delimiter: parsed.delimiter,
        fields: FIELDS[request.kind].map(({ field, label, isRequired }) => ({ field, label, isRequired })),
        suggested: result.suggested,
        mapping: result.mapping,
        missingRequired: result.missingRequired,
        rowCount: parsed.rows.length,
        rows: parsed.rows.slice(0, PREVIEW_ROWS),
        parseIssues: parsed.errors,
        issues: issues.slice(0, MAX_LISTED_ISSUES),
        issueCount: issues.length,
        rowsWithProblems: parsed.rows.filter((row) => problemLines.has(row.line)).length,
        unmatched: result.unmatched,
        willCreate: result.created,
        willUpdate: result.toWrite.length - result.created,
        isReady: isReady(result),
      };
    },

    /** Reads the file again with the mapping; any problem at all and nothing is written. */
    importCommit: async (request: ImportRequest): Promise<ImportResult> => {
      const result = plan(request, newId);
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
      await applyDealChanges(store.deals, result.toWrite);
      return { kind: request.kind, created: result.created, updated: result.toWrite.length - result.created };
    },

    exportCsv: async ({ kind, language }: CsvExportInput): Promise<FileSaveResult> => {
      const deals = store.deals
        .all()
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
      const [rows, columns] =
        kind === 'deals'
          ? [dealsToCsvRows(deals), dealCsvColumns(language)]
          : kind === 'objections'
            ? [objectionsToCsvRows(deals), objectionCsvColumns(language)]
            : [signalsToCsvRows(deals), signalCsvColumns(language)];
      const names = EXPORTS[language][kind];
      const saved = await files.save(
        { fileName: `${names.file}-${files.today()}.csv`, format: 'csv', title: names.title },
        () => toCsv(rows, columns),
      );
      return saved.status === 'saved' ? { ...saved, count: rows.length } : saved;
    },
  };
}
