// Writing CSV that Excel opens correctly (BOM for Chinese) and that cannot smuggle in formulas.
// Keeps the hand-written papaparse types visible wherever this file is compiled (see papaparse.d.ts).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./papaparse.d.ts" />
import Papa from 'papaparse/papaparse.js';
import type { CsvDelimiter } from './parse-csv';

export type CsvCell = string | number | boolean | null | undefined;
export type CsvRecord = Readonly<Record<string, CsvCell>>;
export type CsvColumn = { key: string; header: string };
export type ToCsvOptions = {
  delimiter?: CsvDelimiter;
  /** Default true: without it Excel reads UTF-8 Chinese as mojibake. */
  includeBom?: boolean;
  /** Default CRLF (RFC 4180). */
  newline?: '\r\n' | '\n';
};

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * OWASP's CSV-injection guard: a text cell starting with = + - @ TAB or CR gets a leading `'` so a
 * spreadsheet shows it as text instead of running it. Numbers are written as numbers, unchanged.
 * (papaparse's own `escapeFormulae` misses cells that continue on a second line.)
 */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellToText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return escapeFormula(cell);
}

export function toCsv(rows: readonly CsvRecord[], columns: readonly CsvColumn[], options: ToCsvOptions = {}): string {
  const table: string[][] = [columns.map((column) => escapeFormula(column.header))];
  for (const row of rows) table.push(columns.map((column) => cellToText(row[column.key])));
  const newline = options.newline ?? '\r\n';
  const body = Papa.unparse(table, {
    delimiter: options.delimiter ?? ',',
    newline,
    quotes: false,
    escapeFormulae: false,
  });
  return `${options.includeBom === false ? '' : '\uFEFF'}${body}${newline}`;
}
