// Magnitude words and letters that scale a written number: k, 千, thousand, w, 万, m, million, 百万, 亿, bn.
import { isAsciiLetter, longestFirst, lowerCodeAt, wordAt } from './text-scan';

export type Magnitude = { factor: number; length: number };

const ATTACHED_LETTERS: ReadonlyMap<number, Magnitude> = new Map(
  Object.entries({ k: 1e3, w: 1e4, m: 1e6 }).map(([letter, factor]) => [letter.charCodeAt(0), { factor, length: 1 }]),
);

const WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  mio: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  千: 1e3,
  百: 1e2,
  万: 1e4,
  萬: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  億: 1e8,
};
const WORD_LIST = longestFirst(Object.keys(WORDS));
const CHINESE_WORDS = new Set(['千', '百', '万', '萬', '十万', '百万', '千万', '亿', '億']);

/**
 * The magnitude written at `at` (a space allowed before an English word). Single letters must touch
 * the number and be followed by no other letter, so "12 kg" and "3 months" are not thousands or millions.
 */
export function magnitudeAt(text: string, at: number): Magnitude | null {
  const letter = ATTACHED_LETTERS.get(lowerCodeAt(text, at));
  if (letter !== undefined && !isAsciiLetter(text[at + 1])) return letter;
  const spaced = text[at] === ' ' ? 1 : 0;
  const word = wordAt(text, at + spaced, WORD_LIST);
  if (word === null || (spaced === 1 && CHINESE_WORDS.has(word))) return null;
  return { factor: WORDS[word.toLowerCase()] ?? 1, length: spaced + word.length };
}
