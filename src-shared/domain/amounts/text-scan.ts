// Character-level helpers for the amount reader: same-length normalisation and bounded look-ups, all linear.

/**
 * Folds full-width ASCII (０-９, ，, ％, ￥…) and the ideographic space to their plain forms, one
 * character for one, so every offset into the result is an offset into the text the user typed.
 */
const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0\u202f\u2009\uffe5]/u;

export function foldWidth(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let folded = -1;
    if (code >= 0xff01 && code <= 0xff5e) folded = code - 0xfee0;
    else if (code === 0x3000 || code === 0x00a0 || code === 0x202f || code === 0x2009) folded = 0x20;
    else if (code === 0xffe5) folded = 0xa5;
    else if (code === 0xff04) folded = 0x24;
    if (folded >= 0) {
      out += text.slice(runStart, i) + String.fromCharCode(folded);
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

export const isAsciiLetter = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));

type Entry = { word: string; isAscii: boolean };

/** Words prepared for look-ups at a position: indexed by first and last character, longest first. */
export type WordList = {
  readonly byFirst: ReadonlyMap<number, readonly Entry[]>;
  readonly byLast: ReadonlyMap<number, readonly Entry[]>;
  /** 1 at the (lower-cased) code of every first character. */
  readonly firsts: Uint8Array;
  /** 1 at the (lower-cased) code of every last character. */
  readonly lasts: Uint8Array;
};

/** Character code with ASCII letters lower-cased; NaN past either end. Codes, not strings: no allocation. */
export const lowerCodeAt = (text: string, at: number): number => {
  const code = text.charCodeAt(at);
  return code >= 65 && code <= 90 ? code + 32 : code;
};

export const isAsciiLetterCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Prepares `words` for `wordAt` and `wordBefore`; longer words win over their prefixes ("块钱" over "块"). */
export function longestFirst(words: readonly string[]): WordList {
  const byFirst = new Map<number, Entry[]>();
  const byLast = new Map<number, Entry[]>();
  for (const word of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    const entry = { word: word.toLowerCase(), isAscii: /^[a-z]/iu.test(word) };
    const first = entry.word.charCodeAt(0);
    const last = entry.word.charCodeAt(entry.word.length - 1);
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
    byLast.set(last, [...(byLast.get(last) ?? []), entry]);
  }
  return { byFirst, byLast, firsts: codeTableOf(byFirst.keys()), lasts: codeTableOf(byLast.keys()) };
}

/** Whether `word` (lower-case) is written at `from`, ASCII letters compared case-insensitively; no slicing. */
function isWrittenAt(text: string, from: number, word: string): boolean {
  for (let k = 0; k < word.length; k += 1) if (lowerCodeAt(text, from + k) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * The first of `words` (longest first) written at `at`, in its lower-case form; ASCII words match whole
 * and case-insensitively.
 */
export function wordAt(text: string, at: number, words: WordList): string | null {
  const code = lowerCodeAt(text, at);
  if (words.firsts[code] !== 1) return null;
  for (const { word, isAscii } of words.byFirst.get(code) ?? []) {
    if (!isWrittenAt(text, at, word)) continue;
    if (
      isAscii &&
      (isAsciiLetterCode(text.charCodeAt(at + word.length)) || isAsciiLetterCode(text.charCodeAt(at - 1)))
    ) {
      continue;
    }
    return word;
  }
  return null;
}

/**
 * The first of `words` (longest first) that ends at `at`, in its lower-case form; ASCII words match whole
 * and case-insensitively.
 */
export function wordBefore(text: string, at: number, words: WordList): string | null {
  const code = lowerCodeAt(text, at - 1);
  if (words.lasts[code] !== 1) return null;
  for (const { word, isAscii } of words.byLast.get(code) ?? []) {
    const from = at - word.length;
    if (from < 0 || !isWrittenAt(text, from, word)) continue;
    if (isAscii && isAsciiLetterCode(text.charCodeAt(from - 1))) continue;
    return word;
  }
  return null;
}

/** Skips spaces (at most a few: a wide gap separates, it does not join). */
export function skipSpaces(text: string, at: number, max = 2): number {
  let i = at;
  while (i < text.length && i - at < max && text[i] === ' ') i += 1;
  return i;
}

export function skipSpacesBack(text: string, at: number, max = 2): number {
  let i = at;
  while (i > 0 && at - i < max && text[i - 1] === ' ') i -= 1;
  return i;
}

/** A 64K table of character codes, for membership tests in the hot loops (no hashing, no allocation). */
export function codeTable(characters: Iterable<string>): Uint8Array {
  return codeTableOf([...characters].map((ch) => ch.charCodeAt(0)));
}

function codeTableOf(codes: Iterable<number>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const code of codes) table[code] = 1;
  return table;
}
