// Reading one CSV cell as a date, an amount, a currency or a choice, with the formats CRMs and users write.
import { readAmountField } from '../amounts';

export type CellIssueCode =
  | 'required'
  | 'invalid-date'
  | 'ambiguous-date'
  | 'invalid-number'
  | 'negative-number'
  | 'too-large'
  | 'too-long'
  | 'invalid-currency'
  | 'invalid-choice'
  | 'unmapped-value'
  | 'conflict';

export type CellResult<T> = { ok: true; value: T } | { ok: false; code: CellIssueCode; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(code: CellIssueCode, message: string): CellResult<T> => ({ ok: false, code, message });

/** Undoes the `'` our own export puts before =, +, -, @, tab and CR (formula-injection guard), and trims. */
export function cellText(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** Anything but printable ASCII and line breaks/tabs: only such text can change under NFKC. */
const NON_ASCII = /[^ -~\t\r\n]/;

/** Full-width digits and letters as plain ones (NFKC); plain ASCII, most cells, is returned as it is. */
export const foldWidth = (text: string): string => (NON_ASCII.test(text) ? text.normalize('NFKC') : text);

/** Case, width, spaces and punctuation folded, for matching headers and choice values. */
export function normaliseKey(text: string): string {
  return foldWidth(text)
    .toLowerCase()
    .replace(/[\s_\-./:()[\]（）【】、，,;；'"“”‘’!?！？]+/gu, '');
}

// ---------------------------------------------------------------- dates

/**
 * How to read dd/mm/yyyy-style dates with the year last and a slash or dash. Without it they are
 * rejected as ambiguous, because 03/04/2024 is March in the US and April almost everywhere else.
 */
export type SlashDateOrder = 'dmy' | 'mdy';

export const ACCEPTED_DATE_FORMATS = [
  'yyyy-mm-dd',
  'yyyy/m/d',
  'yyyy.mm.dd',
  'yyyy年m月d日',
  'dd.mm.yyyy',
  'yyyy-mm-ddThh:mm… (time ignored)',
  'd/m/yyyy, m/d/yyyy, dd-mm-yy (order read from the column, or chosen)',
  'Excel serial numbers (e.g. 42736)',
] as const;

/** Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. */
export const TWO_DIGIT_YEAR_PIVOT = 30;

const pad2 = (value: number): string => String(value).padStart(2, '0');

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);

function toIsoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function fullYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year < TWO_DIGIT_YEAR_PIVOT ? 2000 + year : 1900 + year;
}

/** Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was, so day 60 onwards is off by one. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
/** Serials from 1930 to 2150: a five-digit number in a date column is a date, not a year or an amount. */
const SERIAL = /^(\d{5})(?:\.\d+)?$/;

function excelSerialDate(serial: number): string | null {
  if (serial < 10_959 || serial > 91_677) return null;
  return new Date(EXCEL_EPOCH_MS + serial * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A day-first or month-first date with the year last ("3/1/2017", "01-03-17"), with an optional time. */
export const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T]+\d{1,2}:\d{2}.*)?$/;

/** Reads a date cell as yyyy-mm-dd; empty cells give null. */
export function parseDateCell(
  raw: string | undefined,
  slashOrder: SlashDateOrder | null = null,
): CellResult<string | null> {
  const text = foldWidth(cellText(raw));
  if (text === '') return ok(null);
  const invalid = (): CellResult<string | null> =>
    fail('invalid-date', `"${text}" is not a date; write it as yyyy-mm-dd.`);
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)\d{1,2}:\d{2}.*)?$/.exec(text);
  if (match) {
    const date = toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return date ? ok(date) : invalid();
  }
  match = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?(?:\s*\d{1,2}[:时].*)?$/.exec(text);
  if (match) {
    const date = toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return date ? ok(date) : invalid();
  }
  match = SERIAL.exec(text);
  if (match) {
    const date = excelSerialDate(Number(match[1]));
    return date ? ok(date) : invalid();
  }
  match = DAY_MONTH_YEAR.exec(text);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), fullYear(match[3] ?? '')];
    // Dots are day-first everywhere they are used (de, ru, …).
    const order = text.includes('.') ? 'dmy' : (slashOrder ?? (first > 12 ? 'dmy' : second > 12 ? 'mdy' : null));
    if (order === null) {
      return fail(
        'ambiguous-date',
        `"${text}" could be day/month or month/day; write it as yyyy-mm-dd or choose the order.`,
      );
    }
    const date = order === 'dmy' ? toIsoDate(year, second, first) : toIsoDate(year, first, second);
    return date ? ok(date) : invalid();
  }
  return invalid();
}

