// Numbers that are not money: dates, times, phone numbers, ids, ordinals, durations and counts.
import { codeTable, isAsciiLetter, isDigit, isDigitCode, longestFirst, wordAt, wordBefore } from './text-scan';

const MAX_PLAIN_DIGITS = 10;

/**
 * Digit runs joined by single separators ("2025-03-01", "138-1234-5678", "12:30", "3/1",
 * "+86 138 1234 5678") that form a date, a time, a phone number or an id. Returns where the
 * chain ends, or null when it may be an amount (a grouped number, a decimal, or a two-part range).
 */
export function nonMoneyChainEnd(text: string, at: number): number | null {
  // Runs are counted, not collected: this runs at every digit of the text.
  let i = at;
  let runCount = 0;
  let total = 0;
  let first = 0;
  let second = 0;
  let third = 0;
  let spacedNotThree = false;
  let previousSeparator = 0;
  let dashes = 0;
  let dots = 0;
  let spaces = 0;
  let isDateOrTime = false;
  for (;;) {
    const start = i;
    while (isDigitCode(text.charCodeAt(i))) i += 1;
    const run = i - start;
    runCount += 1;
    total += run;
    if (runCount === 1) first = run;
    else if (runCount === 2) second = run;
    else if (runCount === 3) third = run;
    if (previousSeparator === SPACE && run !== 3) spacedNotThree = true;
    const sep = text.charCodeAt(i);
    if (!CHAIN_SEPARATORS[sep] || !isDigitCode(text.charCodeAt(i + 1))) break;
    if (sep === COLON || sep === SLASH) isDateOrTime = true;
    else if (sep === DASH) dashes += 1;
    else if (sep === DOT) dots += 1;
    else if (sep === SPACE) spaces += 1;
    previousSeparator = sep;
    i += 1;
  }
  const end = i;
  const separators = runCount - 1;
  // No amount has more than five digit groups (1,000,000,000,000): a longer chain is a code of some kind.
  if (runCount > 6 || isDateOrTime || dashes >= 2) return end;
  // "+86 138…" and "(021) 6123 4567": a country or area code.
  if (text[at - 1] === '+' && total >= 6) return end;
  if (text[at - 1] === '(' && text[end] === ')' && text[end + 1] === ' ' && isDigit(text[end + 2])) {
    return nonMoneyChainEnd(text, end + 2) ?? end;
  }
  if (dashes === 1 && separators === 1) {
    const isYearMonth = first === 4 && /^(?:19|20)/u.test(text.slice(at, at + 2)) && second <= 2;
    if (isYearMonth || first >= 5 || second >= 5) return end;
  }
  if (dots === 2 && separators === 2) {
    if ((first === 4 && second <= 2 && third <= 2) || (first <= 2 && second <= 2 && third === 4)) return end;
  }
  if (spaces > 0 && spacedNotThree && total >= 7) return end;
  if (separators === 0 && first > MAX_PLAIN_DIGITS) return end;
  return null;
}

const CHAIN_SEPARATORS = codeTable('-/:. ,');
const [COLON, SLASH, DASH, DOT, SPACE] = [':', '/', '-', '.', ' '].map((ch) => ch.charCodeAt(0));

/** Words after a number that make it a duration, a count or an ordinal. */
const UNITS_AFTER = longestFirst([
  'years',
  'year',
  'yrs',
  'yr',
  'months',
  'month',
  'mos',
  'weeks',
  'week',
  'wks',
  'days',
  'day',
  'hours',
  'hour',
  'hrs',
  'minutes',
  'minute',
  'mins',
  'min',
  'seconds',
  'secs',
  'users',
  'user',
  'seats',
  'seat',
  'licences',
  'licenses',
  'licence',
  'license',
  'people',
  'persons',
  'person',
  'employees',
  'staff',
  'customers',
  'clients',
  'units',
  'unit',
  'pcs',
  'pieces',
  'piece',
  'items',
  'times',
  'sites',
  'site',
  'stores',
  'orders',
  'modules',
  'servers',
  'devices',
  'rounds',
  'round',
  'pages',
  'floors',
  'kg',
  'km',
  'st',
  'nd',
  'rd',
  'th',
  'x',
  'am',
  'pm',
  '个月',
  '年',
  '月',
  '周',
  '星期',
  '天',
  '日',
  '号',
  '小时',
  '分钟',
  '秒',
  '人',
  '个',
  '位',
  '名',
  '台',
  '套',
  '件',
  '次',
  '家',
  '倍',
  '期',
  '岁',
  '款',
  '项',
  '条',
  '张',
  '份',
  '户',
  '辆',
  '箱',
  '吨',
  '公斤',
  '轮',
  '层',
  '楼',
  '页',
  '点钟',
  '届',
  '季度',
]);

export function isUnitAfter(text: string, at: number): boolean {
  let i = at;
  if (text[i] === ' ' || text[i] === '-') i += 1;
  return wordAt(text, i, UNITS_AFTER) !== null;
}

/** Words before a number that make it an ordinal, an id or a phone number. */
const MARKERS_BEFORE = longestFirst([
  '第',
  '#',
  'no.',
  'nr.',
  'id',
  'po',
  'tel',
  'tel.',
  'phone',
  'fax',
  'ext',
  'ext.',
  'room',
  'version',
  'page',
  'round',
  'step',
  'case',
  'ticket',
  'order',
  '编号',
  '订单号',
  '合同号',
  '单号',
  '电话',
  '手机',
  '手机号',
  '座机',
  '房间',
  '工号',
  '账号',
  '尾号',
  '版本',
]);

export function isMarkedBefore(text: string, at: number): boolean {
  let i = at;
  if (text[i - 1] === ' ' || text[i - 1] === ':' || text[i - 1] === '：') i -= 1;
  if (text[i - 1] === ' ') i -= 1;
  return wordBefore(text, i, MARKERS_BEFORE) !== null;
}

/** A letter or digit glued to the number's start (A123, v2, Q3, FY2025) makes it an id. */
export const isGluedToWord = (text: string, at: number): boolean =>
  isAsciiLetter(text[at - 1]) || text[at - 1] === '_' || text[at - 1] === '-' || text[at - 1] === '@';

const MONTHS = longestFirst([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** "1 March", "March 3", "Mar. 2026": the number is a day or a year. */
export function isBesideMonth(text: string, start: number, end: number): boolean {
  let after = end;
  if (text[after] === ' ') after += 1;
  if (text.slice(after, after + 3).toLowerCase() === 'of ') after += 3;
  if (wordAt(text, after, MONTHS) !== null) return true;
  let before = start;
  if (text[before - 1] === ' ') before -= 1;
  if (text[before - 1] === '.') before -= 1;
  return wordBefore(text, before, MONTHS) !== null;
}

/** "3 trainings", "12 workstations": a bare number before an English plural counts things. */
export function isCountBefore(text: string, end: number): boolean {
  if (text[end] !== ' ') return false;
  let i = end + 1;
  while (isAsciiLetter(text[i]) && i - end < 24) i += 1;
  const word = text.slice(end + 1, i).toLowerCase();
  return (
    word.length >= 4 && word.endsWith('s') && !['less', 'plus', 'bucks', 'dollars', 'euros', 'pounds'].includes(word)
  );
}

/** A whole 1900–2099, as a bare four-digit number reads when nothing says money ("in 2026", "since 2019"). */
export const isYearLike = (value: number): boolean => Number.isInteger(value) && value >= 1900 && value <= 2099;
