import { describe, expect, it } from 'vitest';
import {
  type AnswerContext,
  asksQuestion,
  checkAnswer,
  findConcession,
  hasCondition,
} from '@shared/domain/rehearsal/auto-checks';

const SELL: AnswerContext = { side: 'sell', numbers: { opening: 100_000, target: 90_000, walkAway: 80_000 } };
const BUY: AnswerContext = { side: 'buy', numbers: { opening: 80_000, target: 88_000, walkAway: 95_000 } };
const codes = (answer: string, context: AnswerContext = SELL) => checkAnswer(answer, context).map((c) => c.code);
const has = (answer: string, code: string, context: AnswerContext = SELL) =>
  codes(answer, context).includes(code as never);

describe('beyond-walk-away', () => {
  it.each([
    'We can do 75,000 if you sign today.',
    'OK, 7.5万 if you sign today?',
    'I can offer 25% off if you sign today?',
    '如果今天签，7.5万可以吗？',
    '如果今天签，给您打7折，可以吗？',
    '如果您签三年，我们可以再便宜2.5万，怎么样？',
    '¥78,000 is possible if you pay upfront, what do you think?',
  ])('flags a seller going below the walk-away: %s', (answer) => {
    const checks = checkAnswer(answer, SELL);
    expect(checks[0]).toMatchObject({ code: 'beyond-walk-away', severity: 'error', isAutomatic: true });
    expect(checks[0]?.params.walkAway).toBe(80_000);
  });

  it.each([
    'Our price is 95k. What would make it work for you?',
    '10% off if you sign for three years – does that help?',
    '我们可以降到8.5万，前提是签三年，您看呢？',
    '如果签三年，可以打9折，您看呢？',
    'Others quote 70k, but what does their price include?',
    '别家报价7万，但包含售后吗？',
    'For 3 years and 200 users, 500 for training is included. Shall we?',
    'Our uptime is 99.9%. What matters most to you?',
  ])('does not flag a seller within the walk-away: %s', (answer) => {
    expect(has(answer, 'beyond-walk-away')).toBe(false);
  });

  it('converts the percentage from the opening price into an effective price', () => {
    expect(checkAnswer('25% off if you sign today?', SELL)[0]?.params).toMatchObject({ raw: '25%', price: 75_000 });
    expect(has('20% off if you sign today?', 'beyond-walk-away')).toBe(false); // exactly the walk-away
  });

  it('is side-aware: a buyer must not go above the walk-away', () => {
    expect(has('We can pay 100k if you deliver by March?', 'beyond-walk-away', BUY)).toBe(true);
    expect(has('如果能三月交货，我们可以加20%，行吗？', 'beyond-walk-away', BUY)).toBe(true); // 96,000
    expect(has('We can pay 90k if you deliver by March?', 'beyond-walk-away', BUY)).toBe(false);
    expect(has('如果三月交货，我们最多出9万，行吗？', 'beyond-walk-away', BUY)).toBe(false);
    expect(has('We can pay 75,000. Why the increase?', 'beyond-walk-away', BUY)).toBe(false);
  });

  it('needs a walk-away to check against', () => {
    expect(has('50k?', 'beyond-walk-away', { side: 'sell' })).toBe(false);
    expect(
      has('50k?', 'beyond-walk-away', { side: 'sell', numbers: { opening: 100_000, target: null, walkAway: null } }),
    ).toBe(false);
  });
});

describe('unreciprocated-concession', () => {
  it.each([
    'We can give you a 5% discount.',
    'I can waive the setup fee.',
    'Installation is free.',
    'We can do 95,000.',
    'We can throw in extra training.',
    '可以给您优惠5%。',
    '我们可以免费安装。',
    '给您打个九折吧。',
    '价格可以再降价一点。',
    '我们赠送一年维护。',
  ])('warns on a concession without a condition: %s', (answer) => {
    const check = checkAnswer(answer, SELL).find((c) => c.code === 'unreciprocated-concession');
    expect(check).toMatchObject({ severity: 'warning', isAutomatic: true });
    expect(typeof check?.params.term).toBe('string');
  });

  it.each([
    'We can give you a 5% discount if you sign for three years.',
    'Provided you pay upfront, we can waive the setup fee.',
    'In return for a case study, installation is free.',
    'As long as you commit to 3 years, we can do 95,000.',
    'We do not discount. What matters most to you?',
    "We can't lower the price, but let me show you the total cost.",
    'This will lower your costs and cut your downtime.',
    'Feel free to compare; our price stays at 100,000.',
    '如果您签三年，可以给您优惠5%。',
    '只要今天签约，就免费安装。',
    '作为交换，请您预付全款，我们可以打九折。',
    '前提是三年合同，价格可以再降价一点。',
    '不能再便宜了，这是我们的最低价。',
    '我们没有折扣，但服务是最好的。',
    '别家更便宜，但是质量不一样。',
  ])('does not warn: %s', (answer) => {
    expect(has(answer, 'unreciprocated-concession')).toBe(false);
  });

  it('exposes its parts', () => {
    expect(findConcession('We can give you a discount')).toBe('give you');
    expect(findConcession('No discount.')).toBeNull();
    expect(hasCondition('if you sign')).toBe(true);
    expect(hasCondition('如果您签约')).toBe(true);
    expect(hasCondition('那么我们就可以')).toBe(true);
    expect(hasCondition('We sign today.')).toBe(false);
  });
});

