// The one amount reader: every price, discount and rate in a text, as people write them, with its span.
//
// One left-to-right pass; each figure is read with bounded look-ahead and look-behind, so the time
// grows with the length of the text only (no regular expression runs over unbounded input).
import { currencyAt, currencyBefore } from './currencies';
import { magnitudeAt } from './magnitudes';
import {
  isBesideMonth,
  isCountBefore,
  isGluedToWord,
  isMarkedBefore,
  isUnitAfter,
  isYearLike,
  nonMoneyChainEnd,
} from './non-money';
import { isChineseDigitCode, readArabic, readChinese, type WrittenNumber } from './numerals';
import {
  approximationAfter,
  approximationBefore,
  clauseAround,
  isBetweenBefore,
  rangeJoinerAt,
  conditionsOf,
  type Approximation,
} from './qualifiers';
import { type AmountChange, changeAfter, changeBefore, changeNear, rateAt } from './reductions';
import { codeTable, foldWidth, isDigit, isDigitCode } from './text-scan';

export type { AmountChange } from './reductions';
export type { Approximation } from './qualifiers';

export type AmountReading = {
  /** `amount`: money in currency units. `percent`: a rate in percent (9折 is 10, "降一成" is 10). */
  kind: 'amount' | 'percent';
  /** The figure, or the low end of a range. */
  value: number;
  /** The high end of a range ("12到13万", "120–130k"), else null. */
  high: number | null;
  /** ISO 4217 code when the text names a currency (¥, 元 and 块 are CNY, $ is USD). */
  currency: string | null;
  /** A change to a price ("降5个点", "knock 5k off", "加2万"); null for a price or a bare rate. */
  change: AmountChange | null;
  /** "about", "出头", "左右", "more than"… */
  approximation: Approximation | null;
  /** The sentence puts a condition on it ("if", "only with", "但是要", "前提是"). */
  isConditional: boolean;
  /** Span in the text as given: `text.slice(start, end) === raw`. */
  start: number;
  end: number;
  raw: string;
};

type Figure = {
  value: number;
  end: number;
  /** A magnitude, currency, rate or Chinese numeral says this is a figure, not a bare number. */
  hasMagnitude: boolean;
  isChinese: boolean;
  hasUnitInside: boolean;
  /** Four bare digits, no magnitude, separator or decimal: it may be a year. */
  isFourDigits: boolean;
};

const isMagnitudeAt = (text: string, end: number): boolean => magnitudeAt(text, end) !== null;
const isNever = (): boolean => false;

function readNumberAt(text: string, at: number): WrittenNumber | null {
  return isDigitCode(text.charCodeAt(at)) ? readArabic(text, at, isMagnitudeAt) : readChinese(text, at);
}

const startsNumber = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return isDigitCode(code) || isChineseDigitCode(code);
};

/**
 * A number with its magnitudes and colloquial tail: 26.5万, 0.3M, 3万5千, 12万6 (126,000), 1万2,
 * 3千5, 三十一万五, 一亿两千万. A tail is only read when it touches the magnitude.
 */
