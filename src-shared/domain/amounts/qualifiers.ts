// What surrounds a figure: a condition on it (if, only with, 但是要), an approximation (about, 出头, 左右), a range joiner.
import {
  codeTable,
  isAsciiLetterCode,
  isDigitCode,
  longestFirst,
  skipSpaces,
  skipSpacesBack,
  wordAt,
  wordBefore,
} from './text-scan';

export type Approximation = 'about' | 'over' | 'under';

const SPACE = 32;

const ABOUT_BEFORE = longestFirst([
  'about',
  'around',
  'approximately',
  'approx.',
  'roughly',
  'circa',
  'some',
  '~',
  '约',
  '大约',
  '大概',
  '差不多',
  '将近',
  '接近',
  '近',
]);
const OVER_BEFORE = longestFirst([
  'over',
  'more than',
  'above',
  'at least',
  '超过',
  '高于',
  '不少于',
  '至少',
  '最少',
  '起码',
]);
const UNDER_BEFORE = longestFirst([
  'under',
  'below',
  'less than',
  'at most',
  'up to',
  'no more than',
  '不到',
  '低于',
  '不超过',
  '最多',
  '最高',
  '顶多',
]);
/** Verbs between an approximation and its figure: "最多让到29万", "at most pay 250k". */
const VERB_FILLERS = longestFirst(['让到', '出到', '给到', '降到', '出', '给', '到', 'pay', 'go to', 'offer']);
const ABOUT_AFTER = longestFirst(['左右', '上下', 'or so', 'ish', '-ish']);
const OVER_AFTER = longestFirst(['出头', '多', '以上', '开外', 'plus', '+', 'or more']);
const UNDER_AFTER = longestFirst(['以内', '以下', 'or less', 'max']);

export function approximationBefore(text: string, start: number): Approximation | null {
  const direct = approximationEndingAt(text, skipSpacesBack(text, start));
  if (direct !== null) return direct;
  const filler = wordBefore(text, skipSpacesBack(text, start), VERB_FILLERS);
  return filler === null
    ? null
    : approximationEndingAt(text, skipSpacesBack(text, skipSpacesBack(text, start) - filler.length));
}

function approximationEndingAt(text: string, at: number): Approximation | null {
  if (wordBefore(text, at, ABOUT_BEFORE) !== null) return 'about';
  if (wordBefore(text, at, OVER_BEFORE) !== null) return 'over';
  if (wordBefore(text, at, UNDER_BEFORE) !== null) return 'under';
  return null;
}

const AFTER_WORDS = [
  ['about', ABOUT_AFTER],
  ['over', OVER_AFTER],
  ['under', UNDER_AFTER],
] as const;

export function approximationAfter(text: string, end: number): { kind: Approximation; length: number } | null {
  const at = text.charCodeAt(end) === SPACE && isAsciiLetterCode(text.charCodeAt(end + 1)) ? end + 1 : end;
  for (const [kind, words] of AFTER_WORDS) {
    const word = wordAt(text, at, words);
    if (word !== null) return { kind, length: at - end + word.length };
  }
  return null;
}

const RANGE_JOINERS = longestFirst(['-', '–', '—', '~', '～', '到', '至', 'to', 'and']);

/** After a figure: "–", "到", "to" and a space or two, then where the second figure starts. */
export function rangeJoinerAt(text: string, end: number, isBetween: boolean): number | null {
  const at = skipSpaces(text, end);
  const word = wordAt(text, at, RANGE_JOINERS);
  if (word === null || (word === 'and' && !isBetween)) return null;
  return skipSpaces(text, at + word.length);
}

const BETWEEN = longestFirst(['between', '介于', '在']);

export const isBetweenBefore = (text: string, start: number): boolean =>
  wordBefore(text, skipSpacesBack(text, start), BETWEEN) !== null;

/** Words that put a figure under a condition: the sentence holding one is not a gift. */
const CONDITION_WORD_LIST = [
  'if',
  'provided',
  'providing',
  'only with',
  'only if',
  'only when',
  'only for',
  'on condition',
  'on the condition',
  'as long as',
  'so long as',
  'subject to',
  'in return',
  'in exchange',
  'in turn',
  'assuming',
  'conditional on',
  'contingent on',
  'requires',
  'we would need',
  'you would need',
  'you commit',
  '如果',
  '假如',
  '要是',
  '只要',
  '前提是',
  '前提',
  '但是要',
  '但要',
  '但需',
  '但须',
  '条件是',
  '作为交换',
  '作为回报',
  '换取',
  '的话',
  '必须',
  '需要你',
  '需要贵方',
  '须签',
  '要签',
  '那么我们就',
  '那我们就',
  '那么就',
];
const CONDITION_WORDS = longestFirst(CONDITION_WORD_LIST);

const SENTENCE_BREAKS = codeTable('.!?;。！？；\n');
const FULL_STOP = 46;

/** A full stop between digits is a decimal point, not a sentence break. */
const isSentenceBreak = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return SENTENCE_BREAKS[code] === 1 && !(code === FULL_STOP && isDigitCode(text.charCodeAt(i + 1)));
};

/**
 * For figures met left to right: whether the sentence holding `at` puts a condition on it. Each sentence
 * is found and searched once, and only when a figure is in it.
 */
export function conditionsOf(text: string): (at: number) => boolean {
  let start = 0;
  let end = -1;
  let isConditional = false;
  return (at) => {
    if (at >= start && at < end) return isConditional;
    const floor = at < start ? 0 : end + 1;
    start = at;
    while (start > floor && !isSentenceBreak(text, start - 1)) start -= 1;
    end = at;
    while (end < text.length && !isSentenceBreak(text, end)) end += 1;
    isConditional = hasConditionWord(text, start, end);
    return isConditional;
  };
}

function hasConditionWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const word = wordAt(text, i, CONDITION_WORDS);
    if (word !== null && i + word.length <= end) return true;
  }
  return false;
}

/** Whether any sentence of the text puts a condition on what it offers. */
export const hasCondition = (text: string): boolean => hasConditionWord(text, 0, text.length);

const CLAUSE_BREAKS = new Set([...',，、:：'].map((ch) => ch.charCodeAt(0)));

/** The clause (between commas or sentence breaks) around `at`, bounded for speed. */
export function clauseAround(text: string, start: number, end: number, reach = 60): { start: number; end: number } {
  let from = start;
  while (
    from > 0 &&
    start - from < reach &&
    !isSentenceBreak(text, from - 1) &&
    !CLAUSE_BREAKS.has(text.charCodeAt(from - 1))
  )
    from -= 1;
  let to = end;
  while (to < text.length && to - end < reach && !isSentenceBreak(text, to) && !CLAUSE_BREAKS.has(text.charCodeAt(to)))
    to += 1;
  return { start: from, end: to };
}
