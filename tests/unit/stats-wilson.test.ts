import { describe, expect, it } from 'vitest';
import { toRate, wilsonInterval } from '../../src-shared/domain/stats/wilson';

describe('wilsonInterval', () => {
  it('is the whole range when nothing was observed', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('matches known 95 % bounds', () => {
    const half = wilsonInterval(5, 10);
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);

    const none = wilsonInterval(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);

    const all = wilsonInterval(10, 10);
    expect(all.low).toBeCloseTo(0.7225, 4);
    expect(all.high).toBe(1);

    const one = wilsonInterval(1, 1);
    expect(one.low).toBeCloseTo(0.2065, 4);
    expect(one.high).toBe(1);

    const large = wilsonInterval(81, 263);
    expect(large.low).toBeCloseTo(0.2553, 3);
    expect(large.high).toBeCloseTo(0.3662, 3);
  });

  it('narrows with a smaller z and stays inside [0, 1]', () => {
    const wide = wilsonInterval(3, 12);
    const narrow = wilsonInterval(3, 12, 1);
    expect(narrow.low).toBeGreaterThan(wide.low);
    expect(narrow.high).toBeLessThan(wide.high);
    const clamped = wilsonInterval(15, 10);
    expect(clamped).toEqual({ low: wilsonInterval(10, 10).low, high: 1 });
  });
});

describe('toRate', () => {
  it('carries n, rounds, and flags small samples', () => {
    expect(toRate(0, 0)).toEqual({ successes: 0, n: 0, rate: null, low: 0, high: 1, isSmallSample: true });
    expect(toRate(2, 4)).toMatchObject({ n: 4, rate: 0.5, isSmallSample: true });
    expect(toRate(1, 3).rate).toBe(0.3333);
    expect(toRate(5, 10)).toEqual({ successes: 5, n: 10, rate: 0.5, low: 0.2366, high: 0.7634, isSmallSample: false });
  });
});