// ---------------------------------------------------------------- amounts and currencies

const CURRENCY_WORDS: Record<string, string> = {
  '¥': 'CNY',
  元: 'CNY',
  人民币: 'CNY',
  rmb: 'CNY',
  cny: 'CNY',
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  美元: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  欧元: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  英镑: 'GBP',
  hk$: 'HKD',
  hkd: 'HKD',
  港币: 'HKD',
  港元: 'HKD',
  jpy: 'JPY',
  日元: 'JPY',
};

/** A currency cell: an ISO 4217 code, or a symbol or word for one (¥, 人民币, $, €…). Empty gives null. */
export function parseCurrencyCell(raw: string | undefined): CellResult<string | null> {
  const text = foldWidth(cellText(raw));
  if (text === '') return ok(null);
  const known = CURRENCY_WORDS[text.toLowerCase()];
  if (known) return ok(known);
  if (/^[A-Za-z]{3}$/.test(text)) return ok(text.toUpperCase());
  return fail('invalid-currency', `"${text}" is not a currency code such as CNY, USD or EUR.`);
}

/** The largest amount a deal record accepts (as the stored-deal schema does). */
export const MAX_AMOUNT = 1e13;

/**
 * An amount as the amount reader understands it ("1,200", "1.234,50", "¥12,000", "12万", "1.5m",
 * "三十万", "$3k"). A currency sign or word, when present, is returned too. Empty cells give null;
 * negatives are rejected.
 */
export function parseAmountCell(
  raw: string | undefined,
): CellResult<{ amount: number; currency: string | null } | null> {
  const original = cellText(raw);
  const reading = readAmountField(original);
  switch (reading.status) {
    case 'empty':
      return ok(null);
    case 'invalid':
      return fail('invalid-number', `"${original}" is not a number.`);
    case 'negative':
      return fail('negative-number', `"${original}" is negative; amounts must be zero or more.`);
    case 'ok':
      return reading.value > MAX_AMOUNT
        ? fail('too-large', `"${original}" is larger than ${MAX_AMOUNT.toExponential()}.`)
        : ok({ amount: reading.value, currency: reading.currency });
  }
}

// ---------------------------------------------------------------- choices and lists

/** Turns value → spellings into a lookup from normalised spelling to value. */
export function synonymTable<T extends string>(table: Readonly<Record<T, readonly string[]>>): Record<string, T> {
  const result: Record<string, T> = {};
  for (const [value, words] of Object.entries(table) as [T, readonly string[]][]) {
    for (const word of words) result[normaliseKey(word)] = value;
  }
  return result;
}

/** Maps a normalised spelling to one value; values are matched by their own id too. */
export function parseChoiceCell<T extends string>(
  raw: string | undefined,
  synonyms: Readonly<Record<string, T>>,
  allowed: readonly T[],
): CellResult<T | null> {
  const text = cellText(raw);
  if (text === '') return ok(null);
  const key = normaliseKey(text);
  const direct = allowed.find((value) => normaliseKey(value) === key);
  const value = direct ?? synonyms[key];
  if (value !== undefined) return ok(value);
  return fail('invalid-choice', `"${text}" is not one of: ${allowed.join(', ')}.`);
}

/** Text of at most `max` characters; longer text is an issue rather than silently cut. */
export function parseTextCell(raw: string | undefined, max: number): CellResult<string> {
  const text = cellText(raw);
  return text.length <= max
    ? ok(text)
    : fail('too-long', `The text has ${text.length} characters; at most ${max} fit.`);
}

/** Splits "a, b; c | d、e" into trimmed, distinct, non-empty items. */
export function parseListCell(raw: string | undefined): string[] {
  const items = cellText(raw)
    .split(/[,;|、，；\n]/u)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)];
}