function readFigure(text: string, at: number): Figure | null {
  const first = readNumberAt(text, at);
  if (first === null || !Number.isFinite(first.value)) return null;
  let magnitude = magnitudeAt(text, first.end);
  if (magnitude !== null && first.isChinese && magnitude.factor < 1e4) magnitude = null;
  let value = first.value * (magnitude?.factor ?? 1);
  let end = first.end + (magnitude?.length ?? 0);
  let lastFactor = magnitude?.factor ?? 0;
  while (lastFactor >= 1e3 && startsNumber(text, end)) {
    // 三亿零七十万: a 零 says a place is empty; what follows is a whole figure, not a colloquial tail.
    const isAfterZero = ZERO_CODES.has(text.charCodeAt(end)) && startsNumber(text, end + 1);
    const next = readNumberAt(text, isAfterZero ? end + 1 : end);
    if (next === null || next.hasDecimal) break;
    const nextMagnitude = magnitudeAt(text, next.end);
    if (nextMagnitude !== null && nextMagnitude.factor < lastFactor && next.value < 1e4) {
      value += next.value * nextMagnitude.factor;
      end = next.end + nextMagnitude.length;
      lastFactor = nextMagnitude.factor;
      continue;
    }
    if (nextMagnitude !== null) break;
    if ((next.isChinese && next.hasUnit) || isAfterZero) {
      if (next.value >= lastFactor) break;
      value += next.value;
    } else {
      const tail = (next.value * lastFactor) / 10 ** next.digitCount;
      if (tail >= lastFactor || next.digitCount === 0) break;
      value += tail;
    }
    end = next.end;
    break;
  }
  return {
    value,
    end,
    hasMagnitude: magnitude !== null,
    isChinese: first.isChinese,
    hasUnitInside: first.hasUnit,
    isFourDigits: magnitude === null && first.end - at === 4 && isDigitRun(text, at, first.end),
  };
}

function isDigitRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (!isDigitCode(text.charCodeAt(i))) return false;
  return true;
}

const ZERO_CODES = new Set(['零'.charCodeAt(0), '〇'.charCodeAt(0)]);

const round = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

type Step = { reading: Omit<AmountReading, 'isConditional' | 'raw'> | null; next: number };

const skipTo = (at: number, next: number): Step => ({ reading: null, next: Math.max(next, at + 1) });

/** Reads the figure starting at `at`; returns the reading, or where to resume when there is none. */
function readAt(text: string, at: number): Step {
  if (isDigitCode(text.charCodeAt(at))) {
    const chainEnd = nonMoneyChainEnd(text, at);
    if (chainEnd !== null) return skipTo(at, chainEnd);
  }
  const prefix = currencyBefore(text, at);
  if (prefix === null && (isGluedToWord(text, at) || isMarkedBefore(text, at))) {
    let end = at;
    while (startsNumber(text, end) || text[end] === '.') end += 1;
    return skipTo(at, end);
  }
  const figure = readFigure(text, at);
  if (figure === null) return skipTo(at, at + 1);

  const start = at - (prefix?.length ?? 0);
  let end = figure.end;
  let value = figure.value;
  let high: number | null = null;
  let currency = prefix?.code ?? null;
  let change = changeBefore(text, start);

  const rate = rateAt(text, end, change !== null);
  if (rate !== null) {
    const percent = rate.percent(value);
    if (percent === null) return skipTo(at, end + rate.length);
    end += rate.length;
    const clause = clauseAround(text, start, end);
    change = rate.change ?? change ?? changeAfter(text, end) ?? changeNear(text, start, end, clause.start, clause.end);
    const approximation = approximationBefore(text, start);
    return {
      reading: { kind: 'percent', value: round(percent, 4), high, currency: null, change, approximation, start, end },
      next: end,
    };
  }

  // A range: "12到13万", "120–130k", "between 100k and 120k"; the first end borrows the second's magnitude.
  const secondAt = rangeJoinerAt(text, end, isBetweenBefore(text, start));
  const second = secondAt !== null && startsNumber(text, secondAt) ? readFigure(text, secondAt) : null;
  let hasMagnitude = figure.hasMagnitude;
  if (second !== null) {
    let low = value;
    if (!figure.hasMagnitude && second.hasMagnitude && second.value > low) {
      const factor = magnitudeOfFigure(text, second);
      if (factor > 1) low *= factor;
    }
    if (low <= second.value) {
      value = low;
      high = second.value;
      end = second.end;
      hasMagnitude ||= second.hasMagnitude;
    }
  }
  const suffix = currencyAt(text, end);
  if (suffix !== null) {
    currency ??= suffix.code;
    end += suffix.length;
  }
  change ??= changeAfter(text, end);
  const approximationTail = approximationAfter(text, end);
  const hasMoneyMark = currency !== null || hasMagnitude || change !== null;
  if (currency === null && isUnitAfter(text, end)) return skipTo(at, end);
  if (!hasMoneyMark && (isBesideMonth(text, start, end) || isCountBefore(text, end))) return skipTo(at, end);
  if (!hasMoneyMark && figure.isFourDigits && isYearLike(figure.value)) {
    if (high === null || isYearLike(high)) return skipTo(at, end);
  }
  // A Chinese numeral is money only when marked as such ("十二万", "五千块", "便宜五千") or when it counts
  // thousands ("三千五"); not in 一起, 三个月 or 十分.
  if (figure.isChinese && !hasMoneyMark && !(figure.hasUnitInside && figure.value >= 1000)) return skipTo(at, end);
  if (approximationTail !== null) end += approximationTail.length;
  const approximation = approximationTail?.kind ?? approximationBefore(text, start);
  if (!Number.isFinite(value) || (high !== null && !Number.isFinite(high))) return skipTo(at, end);
  return {
    reading: {
      kind: 'amount',
      value: round(value, 2),
      high: high === null ? null : round(high, 2),
      currency,
      change,
      approximation,
      start,
      end,
    },
    next: end,
  };
}

