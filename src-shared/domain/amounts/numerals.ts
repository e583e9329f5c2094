// Reads one written number at a position: Arabic digits with groups and decimals, or Chinese numerals.
import { codeTable, isDigit } from './text-scan';

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CHINESE_TENS: Readonly<Record<string, number>> = { 廿: 20, 卅: 30 };

export type WrittenNumber = {
  value: number;
  end: number;
  /** Digits after the last unit or group: "12万6" scales the 6 by how many there are. */
  digitCount: number;
  isChinese: boolean;
  /** A Chinese numeral with 十/百/千 inside ("五千"), which is already a full figure. */
  hasUnit: boolean;
  hasDecimal: boolean;
};

const codeMap = (table: Readonly<Record<string, number>>): ReadonlyMap<number, number> =>
  new Map(Object.entries(table).map(([ch, value]) => [ch.charCodeAt(0), value]));
const DIGIT_CODES = codeMap(CHINESE_DIGITS);
const UNIT_CODES = codeMap(CHINESE_UNITS);
const TENS_CODES = codeMap(CHINESE_TENS);
const POINT_CODE = '点'.charCodeAt(0);

export const isChineseDigitCode = (code: number): boolean => DIGIT_CODES.has(code);

/** Where a Chinese numeral may begin: a digit, 十 ("十二万"), 廿 or 卅; never 百, 千 or 万 (千万, 万一 are words). */
const STARTERS = codeTable([...Object.keys(CHINESE_DIGITS), ...Object.keys(CHINESE_TENS), '十', '拾']);

const startsChineseNumberCode = (code: number): boolean => STARTERS[code] === 1;

const runOfDigits = (text: string, at: number): number => {
  let i = at;
  while (isDigit(text[i])) i += 1;
  return i;
};

/** A group of exactly three digits after a separator at `at`. */
const isGroupAt = (text: string, at: number): boolean =>
  isDigit(text[at + 1]) && isDigit(text[at + 2]) && isDigit(text[at + 3]) && !isDigit(text[at + 4]);

/**
 * 1200 · 1,200 · 1 200 · 1'200 · 1.234.567 · 120.000,50 · 1,200.50 · 26.5 · 12,5. A dot followed by
 * three digits is a decimal point when `isDecimalDot` says so (a magnitude follows, or the number
 * starts with 0), otherwise a thousands group.
 */
export function readArabic(
  text: string,
  at: number,
  isDecimalDot: (text: string, end: number) => boolean,
): WrittenNumber | null {
  let i = runOfDigits(text, at);
  if (i === at) return null;
  let integer = text.slice(at, i);
  let fraction = '';
  const head = i - at;
  // Thousands groups: one separator kind, every group three digits.
  let separator: string | null = null;
  while (head <= 3 && i < text.length) {
    const sep = text[i] ?? '';
    if (!(sep === ',' || sep === ' ' || sep === "'" || sep === '’' || sep === '.') || !isGroupAt(text, i)) break;
    if (separator !== null && sep !== separator) break;
    if (sep === '.' && separator === null && (isDecimalDot(text, i + 4) || integer === '0')) break;
    separator = sep;
    integer += text.slice(i + 1, i + 4);
    i += 4;
  }
  const decimalMark = separator === '.' ? ',' : separator === ',' ? '.' : null;
  const mark = text[i];
  if ((mark === '.' || mark === ',') && (decimalMark === null || mark === decimalMark) && isDigit(text[i + 1])) {
    const end = runOfDigits(text, i + 1);
    const digits = text.slice(i + 1, end);
    // A decimal comma has one or two digits ("12,5", "1.234,50"); three were taken as a group above.
    if (!(mark === ',' && digits.length > 2)) {
      fraction = digits;
      i = end;
    }
  }
  const value = Number(fraction === '' ? integer : `${integer}.${fraction}`);
  return {
    value,
    end: i,
    digitCount: fraction === '' ? (separator === null ? integer.length : 3) : 0,
    isChinese: false,
    hasUnit: false,
    hasDecimal: fraction !== '',
  };
}

