// Finds the prices and percentages in a typed answer (English or Chinese), for the automatic checks.
//
// Understood: 1,200 · 1.2k / 1.2K · 120k · 3 million / 3M / 2bn · 12万 / 1.5亿 / 3千 / 12w ·
// ¥120,000 / $120k / RMB 120000 / 12万元 / 500 dollars · 120 000 (space groups) ·
// 120.000,50 (European) · 12.5% / 12,5 % / 10 percent / 百分之十 / 百分之10 · 9折 / 8.5折 / 85折 / 八五折.
// Ignored: dates and times (2025-03-01, 3/1, 12:30, 2025年3月1日, 1 March, in 2026), ordinals
// (3rd), and numbers counting something else (2 years, 3 months, 50 users, 3个月, 100人, 2倍).
// Chinese numerals are read only in percentages and 折 (十二万 is not read; digits are).

export type AmountKind = 'amount' | 'percent';

/** A relative change the text states: "10% off", "5,000 less", "便宜5000" (decrease), "5% more" (increase). */
export type AmountChange = 'decrease' | 'increase';

export type ParsedAmount = {
  /** In currency units for amounts; in percent (10 for 10 %) for percentages. 9折 is a 10 % decrease. */
  value: number;
  /** As written (after NFKC normalisation: full-width digits and signs become ASCII). */
  raw: string;
  kind: AmountKind;
  /** Offset of `raw` in the normalised text. */
  index: number;
  /** ISO 4217 code when the text names one (¥ and 元 are read as CNY, $ as USD). */
  currency: string | null;
  /** Null when the number is absolute (amounts) or its direction is not stated (percentages). */
  change: AmountChange | null;
};

const CURRENCY_CODES: Readonly<Record<string, string>> = {
  US$: 'USD',
  HK$: 'HKD',
  $: 'USD',
  '¥': 'CNY',
  '€': 'EUR',
  '£': 'GBP',
  RMB: 'CNY',
  CNY: 'CNY',
  USD: 'USD',
  EUR: 'EUR',
  GBP: 'GBP',
  HKD: 'HKD',
  元: 'CNY',
  块: 'CNY',
  块钱: 'CNY',
  人民币: 'CNY',
  美元: 'USD',
  美金: 'USD',
  欧元: 'EUR',
  英镑: 'GBP',
  港币: 'HKD',
  yuan: 'CNY',
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  euro: 'EUR',
  euros: 'EUR',
};

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  千: 1e3,
  百: 1e2,
  w: 1e4,
  万: 1e4,
  m: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  百万: 1e6,
  千万: 1e7,
  bn: 1e9,
  billion: 1e9,
  亿: 1e8,
};

const NUMBER_PATTERN =
  /(?<![A-Za-z0-9_])(?<!\d[.,])(?:(US\$|HK\$|RMB|CNY|USD|EUR|GBP|HKD|[$¥€£])\s?)?(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?)/gu;

// Multipliers written as words may follow a space; single letters must be attached ("120k", "3M").
const MULTIPLIER_TAIL =
  /^(?:\s?(thousand|million|billion|mn|bn|mio)(?![A-Za-z])|([kKmMwW])(?![A-Za-z])|\s?(千万|百万|万|亿|千|百))/u;
const CURRENCY_TAIL =
  /^\s?(块钱|元|块|人民币|美元|美金|欧元|英镑|港币|RMB|CNY|USD|EUR|GBP|HKD|yuan|dollars?|bucks|euros?)(?![A-Za-z])/iu;
const PERCENT_TAIL = /^\s?(%|percent(?![A-Za-z])|per cent(?![A-Za-z])|pct(?![A-Za-z]))/iu;
const ZHE_TAIL = /^\s?折(?!扣)/u;
const UNIT_TAIL = new RegExp(
  String.raw`^\s?-?\s?(?:(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|` +
    String.raw`users?|seats?|licen[cs]es?|people|persons?|employees?|staff|customers?|clients?|units?|pcs|pieces?|items?|` +
    String.raw`times|sites?|locations?|stores?|orders?|modules?|servers?|devices?|kg|st|nd|rd|th|x)(?![A-Za-z])|` +
    String.raw`个月|年|月|周|星期|天|日|号|小时|分钟|秒|人|个|位|名|台|套|件|次|家|倍|期|岁|款|项|条|张|份|户|辆|箱|吨|公斤)`,
  'iu',
);