/** The factor of the magnitude a figure ended with (for "120–130k", the k). */
function magnitudeOfFigure(text: string, figure: Figure): number {
  for (let at = figure.end - 1; at >= figure.end - 9 && at >= 0; at -= 1) {
    const magnitude = magnitudeAt(text, at);
    if (magnitude !== null && at + magnitude.length === figure.end) return magnitude.factor;
  }
  return 1;
}

const PERCENT_WORD = '百分之';
const PERCENT_WORD_CODE = PERCENT_WORD.charCodeAt(0);
/** Characters a figure can start with: digits, Chinese numerals, 百 of 百分之. */
const STARTERS = codeTable([...'0123456789百〇零一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾廿卅']);

/** 百分之八, 百分之12.5, 百分之百. */
function readPercentWord(
  text: string,
  at: number,
): { reading: Omit<AmountReading, 'isConditional' | 'raw'>; next: number } | null {
  const numberAt = at + PERCENT_WORD.length;
  let value: number | null = null;
  let end = numberAt;
  if (text[numberAt] === '百') {
    value = 100;
    end = numberAt + 1;
  } else {
    const number = isDigit(text[numberAt]) ? readArabic(text, numberAt, isNever) : readChinese(text, numberAt);
    if (number !== null) {
      value = number.value;
      end = number.end;
    }
  }
  if (value === null) return null;
  const clause = clauseAround(text, at, end);
  const change =
    changeBefore(text, at) ?? changeAfter(text, end) ?? changeNear(text, at, end, clause.start, clause.end);
  return {
    reading: { kind: 'percent', value, high: null, currency: null, change, approximation: null, start: at, end },
    next: end,
  };
}

/** Every figure in the text, in order. Full-width digits and signs are read like their ASCII forms. */
export function readAmounts(input: string): AmountReading[] {
  const text = foldWidth(input);
  const readings: AmountReading[] = [];
  // Conditions are looked up only in sentences that hold a figure.
  const isConditionalAt = conditionsOf(text);
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (STARTERS[code] !== 1) {
      i += 1;
      continue;
    }
    const result =
      code === PERCENT_WORD_CODE && text.startsWith(PERCENT_WORD, i) ? readPercentWord(text, i) : readAt(text, i);
    if (result === null) {
      i += 1;
      continue;
    }
    const { reading } = result;
    if (reading !== null) {
      // Field by field, not spread: one object shape for every reading keeps this loop fast.
      readings.push({
        kind: reading.kind,
        value: reading.value,
        high: reading.high,
        currency: reading.currency,
        change: reading.change,
        approximation: reading.approximation,
        isConditional: isConditionalAt(reading.start),
        start: reading.start,
        end: reading.end,
        raw: input.slice(reading.start, reading.end),
      });
    }
    i = result.next;
  }
  return readings;
}
