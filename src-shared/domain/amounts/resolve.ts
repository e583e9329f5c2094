// Turns a reading into the price it stands for, and reads a field that must hold exactly one amount.
import { readAmounts, type AmountReading } from './read-amounts';

/**
 * The price a reading stands for when applied to `price`: a decrease of 10 % on 300,000 is 270,000,
 * "加2万" on it is 320,000; an absolute amount is itself. Null for a bare rate ("99.9%").
 */
export function priceAfter(reading: AmountReading, price: number | null): number | null {
  if (reading.change === null) return reading.kind === 'amount' ? reading.value : null;
  if (price === null) return null;
  const delta = reading.kind === 'percent' ? (price * reading.value) / 100 : reading.value;
  return Math.round((reading.change === 'decrease' ? price - delta : price + delta) * 100) / 100;
}

export type AmountInputReading =
  | { status: 'empty' }
  | { status: 'ok'; value: number; currency: string | null }
  | { status: 'invalid' }
  | { status: 'negative' };

/**
 * One amount filling a whole field ("26万", "1.2m", "三十万", "¥1,200"): what an amount input or a
 * CSV amount cell stores. A range, a rate or extra words make it invalid; a leading minus, negative.
 */
export function readAmountField(input: string): AmountInputReading {
  const text = input.trim();
  if (text === '') return { status: 'empty' };
  const isNegative = /^[-−]/u.test(text);
  const body = isNegative ? text.slice(1).trimStart() : text;
  // In an amount field a bare 2025 is money, not the year it would be in a sentence.
  if (/^\d{4}$/u.test(body)) {
    return isNegative ? { status: 'negative' } : { status: 'ok', value: Number(body), currency: null };
  }
  const readings = readAmounts(body);
  const [only] = readings;
  if (
    readings.length !== 1 ||
    only === undefined ||
    only.kind !== 'amount' ||
    only.high !== null ||
    only.change !== null ||
    only.approximation !== null ||
    body.slice(0, only.start).trim() !== '' ||
    body.slice(only.end).trim() !== ''
  ) {
    return { status: 'invalid' };
  }
  if (isNegative && only.value !== 0) return { status: 'negative' };
  return { status: 'ok', value: only.value, currency: only.currency };
}
