// What importing a deals CSV would do: each row read with the user's choices, matched to earlier imports by CRM id.
import type { Deal } from '@shared/domain/deal';
import type { SlashDateOrder } from '@shared/domain/csv/cell-values';
import { missingRequiredFields, type ColumnMapping } from '@shared/domain/csv/column-mapping';
import { inferDateOrder } from '@shared/domain/csv/date-order';
import {
  DEAL_IMPORT_FIELDS,
  IMPORTED_DEAL_KEYS,
  mapRowToDeal,
  suggestMapping,
  type DealImportField,
} from '@shared/domain/csv/deal-import';
import type { ParsedCsv, SlicedWork } from '@shared/domain/csv/parse-csv';
import { noRowChoices, resolveRowSlices, type ResolvedRows } from '@shared/domain/csv/row-choices';
import { countStatusValues, type StatusMap } from '@shared/domain/csv/status-values';
import type { DateColumnInfo, FieldMapping, ImportPreview, ImportRequest } from '@shared/domain/history/records';
import type { RememberedImport } from '../store/import-memory';

const DATE_FIELDS = ['openedOn', 'closedOn', 'expectedCloseDate', 'meetingDate'] as const satisfies DealImportField[];
const STATUS_FIELDS = ['stage', 'outcome'] as const satisfies DealImportField[];

export type DealImportPlan = {
  mapping: ColumnMapping<DealImportField>;
  suggested: FieldMapping;
  isRemembered: boolean;
  missingRequired: string[];
  resolved: ResolvedRows<Deal>;
  statusMap: StatusMap;
  statusValues: ImportPreview['statusValues'];
  dateColumns: DateColumnInfo[];
  currency: string;
  /** New deals and changed earlier imports, as they would be saved. */
  created: Deal[];
  updated: { before: Deal; after: Deal }[];
  unchanged: number;
};

/** Every field with a column of the file or null (a column past the last one is null). */
export function completeMapping<F extends string>(
  fields: readonly { field: F }[],
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

/** An earlier import's deal with this row's values; the user's own work on it (worksheet, meetings, review notes) stays. */
function mergeImported(existing: Deal, imported: Deal, now: Date): Deal {
  const fields = Object.fromEntries(IMPORTED_DEAL_KEYS.map((key) => [key, imported[key]]));
  return {
    ...existing,
    ...fields,
    review: {
      ...existing.review,
      closedOn: imported.review.closedOn,
      finalPrice: imported.review.finalPrice ?? existing.review.finalPrice,
      lostReason: imported.review.lostReason || existing.review.lostReason,
    },
    updatedAt: now.toISOString(),
  };
}

const comparable = (deal: Deal): string =>
  JSON.stringify([IMPORTED_DEAL_KEYS.map((key) => deal[key]), deal.review.closedOn, deal.review.finalPrice]);

/** Reads every row (in slices: it yields rows done and the total) into what a commit would write. */
export function* planDealImport(
  parsed: ParsedCsv,
  request: ImportRequest,
  context: {
    now: Date;
    newId: () => string;
    remembered: RememberedImport | null;
    defaultCurrency: string;
    existing: readonly Deal[];
  },
): SlicedWork<DealImportPlan> {
  const { remembered } = context;
  const suggested: FieldMapping = suggestMapping(parsed.headers);
  const isRemembered = request.mapping === null && remembered !== null;
  const mapping = completeMapping(
    DEAL_IMPORT_FIELDS,
    request.mapping ?? remembered?.mapping ?? suggested,
    parsed.headers.length,
  );
  const missingRequired = missingRequiredFields(DEAL_IMPORT_FIELDS, mapping);
  const statusMap: StatusMap = { ...remembered?.statusMap, ...request.statusMap };
  const currency = request.currency ?? remembered?.currency ?? context.defaultCurrency;
  const columnName = (column: number): string => parsed.headers[column] || `#${column + 1}`;
  const cellsOf = (column: number): string[] => parsed.rows.map((row) => row.cells[column] ?? '');

  const dateColumns: DateColumnInfo[] = [];
  const dateOrders: Partial<Record<DealImportField, SlashDateOrder>> = {};
  for (const field of DATE_FIELDS) {
    const column = mapping[field];
    if (column === null) continue;
    const reading = inferDateOrder(cellsOf(column));
    const order = request.dateOrders?.[field] ?? reading.order ?? request.slashDateOrder;
    if (order) dateOrders[field] = order;
    dateColumns.push({ field, column: columnName(column), order, isAmbiguous: reading.isAmbiguous });
    yield [0, parsed.rows.length]; // each whole-column scan is a slice of its own
  }
  const statusValues: ImportPreview['statusValues'] = [];
  for (const field of STATUS_FIELDS) {
    const column = mapping[field];
    if (column === null) continue;
    const values = countStatusValues(cellsOf(column)).slice(0, 100);
    statusValues.push({
      field,
      column: columnName(column),
      values: values.map((value) => ({ ...value, suggestion: statusMap[value.key] ?? value.suggestion })),
    });
    yield [0, parsed.rows.length];
  }

  const empty: DealImportPlan = {
    mapping,
    suggested,
    isRemembered,
    missingRequired,
    resolved: { accepted: [], skipped: [], blocking: [], causes: [] },
    statusMap,
    statusValues,
    dateColumns,
    currency,
    created: [],
    updated: [],
    unchanged: 0,
  };
  if (missingRequired.length > 0) return empty;

  const options = {
    headers: parsed.headers,
    now: context.now,
    newId: context.newId,
    currency,
    dateOrders,
    statusMap,
  };
  const bySource = new Map<string, Deal>();
  for (const deal of context.existing) if (deal.sourceId !== null && !deal.isSample) bySource.set(deal.sourceId, deal);
  const seenSources = new Set<string>();
  const resolved = yield* resolveRowSlices(
    parsed.rows,
    (row) => {
      const { deal, issues } = mapRowToDeal(row, mapping, options);
      if (deal?.sourceId != null) {
        if (seenSources.has(deal.sourceId)) {
          return {
            item: null,
            issues: [
              {
                line: row.line,
                column: columnName(mapping.sourceId ?? 0),
                field: 'sourceId',
                code: 'conflict',
                message: `The CRM id "${deal.sourceId}" appears on an earlier row too.`,
                value: deal.sourceId,
              },
            ],
          };
        }
        seenSources.add(deal.sourceId);
      }
      return { item: deal, issues };
    },
    (field) => mapping[field as DealImportField] ?? null,
    request.choices ?? noRowChoices(),
  );

  const created: Deal[] = [];
  const updated: { before: Deal; after: Deal }[] = [];
  let unchanged = 0;
  for (const { item } of resolved.accepted) {
    const existing = item.sourceId === null ? undefined : bySource.get(item.sourceId);
    if (!existing) created.push(item);
    else {
      const after = mergeImported(existing, item, context.now);
      if (comparable(after) === comparable(existing)) unchanged += 1;
      else updated.push({ before: existing, after });
    }
  }
  return { ...empty, resolved, created, updated, unchanged };
}