describe('no-question', () => {
  it.each(['That is our best price.', 'We are the market leader!', '这是我们的最低价。', '我们的质量最好。'])(
    'hints when no question is asked: %s',
    (answer) => {
      expect(checkAnswer(answer, SELL).find((c) => c.code === 'no-question')).toMatchObject({ severity: 'hint' });
    },
  );

  it.each([
    'Is the budget the issue?',
    'What matters most to you',
    'Could you tell me more about the other quote',
    'Which part of the offer worries you',
    '预算是问题吗？',
    '您最看重的是什么',
    '您觉得呢',
    '哪一部分让您觉得贵',
    '为什么这么说',
    '价格方面，您怎么看？',
  ])('does not hint when a question is asked: %s', (answer) => {
    expect(asksQuestion(answer)).toBe(true);
    expect(has(answer, 'no-question')).toBe(false);
  });
});

describe('overtime', () => {
  it('informs by how many seconds the clock ran out', () => {
    expect(checkAnswer('Why?', { ...SELL, elapsedSeconds: 74.2, limitSeconds: 60 })).toEqual([
      { code: 'overtime', severity: 'info', params: { seconds: 15 }, isAutomatic: true },
    ]);
    expect(checkAnswer('为什么？', { ...SELL, elapsedSeconds: 90, limitSeconds: 60 })[0]?.params).toEqual({
      seconds: 30,
    });
  });

  it('says nothing within the time or without a clock', () => {
    expect(has('Why?', 'overtime', { ...SELL, elapsedSeconds: 60, limitSeconds: 60 })).toBe(false);
    expect(has('为什么？', 'overtime', { ...SELL, elapsedSeconds: 600, limitSeconds: null })).toBe(false);
    expect(has('Why?', 'overtime', { ...SELL, elapsedSeconds: 600 })).toBe(false);
  });
});

describe('checkAnswer', () => {
  it('orders checks by severity', () => {
    const checks = checkAnswer('Fine, 70k.', { ...SELL, elapsedSeconds: 100, limitSeconds: 30 });
    expect(checks.map((c) => c.severity)).toEqual(['error', 'warning', 'hint', 'info']);
  });

  it('only checks the time of a blank answer', () => {
    expect(checkAnswer('   ', SELL)).toEqual([]);
    expect(codes('', { ...SELL, elapsedSeconds: 61, limitSeconds: 60 })).toEqual(['overtime']);
  });

  it('passes a good answer in both languages', () => {
    expect(checkAnswer('I understand. If you sign for three years, we can do 95,000 – would that work?', SELL)).toEqual(
      [],
    );
    expect(checkAnswer('理解您的顾虑。如果签三年，我们可以做到9.5万，您看可以吗？', SELL)).toEqual([]);
  });
});

describe('regressions from issue 10: figures as account managers write them', () => {
  const SELLER: AnswerContext = { side: 'sell', numbers: { opening: 300_000, target: 295_000, walkAway: 290_000 } };
  const SELLER_125: AnswerContext = { side: 'sell', numbers: { opening: 140_000, target: 130_000, walkAway: 125_000 } };
  const BUYER: AnswerContext = { side: 'buy', numbers: { opening: 80_000, target: 88_000, walkAway: 95_000 } };
  const beyond = (answer: string, context: AnswerContext) =>
    checkAnswer(answer, context).filter((c) => c.code === 'beyond-walk-away');

  it.each([
    ['降5个点可以吗？', 285_000],
    ['最多降一成，您看呢？', 270_000],
    ['打九五折怎么样？', 285_000],
  ])('reads a seller’s reduction "%s" against the opening', (answer, price) => {
    expect(beyond(answer, SELLER).map((c) => c.params.price)).toEqual([price]);
  });

  it('reads 十二万 in Chinese numerals', () => {
    expect(beyond('十二万可以吗？', SELLER_125).map((c) => c.params.price)).toEqual([120_000]);
  });

  it('reads 12万6 as 126,000, which is not beyond a 125,000 walk-away', () => {
    expect(beyond('12万6可以吗？', SELLER_125)).toEqual([]);
    expect(beyond('12万4可以吗？', SELLER_125).map((c) => c.params.price)).toEqual([124_000]);
  });

  it.each([
    ['我们可以加2万，您看呢？', 100_000],
    ['预算可以上浮20%，怎么样？', 96_000],
    ['We could add 20k, what do you think?', 100_000],
  ])('reads a buyer’s increase "%s"', (answer, price) => {
    expect(beyond(answer, BUYER).map((c) => c.params.price)).toEqual([price]);
  });

  it('calls a small reduction without anything in return a concession for nothing', () => {
    expect(has('让两个点吧，您看呢？', 'unreciprocated-concession', SELLER)).toBe(true);
    expect(has('上浮5%可以吗？', 'unreciprocated-concession', BUYER)).toBe(true);
  });

  it.each([
    'The package included free maintenance for two years. What else matters to you?',
    'That price includes free installation – shall we go ahead?',
    '价格已含免费维护，您看呢？',
  ])('does not call what the offer already includes a concession: %s', (answer) => {
    expect(has(answer, 'unreciprocated-concession', SELLER)).toBe(false);
  });

  it.each([
    'We can do 2% off, but only with a 3-year commitment. Does that work?',
    '可以让两个点，但是要签三年，您看呢？',
    '降5个点，前提是预付全款，可以吗？',
  ])('sees the condition in "%s"', (answer) => {
    expect(has(answer, 'unreciprocated-concession', SELLER)).toBe(false);
  });
});
