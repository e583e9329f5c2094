// Currency signs, codes and words, before or after an amount, mapped to ISO 4217 codes.
import { longestFirst, wordAt, wordBefore } from './text-scan';

const PREFIXES: Readonly<Record<string, string>> = {
  us$: 'USD',
  hk$: 'HKD',
  $: 'USD',
  '¥': 'CNY',
  '€': 'EUR',
  '£': 'GBP',
  rmb: 'CNY',
  cny: 'CNY',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  hkd: 'HKD',
  jpy: 'JPY',
  人民币: 'CNY',
};

const SUFFIXES: Readonly<Record<string, string>> = {
  元人民币: 'CNY',
  块钱: 'CNY',
  元: 'CNY',
  块: 'CNY',
  人民币: 'CNY',
  美元: 'USD',
  美金: 'USD',
  欧元: 'EUR',
  英镑: 'GBP',
  港币: 'HKD',
  港元: 'HKD',
  日元: 'JPY',
  rmb: 'CNY',
  cny: 'CNY',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  hkd: 'HKD',
  jpy: 'JPY',
  yuan: 'CNY',
  kuai: 'CNY',
  dollars: 'USD',
  dollar: 'USD',
  bucks: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  pounds: 'GBP',
};

const PREFIX_LIST = longestFirst(Object.keys(PREFIXES));
const SUFFIX_LIST = longestFirst(Object.keys(SUFFIXES));

export type CurrencyMark = { code: string; length: number };

/** A currency written just before `at` ("¥", "RMB ", "$"), with the characters it takes. */
export function currencyBefore(text: string, at: number): CurrencyMark | null {
  const end = text[at - 1] === ' ' ? at - 1 : at;
  const word = wordBefore(text, end, PREFIX_LIST);
  if (word === null) return null;
  // A space only separates a code from the number ("RMB 120000"), never a sign ("$ 5" is fine too).
  return { code: PREFIXES[word.toLowerCase()] ?? 'CNY', length: at - end + word.length };
}

/** A currency written at `at` after an amount ("元", " dollars", "RMB"). */
export function currencyAt(text: string, at: number): CurrencyMark | null {
  const spaced = text[at] === ' ' ? 1 : 0;
  const word = wordAt(text, at + spaced, SUFFIX_LIST);
  if (word === null) return null;
  return { code: SUFFIXES[word.toLowerCase()] ?? 'CNY', length: spaced + word.length };
}
