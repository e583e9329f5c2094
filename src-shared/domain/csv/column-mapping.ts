// Which CSV column feeds which field: the field lists, their header aliases, and a suggested mapping.
import type { LocalizedText } from '../../playbook/types';
import { normaliseKey, type CellIssueCode, type SlashDateOrder } from './cell-values';

export type ImportFieldSpec<F extends string> = {
  field: F;
  label: LocalizedText;
  isRequired: boolean;
  /** Header spellings (English and Chinese CRM exports); matched after `normaliseKey`. */
  aliases: readonly string[];
};

/** Field → 0-based column index, or null when the field is not imported. */
export type ColumnMapping<F extends string> = Record<F, number | null>;

/** One problem with one cell (or one row when `column` is null); `line` is the file's 1-based line. */
export type ImportIssue = {
  line: number;
  column: string | null;
  field: string | null;
  code: CellIssueCode;
  message: string;
  value: string;
};

export type ImportOptions = {
  /** Header row, so issues can name the user's column. */
  headers?: readonly string[];
  /** How to read 03/04/2024-style dates; unset rejects them as ambiguous. */
  slashDateOrder?: SlashDateOrder | null;
};

/**
 * Suggests a column for each field: exact header matches first, then headers that contain an
 * alias (longest alias first, e.g. "Amount (CNY)" → value). Each column is used at most once.
 */
export function suggestMappingFor<F extends string>(
  fields: readonly ImportFieldSpec<F>[],
  headers: readonly string[],
): ColumnMapping<F> {
  const mapping = Object.fromEntries(fields.map((spec) => [spec.field, null])) as ColumnMapping<F>;
  const keys = headers.map((header) => normaliseKey(header.replace(/^\uFEFF/, '')));
  const usedColumns = new Set<number>();
  const assign = (field: F, column: number): void => {
    mapping[field] = column;
    usedColumns.add(column);
  };

  for (const spec of fields) {
    const aliases = spec.aliases.map(normaliseKey);
    const column = keys.findIndex((key, index) => !usedColumns.has(index) && aliases.includes(key));
    if (column >= 0) assign(spec.field, column);
  }

  const candidates: { field: F; column: number; length: number }[] = [];
  for (const spec of fields) {
    if (mapping[spec.field] !== null) continue;
    for (const alias of spec.aliases.map(normaliseKey)) {
      // Very short aliases ("id", "名称") only match exactly.
      if (alias.length < 2 || (alias.length < 4 && /^[a-z]+$/.test(alias))) continue;
      keys.forEach((key, column) => {
        if (key.includes(alias)) candidates.push({ field: spec.field, column, length: alias.length });
      });
    }
  }
  candidates.sort((a, b) => b.length - a.length || a.column - b.column);
  for (const candidate of candidates) {
    if (mapping[candidate.field] === null && !usedColumns.has(candidate.column))
      assign(candidate.field, candidate.column);
  }
  return mapping;
}

/** Required fields left without a column: the import screen should ask for them before mapping rows. */
export function missingRequiredFields<F extends string>(
  fields: readonly ImportFieldSpec<F>[],
  mapping: ColumnMapping<F>,
): F[] {
  return fields.filter((spec) => spec.isRequired && mapping[spec.field] === null).map((spec) => spec.field);
}

/** Reads mapped cells of one row and collects its issues. */
export type RowReader<F extends string> = {
  raw: (field: F) => string;
  issue: (field: F | null, code: CellIssueCode, message: string) => void;
};

export function createRowReader<F extends string>(
  cells: readonly string[],
  line: number,
  mapping: ColumnMapping<F>,
  headers: readonly string[] | undefined,
  issues: ImportIssue[],
): RowReader<F> {
  return {
    raw: (field) => {
      const column = mapping[field];
      return column === null ? '' : (cells[column] ?? '');
    },
    issue: (field, code, message) => {
      const column = field === null ? null : mapping[field];
      issues.push({
        line,
        column: column === null ? field : (headers?.[column] ?? `#${column + 1}`),
        field,
        code,
        message,
        value: column === null ? '' : (cells[column] ?? ''),
      });
    },
  };
}
