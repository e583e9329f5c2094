// What the user chose for rows with problems: skip them, give a cell a default value, or fix cells in place.
// Problems are grouped by cause (the field and the kind of problem), so 1,425 empty accounts are one decision.
import type { ImportIssue } from './column-mapping';
import { runToEnd, type CsvRow, type SlicedWork } from './parse-csv';

export type RowChoice = { action: 'skip' } | { action: 'default'; value: string };

/** `field:code`, e.g. `counterpartOrg:required`; `row:code` for problems of the row as a whole. */
export type CauseKey = string;

export const causeKeyOf = (issue: Pick<ImportIssue, 'field' | 'code'>): CauseKey =>
  `${issue.field ?? 'row'}:${issue.code}`;

/** Cell fixes typed in the wizard: `line:field` → the cell's new text. */
export type CellFixes = Record<string, string>;

export const fixKeyOf = (line: number, field: string): string => `${line}:${field}`;

export type RowChoices = { causes: Record<CauseKey, RowChoice>; fixes: CellFixes };

export const noRowChoices = (): RowChoices => ({ causes: {}, fixes: {} });

/** One cause with how many rows it affects and the first few, so the wizard can offer fixes in place. */
export type IssueCause = {
  key: CauseKey;
  field: string | null;
  column: string | null;
  code: ImportIssue['code'];
  rowCount: number;
  /** The first affected problems (one per row), with their line, value and message. */
  examples: ImportIssue[];
};

export type SkippedRow = { row: CsvRow; reasons: string[] };

export type ResolvedRows<T> = {
  accepted: { line: number; item: T }[];
  skipped: SkippedRow[];
  /** Problems no choice covers: while any is left, nothing may be imported. */
  blocking: ImportIssue[];
  causes: IssueCause[];
};

const EXAMPLES_PER_CAUSE = 5;

/**
 * Maps every row with `mapRow`, applying the user's choices: fixes first, then a cause's default value
 * in the cells it names (the row is read again), then skips. `columnOf` finds the cell a field reads.
 */
export function resolveRows<T>(
  rows: readonly CsvRow[],
  mapRow: (row: CsvRow) => { item: T | null; issues: ImportIssue[] },
  columnOf: (field: string) => number | null,
  choices: RowChoices,
): ResolvedRows<T> {
  return runToEnd(resolveRowSlices(rows, mapRow, columnOf, choices));
}

const ROWS_PER_SLICE = 500;

/** `resolveRows` in slices of 500 rows, yielding rows done and the total after each. */
export function* resolveRowSlices<T>(
  rows: readonly CsvRow[],
  mapRow: (row: CsvRow) => { item: T | null; issues: ImportIssue[] },
  columnOf: (field: string) => number | null,
  choices: RowChoices,
): SlicedWork<ResolvedRows<T>> {
  const accepted: { line: number; item: T }[] = [];
  const skipped: SkippedRow[] = [];
  const blocking: ImportIssue[] = [];
  const causes = new Map<CauseKey, IssueCause>();
  const fixedLines = new Set(Object.keys(choices.fixes).map((key) => Number(key.split(':')[0])));

  for (let index = 0; index < rows.length; index++) {
    if (index > 0 && index % ROWS_PER_SLICE === 0) yield [index, rows.length];
    const original = rows[index] as CsvRow;
    let row = original;
    if (fixedLines.has(row.line)) row = withFixes(row, choices.fixes, columnOf);
    let result = mapRow(row);
    if (result.issues.length === 0 && result.item !== null) {
      accepted.push({ line: row.line, item: result.item });
      continue;
    }
    const countedKeys = new Set<CauseKey>();
    for (const issue of result.issues) {
      const key = causeKeyOf(issue);
      let cause = causes.get(key);
      if (!cause) {
        cause = { key, field: issue.field, column: issue.column, code: issue.code, rowCount: 0, examples: [] };
        causes.set(key, cause);
      }
      if (countedKeys.has(key)) continue;
      countedKeys.add(key);
      cause.rowCount += 1;
      if (cause.examples.length < EXAMPLES_PER_CAUSE) cause.examples.push(issue);
    }

    const cells = [...row.cells];
    let isDefaulted = false;
    for (const issue of result.issues) {
      const choice = choices.causes[causeKeyOf(issue)];
      const column = issue.field === null ? null : columnOf(issue.field);
      if (choice?.action === 'default' && column !== null) {
        cells[column] = choice.value;
        isDefaulted = true;
      }
    }
    if (isDefaulted) {
      row = { line: row.line, cells };
      result = mapRow(row);
      if (result.issues.length === 0 && result.item !== null) {
        accepted.push({ line: row.line, item: result.item });
        continue;
      }
    }
    const isSkipped = result.issues.every((issue) => choices.causes[causeKeyOf(issue)]?.action === 'skip');
    if (isSkipped) skipped.push({ row: original, reasons: result.issues.map((issue) => issue.message) });
    else blocking.push(...result.issues.filter((issue) => choices.causes[causeKeyOf(issue)]?.action !== 'skip'));
  }
  return {
    accepted,
    skipped,
    blocking,
    causes: [...causes.values()].sort((a, b) => b.rowCount - a.rowCount),
  };
}

function withFixes(row: CsvRow, fixes: CellFixes, columnOf: (field: string) => number | null): CsvRow {
  const cells = [...row.cells];
  const prefix = `${row.line}:`;
  for (const [key, text] of Object.entries(fixes)) {
    if (!key.startsWith(prefix)) continue;
    const column = columnOf(key.slice(prefix.length));
    if (column !== null) cells[column] = text;
  }
  return { line: row.line, cells };
}
