import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMOUNT_STYLES, formatAmount, readAmountField, readAmounts, toChineseNumeral } from '@shared/domain/amounts';

// Whole amounts in thousands fit every style exactly (k, 万 with decimals, Chinese numerals, 12万6).
// A bare 1900–2099 in a sentence is read as a year (see the corpus), so those are left to the field test.
const isYearLike = (value: number): boolean => value >= 1900 && value <= 2099;
const wholeThousands = fc
  .integer({ min: 1, max: 99_999 })
  .map((n) => n * 1000)
  .filter((n) => !isYearLike(n));
const anyWhole = fc.integer({ min: 1, max: 999_999_999 });
const cents = fc
  .integer({ min: 1, max: 99_999_999 })
  .map((n) => n / 100)
  .filter((n) => !isYearLike(n));

const DECIMAL_STYLES = ['plain', 'grouped', 'spaced', 'apostrophe', 'european', 'decimal', 'symbol', 'code'] as const;

describe('an amount written in every supported style reads back to itself', () => {
  it.each(AMOUNT_STYLES)('style %s', (style) => {
    fc.assert(
      fc.property(wholeThousands, (value) => {
        const text = formatAmount(value, style);
        const readings = readAmounts(text);
        expect(readings.map((r) => [r.kind, r.value, r.raw])).toEqual([['amount', value, text]]);
      }),
      { numRuns: 300 },
    );
  });

  it('any whole amount in Chinese numerals, everyday and financial', () => {
    fc.assert(
      fc.property(anyWhole, fc.boolean(), (value, isFinancial) => {
        const text = `${toChineseNumeral(value, isFinancial)}元`;
        expect(readAmounts(text).map((r) => r.value)).toEqual([value]);
      }),
      { numRuns: 1000 },
    );
  });

  it.each(DECIMAL_STYLES)('any amount with cents, style %s', (style) => {
    fc.assert(
      fc.property(cents, (value) => {
        expect(readAmounts(formatAmount(value, style)).map((r) => r.value)).toEqual([value]);
      }),
      { numRuns: 300 },
    );
  });

  it('inside a sentence, in English and Chinese', () => {
    fc.assert(
      fc.property(wholeThousands, fc.constantFrom(...AMOUNT_STYLES), (value, style) => {
        const figure = formatAmount(value, style);
        for (const sentence of [`Our price is ${figure}, final.`, `我们的报价是${figure}，不能再低了。`]) {
          const readings = readAmounts(sentence);
          expect(readings.map((r) => r.value)).toEqual([value]);
          expect(readings[0]?.raw).toBe(figure);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('as the whole of an amount field', () => {
    fc.assert(
      fc.property(
        fc.oneof(wholeThousands, fc.integer({ min: 1900, max: 2099 })),
        fc.constantFrom(...AMOUNT_STYLES),
        (value, style) => {
          expect(readAmountField(` ${formatAmount(value, style)} `)).toMatchObject({ status: 'ok', value });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('an amount field', () => {
  it.each([
    ['26万', 260_000],
    ['1.2m', 1_200_000],
    ['三十万', 300_000],
    ['¥1,200', 1200],
    ['12万6', 126_000],
    ['0', 0],
  ])('stores %s as %d', (text, value) => {
    expect(readAmountField(text)).toMatchObject({ status: 'ok', value });
  });

  it.each(['abc', '12到13万', '10%', '9折', '约25万', '25万 maybe', '2 years'])('refuses %s', (text) => {
    expect(readAmountField(text).status).toBe('invalid');
  });

  it('tells a negative amount and an empty field apart', () => {
    expect(readAmountField('-5万').status).toBe('negative');
    expect(readAmountField('  ').status).toBe('empty');
  });
});

describe('adversarial input', () => {
  // 200 KB each: a quadratic reader takes minutes here; the 1 MB ≤ 50 ms target is the bench's (amounts.adversarial-1mb).
  const MB = 200_000;
  const inputs: Record<string, string> = {
    'a long digit run': '9'.repeat(MB),
    'repeated 万': '1' + '万'.repeat(MB - 1),
    'nested brackets with figures': '(['.repeat(MB / 8) + '12万6' + '])'.repeat(MB / 8),
    'digit groups that never end': '1,000'.repeat(MB / 5),
    'Chinese numerals without end': '一二三四五六七八九十'.repeat(MB / 10),
    'dots and digits': '1.'.repeat(MB / 2),
  };
  it.each(Object.entries(inputs))('reads %s of 200 KB without blowing up', (_name, text) => {
    const started = performance.now();
    readAmounts(text);
    // The bench holds the 50 ms target; here only a blow-up (seconds) fails, on a busy machine too.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
