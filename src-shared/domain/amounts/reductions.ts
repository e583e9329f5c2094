// Discounts and reductions: which way a figure moves the price (降, 让, 优惠, off, less; 加, 上浮, more), 折, 成, 个点.
import { longestFirst, skipSpaces, skipSpacesBack, wordAt, wordBefore } from './text-scan';

export type AmountChange = 'decrease' | 'increase';

/** Words right before a figure (only 了 or a space between) that make it a change of the price. */
const DECREASE_BEFORE = longestFirst([
  '降价',
  '降低',
  '降',
  '下调',
  '下浮',
  '减少',
  '减免',
  '减掉',
  '减',
  '便宜',
  '优惠',
  '让利',
  '让',
  '少收',
  '砍掉',
  '砍',
  '返',
  '返点',
  '折让',
  '打掉',
  'discount of',
  'reduction of',
  'rebate of',
  'knock',
  'knocks',
  'knocked',
  'minus',
  'less',
]);
const INCREASE_BEFORE = longestFirst([
  '加价',
  '加',
  '涨价',
  '涨',
  '上浮',
  '上调',
  '提价',
  '提高',
  '多收',
  '增加',
  'plus',
  'extra',
  'additional',
  'add',
  'premium of',
  'increase of',
  'surcharge of',
]);
const BY = longestFirst(['by']);
/** English verbs that state a change when "by" follows them: "reduce the price by 5%". */
const DECREASE_BY = /\b(?:reduc|lower|cut|drop|knock|bring|discount|decreas|trim|shav)\w*\b[^,.;!?]{0,20}\bby\s?$/iu;
const INCREASE_BY = /\b(?:rais|increas|add|lift|bump)\w*\b[^,.;!?]{0,20}\bby\s?$/iu;

const DECREASE_AFTER = longestFirst([
  'off',
  'less',
  'cheaper',
  'lower',
  'discount',
  'reduction',
  'rebate',
  'markdown',
  '折扣',
  '的折扣',
  '的优惠',
  '优惠',
  '让利',
]);
const INCREASE_AFTER = longestFirst(['more', 'extra', 'higher', 'on top', 'premium', 'increase', 'uplift', '的涨幅']);

/** "降到12万", "down to 120k": a target price, not a change by that much. */
const TO_BEFORE = longestFirst(['到', '至', '成', 'to', 'down to', 'up to', 'at']);

export function changeBefore(text: string, start: number): AmountChange | null {
  let at = skipSpacesBack(text, start);
  if (text[at - 1] === '了') at -= 1;
  at = skipSpacesBack(text, at);
  if (wordBefore(text, at, TO_BEFORE) !== null) return null;
  if (wordBefore(text, at, DECREASE_BEFORE) !== null) return 'decrease';
  if (wordBefore(text, at, INCREASE_BEFORE) !== null) return 'increase';
  if (wordBefore(text, at, BY) === null) return null;
  const window = text.slice(Math.max(0, start - 40), start);
  if (DECREASE_BY.test(window)) return 'decrease';
  if (INCREASE_BY.test(window)) return 'increase';
  return null;
}

export function changeAfter(text: string, end: number): AmountChange | null {
  const at = skipSpaces(text, end);
  if (wordAt(text, at, DECREASE_AFTER) !== null) return 'decrease';
  if (wordAt(text, at, INCREASE_AFTER) !== null) return 'increase';
  return null;
}

const DECREASE_NEAR =
  /\b(?:off|discount\w*|reduc\w*|lower\w*|cut|cheaper|less|rebate|markdown|knock\w*)\b|折扣|优惠|降|减|便宜|让|打折/giu;
const INCREASE_NEAR = /\b(?:more|increase\w*|rais\w*|higher|uplift|premium|surcharge)\b|涨|上调|上浮|提高|加|增加/giu;
const NEAR_REACH = 20;

const nearest = (pattern: RegExp, before: string, after: string): number => {
  let best = Number.POSITIVE_INFINITY;
  for (const match of before.matchAll(pattern)) best = Math.min(best, before.length - match.index - match[0].length);
  for (const match of after.matchAll(pattern)) best = Math.min(best, match.index);
  return best;
};

/** A percentage moves the price the way the nearest change word in its clause says ("a 10% cut in price"). */
export function changeNear(text: string, start: number, end: number, clauseStart: number, clauseEnd: number) {
  const before = text.slice(Math.max(clauseStart, start - NEAR_REACH), start);
  const after = text.slice(end, Math.min(clauseEnd, end + NEAR_REACH));
  const down = nearest(DECREASE_NEAR, before, after);
  const up = nearest(INCREASE_NEAR, before, after);
  if (down === Number.POSITIVE_INFINITY && up === Number.POSITIVE_INFINITY) return null;
  return down <= up ? 'decrease' : 'increase';
}

export type RateMark = { percent: (value: number) => number | null; length: number; change: AmountChange | null };

const PERCENT_AFTER = longestFirst(['%', 'percent', 'per cent', 'pct', '个百分点', '个点', '百分点']);

/**
 * A rate written after a figure: % and percent; 个点 ("降5个点"); 成 and 点 only after a change word
 * ("降一成", "降5点"); 折, the share paid (9折 = 10 % off, 95折 = 5 % off, 8.5折 = 15 % off).
 */
export function rateAt(text: string, at: number, hasChangeWord: boolean): RateMark | null {
  const spaced = skipSpaces(text, at, 1);
  const percent = wordAt(text, spaced, PERCENT_AFTER);
  if (percent !== null) return { percent: (v) => v, length: spaced - at + percent.length, change: null };
  if (text[at] === '折' && text[at + 1] !== '扣') {
    return { percent: zheToPercentOff, length: 1, change: 'decrease' };
  }
  if (hasChangeWord && text[at] === '成') return { percent: (v) => v * 10, length: 1, change: null };
  if (hasChangeWord && text[at] === '点' && text[at + 1] !== '钟') {
    return { percent: (v) => v, length: 1, change: null };
  }
  return null;
}

const round4 = (value: number): number => Math.round(value * 1e4) / 1e4;

/** 9 → 10 % off; 8.5 and 85 → 15 % off; 95 → 5 % off. */
export function zheToPercentOff(paid: number): number | null {
  const share = paid < 10 ? paid * 10 : paid;
  return share > 0 && share < 100 ? round4(100 - share) : null;
}
