import { describe, expect, it } from 'vitest';
import { parseAmounts } from '@shared/domain/rehearsal/parse-amounts';

const values = (text: string): Array<[number, string]> => parseAmounts(text).map((a) => [a.value, a.kind]);

describe('parseAmounts: written forms', () => {
  it.each([
    ['1,200', 1200],
    ['1.2k', 1200],
    ['1.2K', 1200],
    ['120k', 120_000],
    ['"120k"', 120_000],
    ['3 million', 3_000_000],
    ['$2.5M', 2_500_000],
    ['1,5 million', 1_500_000],
    ['12万', 120_000],
    ['1.5亿', 150_000_000],
    ['3千', 3000],
    ['12w', 120_000],
    ['¥120,000', 120_000],
    ['￥120,000', 120_000],
    ['$120k', 120_000],
    ['RMB 120000', 120_000],
    ['12万元', 120_000],
    ['120 000', 120_000],
    ['120\u00a0000', 120_000],
    ['120.000,50', 120_000.5],
    ['1,200.50', 1200.5],
    ['５万', 50_000],
  ])('reads %s as %d', (text, value) => {
    expect(values(text)).toEqual([[value, 'amount']]);
  });

  it('names the currency when written', () => {
    expect(parseAmounts('¥120,000 or $120k or 5万元 or 500 dollars or 80k').map((a) => a.currency)).toEqual([
      'CNY',
      'USD',
      'CNY',
      'USD',
      null,
    ]);
  });

  it('reads percentages, in English and Chinese, including 折', () => {
    expect(values('12.5%')).toEqual([[12.5, 'percent']]);
    expect(values('12,5 %')).toEqual([[12.5, 'percent']]);
    expect(values('10 percent')).toEqual([[10, 'percent']]);
    expect(values('百分之十五')).toEqual([[15, 'percent']]);
    expect(values('百分之8')).toEqual([[8, 'percent']]);
    expect(values('打9折')).toEqual([[10, 'percent']]);
    expect(values('8.5折')).toEqual([[15, 'percent']]);
    expect(values('85折')).toEqual([[15, 'percent']]);
    expect(values('八五折')).toEqual([[15, 'percent']]);
    expect(values('九折')).toEqual([[10, 'percent']]);
  });

  it('keeps raw text and order of appearance', () => {
    const found = parseAmounts('We were at 100k; now 95,000 and 5% off.');
    expect(found.map((a) => a.raw)).toEqual(['100k', '95,000', '5%']);
    expect(found.map((a) => a.index)).toEqual([11, 21, 32]);
  });

  it('carries a range’s multiplier to its first end', () => {
    expect(values('90-100k')).toEqual([
      [90_000, 'amount'],
      [100_000, 'amount'],
    ]);
    expect(values('from 100,000 to 90k')).toEqual([
      [100_000, 'amount'],
      [90_000, 'amount'],
    ]);
  });
});

describe('parseAmounts: what is not an amount', () => {
  it.each([
    '2 years',
    'for 3 months',
    '50 users',
    '200 seats and 3 licences',
    '2025-03-01',
    'on 3/1 at 12:30',
    'March 15, 2026',
    '15th of March',
    'in 2026',
    'the 3rd option',
    'Q3 and FY2025',
    '3个月',
    '100人',
    '2025年3月1日',
    '签2年',
    '3月15号',
    '1万人',
  ])('ignores %s', (text) => {
    expect(parseAmounts(text)).toEqual([]);
  });

  it('finds the price among other numbers', () => {
    expect(values('For 3 years and 200 users: 95,000.')).toEqual([[95_000, 'amount']]);
    expect(values('签3年合同，100个账号，价格9.5万')).toEqual([[95_000, 'amount']]);
    expect(values('如果今天签，7.5万可以吗？')).toEqual([[75_000, 'amount']]);
  });
});

describe('parseAmounts: relative changes', () => {
  const changes = (text: string) => parseAmounts(text).map((a) => [a.value, a.change]);

  it('reads discounts and increases in English', () => {
    expect(changes('I can do 10% off')).toEqual([[10, 'decrease']]);
    expect(changes('a discount of 10%')).toEqual([[10, 'decrease']]);
    expect(changes('a 10% price reduction')).toEqual([[10, 'decrease']]);
    expect(changes('we can take 5,000 off')).toEqual([[5000, 'decrease']]);
    expect(changes('we could reduce the price by 5k')).toEqual([[5000, 'decrease']]);
    expect(changes('we would pay 5% more')).toEqual([[5, 'increase']]);
    expect(changes('an extra 2,000')).toEqual([[2000, 'increase']]);
  });

  it('reads discounts and increases in Chinese', () => {
    expect(changes('可以优惠10%')).toEqual([[10, 'decrease']]);
    expect(changes('给您10%的折扣')).toEqual([[10, 'decrease']]);
    expect(changes('降价5000元')).toEqual([[5000, 'decrease']]);
    expect(changes('再便宜了5千')).toEqual([[5000, 'decrease']]);
    expect(changes('可以加5%')).toEqual([[5, 'increase']]);
  });

  it('keeps absolute prices absolute', () => {
    expect(changes('降到9万')).toEqual([[90_000, null]]);
    expect(changes('we can do 90,000')).toEqual([[90_000, null]]);
    expect(changes('至少10万')).toEqual([[100_000, null]]);
    expect(changes('a 5,000 offer')).toEqual([[5000, null]]);
    expect(changes('99.9% uptime')).toEqual([[99.9, null]]);
  });
});