/**
 * A Chinese numeral below 10,000 (十二, 三千五, 一千零五, 廿五, 贰佰), with a decimal part after 点
 * ("三点五"), or a run of digit characters read as digits ("二〇二五", "九五"). 万 and 亿 are
 * magnitudes, read by the caller.
 */
export function readChinese(text: string, at: number): WrittenNumber | null {
  if (!startsChineseNumberCode(text.charCodeAt(at))) return null;
  let i = at;
  let total = 0;
  let pending: number | null = null;
  let lastUnit = 0;
  let hasUnit = false;
  let afterZero = false;
  let run = 0;
  let runValue = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const digit = DIGIT_CODES.get(code);
    if (digit !== undefined) {
      // Two digits in a row without a unit: a digit-by-digit number such as 二〇二五 or 九五.
      if (pending !== null && hasUnit) break;
      if (!hasUnit) {
        run += 1;
        runValue = runValue * 10 + digit;
      }
      if (digit === 0 && hasUnit) afterZero = true;
      pending = digit === 0 && hasUnit ? null : digit;
      i += 1;
      continue;
    }
    const tens = TENS_CODES.get(code);
    const unit = tens === undefined ? UNIT_CODES.get(code) : 10;
    if (unit === undefined || run > 1 || (lastUnit !== 0 && unit >= lastUnit)) break;
    total += tens ?? (pending ?? 1) * unit;
    pending = null;
    lastUnit = unit;
    hasUnit = true;
    afterZero = false;
    run = 0;
    i += 1;
  }
  if (i === at) return null;
  if (!hasUnit && run > 1) {
    return { value: runValue, end: i, digitCount: run, isChinese: true, hasUnit, hasDecimal: false };
  }
  let digitCount = 0;
  if (pending !== null) {
    // 三千五 is 3,500: a last digit after a unit (without 零) counts in the next unit down.
    total += hasUnit && !afterZero && lastUnit > 10 ? (pending * lastUnit) / 10 : pending;
    digitCount = hasUnit ? 0 : 1;
  }
  let hasDecimal = false;
  if (text.charCodeAt(i) === POINT_CODE && DIGIT_CODES.has(text.charCodeAt(i + 1))) {
    let fraction = '';
    let j = i + 1;
    for (
      let digit = DIGIT_CODES.get(text.charCodeAt(j));
      digit !== undefined;
      digit = DIGIT_CODES.get(text.charCodeAt(j))
    ) {
      fraction += String(digit);
      j += 1;
    }
    total = Number(`${total}.${fraction}`);
    i = j;
    hasDecimal = true;
  }
  return { value: total, end: i, digitCount, isChinese: true, hasUnit, hasDecimal };
}

const FORMAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const EVERYDAY = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

function chineseBelow10k(value: number, isFinancial: boolean, isLeading: boolean): string {
  const digits = isFinancial ? FORMAL : EVERYDAY;
  const units = isFinancial ? ['仟', '佰', '拾', ''] : ['千', '百', '十', ''];
  const places = String(value).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  places.forEach((digit, index) => {
    if (digit === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    const isBareTen = !isFinancial && isLeading && out === '' && index === 2 && digit === 1;
    out += (isBareTen ? '' : (digits[digit] ?? '')) + (units[index] ?? '');
  });
  return out;
}

/** An integer in Chinese numerals: 315000 → 三十一万五千; financial: 叁拾壹万伍仟. */
export function toChineseNumeral(value: number, isFinancial = false): string {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`not a whole amount: ${value}`);
  if (value === 0) return isFinancial ? '零' : '〇';
  const sections: [number, string][] = [
    [Math.floor(value / 1e8), '亿'],
    [Math.floor(value / 1e4) % 1e4, '万'],
    [value % 1e4, ''],
  ];
  let out = '';
  let needsZero = false;
  for (const [section, name] of sections) {
    if (section === 0) {
      needsZero = out !== '';
      continue;
    }
    if (out !== '' && (needsZero || section < 1000)) out += isFinancial ? FORMAL[0] : EVERYDAY[0];
    out += chineseBelow10k(section, isFinancial, out === '') + name;
    needsZero = false;
  }
  return out;
}