// Blanked out (replaced by spaces, keeping offsets) before numbers are read.
const MONTHS = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DATE_PATTERNS: readonly RegExp[] = [
  /\d{4}\s?年(?:\s?\d{1,2}\s?月)?(?:\s?\d{1,2}\s?[日号])?/gu,
  /\d{1,2}\s?月\s?\d{1,2}\s?[日号]?/gu,
  /\b(?:19|20)\d{2}[-/]\d{1,2}(?:[-/]\d{1,2})?\b/gu,
  /\b(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}\b/gu,
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/gu,
  /\b\d{1,2}\/\d{1,2}\b/gu,
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/gu,
  new RegExp(String.raw`\b${MONTHS}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b`, 'giu'),
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTHS}(?:,?\s+\d{4})?`, 'giu'),
  new RegExp(String.raw`\b${MONTHS}\s+\d{4}\b`, 'giu'),
  /\b(?:in|since|until|till|before|after|during)\s+(?:19|20)\d{2}\b/giu,
  /\b(?:FY|Q[1-4]\s?)\d{2,4}\b/giu,
];

const CLAUSE_BREAK = /[.!?;。！？；\n]/u;

const DECREASE_AFTER =
  /^\s?(?:的\s?)?(?:(?:off|discount\w*|less|cheaper|reduction|rebate)(?![A-Za-z])|折扣|优惠|让利)/iu;
const INCREASE_AFTER = /^\s?(?:more|extra|additional|higher|on top|的涨幅)(?![A-Za-z])/iu;
const DECREASE_BEFORE =
  /(?:discount of|reduction of|rebate of|knock(?:ed)? off|take(?:n)? off|(?:reduc|lower|cut|drop|knock|bring)\w*(?:\s+\S+){0,3}\s+by|便宜|优惠|降价|降|减免|减|少收|(?<![至最多])少|让利|让|打折)\s?了?\s?$/iu;
const INCREASE_BEFORE =
  /(?:(?:rais|increas|add)\w*(?:\s+\S+){0,3}\s+by|extra|additional|加价|加|涨价|涨|上调|提高|多付|增加)\s?了?\s?$/iu;
// Within the clause of a percentage: which way it moves the price.
const DECREASE_WORDS =
  /\b(?:off|discount\w*|reduc\w*|lower\w*|cut|cheaper|less|rebate|markdown|knock\w*)\b|折扣|优惠|降|减|便宜|让|(?<![至最多])少|打折/giu;
const INCREASE_WORDS = /\b(?:more|increase\w*|raise\w*|higher|uplift|premium)\b|涨|上调|提高|加|增加|多付/giu;
/** How far (in characters) a percentage looks for a word saying which way it moves the price. */
const PERCENT_WORD_REACH = 20;

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese numerals 0..100 (十, 十五, 二十五, 一百), enough for percentages. */
function chineseNumber(text: string): number | null {
  if (text === '一百' || text === '百') return 100;
  const match = /^([一二两三四五六七八九])?(十)?([零一二三四五六七八九])?$/u.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, units] = match;
  if (ten === undefined) return tens !== undefined && units === undefined ? (CHINESE_DIGITS[tens] ?? null) : null;
  return (
    (tens === undefined ? 1 : (CHINESE_DIGITS[tens] ?? 0)) * 10 +
    (units === undefined ? 0 : (CHINESE_DIGITS[units] ?? 0))
  );
}

/** Reads one written number; `isScaled` when a multiplier or % follows (then "1.500" is 1.5). */
function readNumber(text: string, isScaled: boolean): number {
  const compact = text.replace(/[\s\u00a0\u202f]/gu, '');
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    normalised = lastDot > lastComma ? compact.replaceAll(',', '') : compact.replaceAll('.', '').replace(',', '.');
  } else if (lastComma >= 0) {
    const groups = compact.split(',');
    const isGrouping = groups.length > 2 || (groups[1]?.length === 3 && !isScaled);
    normalised = isGrouping ? groups.join('') : compact.replace(',', '.');
  } else if (lastDot >= 0) {
    const groups = compact.split('.');
    const isGrouping = groups.length > 2 || (groups[1]?.length === 3 && groups[0] !== '0' && !isScaled);
    normalised = isGrouping ? groups.join('') : compact;
  } else {
    normalised = compact;
  }
  return Number(normalised);
}

function blankDates(text: string): string {
  let result = text;
  for (const pattern of DATE_PATTERNS) {
    result = result.replace(pattern, (match) => ' '.repeat(match.length));
  }
  return result;
}

function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = Math.max(0, start - 40);
  let to = Math.min(text.length, end + 30);
  for (let i = start - 1; i >= from; i -= 1) {
    // A dot between digits is a decimal point, not the end of a clause.
    if (CLAUSE_BREAK.test(text[i] ?? '') && !/\d/u.test(text[i + 1] ?? '')) {
      from = i + 1;
      break;
    }
  }
  for (let i = end; i < to; i += 1) {
    if (CLAUSE_BREAK.test(text[i] ?? '') && !/\d/u.test(text[i + 1] ?? '')) {
      to = i;
      break;
    }
  }
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

function amountChange(before: string, after: string): AmountChange | null {
  if (DECREASE_AFTER.test(after)) return 'decrease';
  if (INCREASE_AFTER.test(after)) return 'increase';
  if (DECREASE_BEFORE.test(before)) return 'decrease';
  if (INCREASE_BEFORE.test(before)) return 'increase';
  return null;
}

function nearestDistance(pattern: RegExp, before: string, after: string): number {
  const near = before.slice(-PERCENT_WORD_REACH);
  let best = Number.POSITIVE_INFINITY;
  for (const match of near.matchAll(pattern)) {
    best = Math.min(best, near.length - (match.index + match[0].length));
  }
  for (const match of after.slice(0, PERCENT_WORD_REACH).matchAll(pattern)) best = Math.min(best, match.index);
  return best;
}

function percentChange(before: string, after: string): AmountChange | null {
  const adjacent = amountChange(before, after);
  if (adjacent !== null) return adjacent;
  const down = nearestDistance(DECREASE_WORDS, before, after);
  const up = nearestDistance(INCREASE_WORDS, before, after);
  if (down === Number.POSITIVE_INFINITY && up === Number.POSITIVE_INFINITY) return null;
  return down <= up ? 'decrease' : 'increase';
}

const round = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** 9 → pay 90 % (10 % off); 8.5 and 85 → pay 85 %. */
function zheToDiscount(pay: number): number | null {
  const percentPaid = pay < 10 ? pay * 10 : pay;
  return percentPaid > 0 && percentPaid < 100 ? round(100 - percentPaid, 4) : null;
}

/** Every price and percentage in the text, in order of appearance. */
export function parseAmounts(input: string): ParsedAmount[] {
  const text = input.normalize('NFKC');
  const scan = blankDates(text);
  const found: ParsedAmount[] = [];

  for (const match of scan.matchAll(NUMBER_PATTERN)) {
    const [whole, prefix, digits] = match;
    if (digits === undefined) continue;
    const start = match.index;
    let end = start + whole.length;
    let tail = scan.slice(end);
    let currency = prefix === undefined ? null : (CURRENCY_CODES[prefix] ?? null);
    if (scan.slice(0, start).endsWith('百分之')) continue; // read below with the Chinese percentages

    const percent = PERCENT_TAIL.exec(tail);
    const zhe = percent ? null : ZHE_TAIL.exec(tail);
    if (percent || zhe) {
      const suffix = (percent ?? zhe)?.[0] ?? '';
      end += suffix.length;
      const written = readNumber(digits, true);
      const value = zhe ? zheToDiscount(written) : round(written, 4);
      if (value === null || !Number.isFinite(value)) continue;
      const { before, after } = clauseAround(text, start, end);
      found.push({
        value,
        raw: text.slice(start, end),
        kind: 'percent',
        index: start,
        currency: null,
        change: zhe ? 'decrease' : percentChange(before, after),
      });
      continue;
    }

    const multiplierMatch = MULTIPLIER_TAIL.exec(tail);
    const multiplierWord = multiplierMatch?.[1] ?? multiplierMatch?.[2] ?? multiplierMatch?.[3];
    const multiplier = multiplierWord === undefined ? 1 : (MULTIPLIERS[multiplierWord.toLowerCase()] ?? 1);
    if (multiplierMatch) {
      end += multiplierMatch[0].length;
      tail = scan.slice(end);
    }
    const currencyMatch = CURRENCY_TAIL.exec(tail);
    if (currencyMatch) {
      const code = currencyMatch[1] ?? '';
      currency ??=
        CURRENCY_CODES[code] ?? CURRENCY_CODES[code.toLowerCase()] ?? CURRENCY_CODES[code.toUpperCase()] ?? null;
      end += currencyMatch[0].length;
      tail = scan.slice(end);
    }
    if (!currencyMatch && UNIT_TAIL.test(tail)) continue;

    let value = readNumber(digits, multiplierMatch !== null) * multiplier;
    // "90-100k": the first end of a range takes the second end's multiplier.
    if (multiplierMatch === null && value < 1000 && /^\d+$/u.test(digits)) {
      const range =
        /^\s?(?:-|–|~|to|到|至)\s?(?:US\$|HK\$|[$¥€£])?\d+(?:[.,]\d+)?\s?(thousand|million|billion|mn|bn|[kKmMwW](?![A-Za-z])|千万|百万|万|亿|千)/u.exec(
          tail,
        );
      const rangeMultiplier = range?.[1];
      if (rangeMultiplier !== undefined) value *= MULTIPLIERS[rangeMultiplier.toLowerCase()] ?? 1;
    }
    if (!Number.isFinite(value)) continue;
    const { before, after } = clauseAround(text, start, end);
    found.push({
      value: round(value, 2),
      raw: text.slice(start, end).trim(),
      kind: 'amount',
      index: start,
      currency,
      change: amountChange(before, after),
    });
  }

  // Percentages written in Chinese numerals: 百分之十, and 折 in characters: 九折, 八五折, 八点五折.
  for (const match of scan.matchAll(/百分之([零一二两三四五六七八九十百]+)/gu)) {
    const value = chineseNumber(match[1] ?? '');
    if (value === null) continue;
    const { before, after } = clauseAround(text, match.index, match.index + match[0].length);
    found.push({
      value,
      raw: match[0],
      kind: 'percent',
      index: match.index,
      currency: null,
      change: percentChange(before, after),
    });
  }
  for (const match of scan.matchAll(/百分之(\d+(?:\.\d+)?)/gu)) {
    const { before, after } = clauseAround(text, match.index, match.index + match[0].length);
    found.push({
      value: Number(match[1]),
      raw: match[0],
      kind: 'percent',
      index: match.index,
      currency: null,
      change: percentChange(before, after),
    });
  }
  for (const match of scan.matchAll(/([一二三四五六七八九])(?:点?([一二三四五六七八九]))?折(?!扣)/gu)) {
    const first = CHINESE_DIGITS[match[1] ?? ''] ?? 0;
    const second = match[2] === undefined ? 0 : (CHINESE_DIGITS[match[2]] ?? 0);
    const value = zheToDiscount(first * 10 + second);
    if (value === null) continue;
    found.push({ value, raw: match[0], kind: 'percent', index: match.index, currency: null, change: 'decrease' });
  }

  return found.sort((a, b) => a.index - b.index);
}
