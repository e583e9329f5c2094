// Reads a CSV file's text (as exported by CRMs and spreadsheets) into headers and numbered rows.
// Keeps the hand-written papaparse types visible wherever this file is compiled (see papaparse.d.ts).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./papaparse.d.ts" />
import Papa from 'papaparse/papaparse.js';

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** One data row; `line` is the 1-based line of the file where the row starts. */
export type CsvRow = { line: number; cells: string[] };

export type CsvParseIssueCode = 'empty-file' | 'unclosed-quote' | 'malformed-quote' | 'extra-cells';
export type CsvParseIssue = { line: number; code: CsvParseIssueCode; message: string };

export type ParsedCsv = {
  headers: string[];
  rows: CsvRow[];
  delimiter: CsvDelimiter;
  /** Problems with the file's structure; rows are still returned where possible. */
  errors: CsvParseIssue[];
};

const BOM = '\uFEFF';

/** Picks the delimiter that occurs most often, outside quotes, in the header line (comma on a tie). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 } satisfies Record<CsvDelimiter, number>;
  let isQuoted = false;
  let hasContent = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') isQuoted = !isQuoted;
    else if (isQuoted) continue;
    else if (char === '\n' || char === '\r') {
      if (hasContent) break; // only the first non-blank line: the header
    } else if (char === ',' || char === ';' || char === '\t') counts[char] += 1;
    if (char !== '\n' && char !== '\r' && char !== ' ') hasContent = true;
  }
  let best: CsvDelimiter = ',';
  for (const delimiter of CSV_DELIMITERS) if (counts[delimiter] > counts[best]) best = delimiter;
  return best;
}

/**
 * Lets long work give the thread back: called every so often with how far it got; the caller may wait (so the
 * process stays responsive), report progress, or throw to cancel.
 */
export type Checkpoint = (done: number, total: number) => Promise<void> | void;

/** Text in pieces of about this many characters, each ending at a line break outside quotes. */
const SLICE_CHARS = 128 * 1024;

function sliceEnd(text: string, from: number, isQuotedAtStart: boolean): { end: number; isQuoted: boolean } {
  const target = Math.min(text.length, from + SLICE_CHARS);
  let isQuoted = isQuotedAtStart;
  let index = from;
  for (;;) {
    const quote = text.indexOf('"', index);
    const newline = text.indexOf('\n', Math.max(index, target));
    if (newline < 0) return { end: text.length, isQuoted };
    if (quote >= 0 && quote < newline) {
      isQuoted = !isQuoted;
      index = quote + 1;
    } else if (!isQuoted) return { end: newline + 1, isQuoted };
    else index = newline + 1;
  }
}

export function parseCsv(input: string, options: { delimiter?: CsvDelimiter } = {}): ParsedCsv {
  return runToEnd(parseSlices(input, options));
}

/**
 * Parses in slices of about 128 KB, calling `checkpoint` after each (with characters done and the total), so
 * a 10 MB file never holds the thread for long. The result is exactly `parseCsv`'s.
 */
export function parseCsvInSlices(
  input: string,
  options: { delimiter?: CsvDelimiter; checkpoint: Checkpoint },
): Promise<ParsedCsv> {
  return runWithCheckpoints(parseSlices(input, options), options.checkpoint);
}

/** Work that yields `[done, total]` now and then and returns its result. */
export type SlicedWork<T> = Generator<[number, number], T, void>;

export function runToEnd<T>(work: SlicedWork<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

export async function runWithCheckpoints<T>(work: SlicedWork<T>, checkpoint: Checkpoint): Promise<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    await checkpoint(...step.value);
  }
}

function* parseSlices(input: string, options: { delimiter?: CsvDelimiter }): SlicedWork<ParsedCsv> {
  // One line ending throughout, so papaparse's guess cannot leave stray \r in cells and lines count simply.
  const text = (input.startsWith(BOM) ? input.slice(1) : input).replace(/\r\n?/g, '\n');
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const errors: CsvParseIssue[] = [];
  const records: CsvRow[] = [];

  let line = 1;
  let start = 0;
  let isQuoted = false;
  while (start < text.length) {
    const slice = sliceEnd(text, start, isQuoted);
    const piece = text.slice(start, slice.end);
    isQuoted = slice.isQuoted;
    let rowStart = 0;
    let countedUpTo = 0;
    Papa.parse(piece, {
      delimiter,
      newline: '\n',
      quoteChar: '"',
      step: (result) => {
        for (let i = countedUpTo; i < rowStart; i++) if (piece.charCodeAt(i) === 10) line += 1;
        countedUpTo = rowStart;
        rowStart = result.meta.cursor;
        for (const error of result.errors) {
          const isUnclosed = error.code === 'MissingQuotes';
          const code = isUnclosed ? 'unclosed-quote' : 'malformed-quote';
          const previous = errors.at(-1);
          if (previous && previous.line === line && previous.code === code) continue;
          errors.push({
            line,
            code,
            message: isUnclosed ? 'A quoted cell is never closed.' : 'A quote inside a cell is not doubled.',
          });
        }
        const cells = result.data;
        if (cells.every((cell) => cell.trim() === '')) return;
        records.push({ line, cells });
      },
    });
    for (let i = countedUpTo; i < piece.length; i++) if (piece.charCodeAt(i) === 10) line += 1;
    start = slice.end;
    yield [start, text.length];
  }
  const [headerRow, ...rows] = records;
  if (!headerRow) {
    errors.push({ line: 1, code: 'empty-file', message: 'The file has no header row.' });
    return { headers: [], rows: [], delimiter, errors };
  }
  const headers = headerRow.cells.map((cell) => cell.trim());
  const width = headers.length;
  for (const row of rows) {
    if (row.cells.length > width) {
      if (row.cells.slice(width).some((cell) => cell.trim() !== '')) {
        errors.push({
          line: row.line,
          code: 'extra-cells',
          message: `The row has ${row.cells.length} cells but the header only ${width}.`,
        });
      }
      row.cells = row.cells.slice(0, width);
    }
    while (row.cells.length < width) row.cells.push('');
  }
  errors.sort((a, b) => a.line - b.line);
  return { headers, rows, delimiter, errors };
}
