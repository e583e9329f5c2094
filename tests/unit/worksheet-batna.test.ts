import { describe, expect, it } from 'vitest';
import { emptyWorksheet, type Alternative, type WorksheetNumbers } from '@shared/domain/worksheet-types';
import { findBatna, realBatnaOf, resolveNumbers, suggestWalkAway, theirRangeOf } from '@shared/domain/worksheet';

const alt = (id: string, value: number | null, extra: Partial<Alternative> = {}): Alternative => ({
  id,
  party: 'ours',
  description: id,
  isReal: true,
  value,
  likelihood: 1,
  ...extra,
});

const codes = (warnings: readonly { code: string }[]): string[] => warnings.map((w) => w.code);

describe('findBatna', () => {
  it('picks the highest real alternative for a seller and the lowest for a buyer', () => {
    const alternatives = [alt('a', 80), alt('b', 95), alt('c', 60)];
    expect(findBatna(alternatives, 'ours', 'sell').best?.alternative.id).toBe('b');
    expect(findBatna(alternatives, 'ours', 'buy').best?.alternative.id).toBe('c');
    expect(findBatna(alternatives, 'ours', 'sell').ranked.map((r) => r.alternative.id)).toEqual(['b', 'a', 'c']);
    expect(findBatna(alternatives, 'ours', 'buy').ranked.map((r) => r.alternative.id)).toEqual(['c', 'a', 'b']);
  });

  it('ranks their alternatives from their side, the opposite of ours, and only reports info about them', () => {
    const alternatives = [alt('t1', 120, { party: 'theirs' }), alt('t2', 100, { party: 'theirs' }), alt('o', 1)];
    // We sell, so they buy: paying 100 elsewhere is their best alternative.
    const theirs = findBatna(alternatives, 'theirs', 'sell');
    expect(theirs.partySide).toBe('buy');
    expect(theirs.best?.alternative.id).toBe('t2');
    expect(findBatna(alternatives, 'theirs', 'buy').best?.alternative.id).toBe('t1');
    const none = findBatna([alt('o', 1)], 'theirs', 'sell');
    expect(none.warnings).toEqual([{ code: 'batna-missing', severity: 'info', params: { party: 'theirs' } }]);
  });

  it('prefers a real alternative over a better hypothetical one, and says so', () => {
    const batna = findBatna([alt('real', 80), alt('dream', 120, { isReal: false })], 'ours', 'sell');
    expect(batna.best?.alternative.id).toBe('real');
    expect(batna.isHypothetical).toBe(false);
    expect(batna.warnings).toEqual([
      {
        code: 'better-hypothetical-alternative',
        severity: 'info',
        params: { party: 'ours', alternativeId: 'dream', value: 120, batnaValue: 80 },
      },
    ]);
  });

  it('falls back to the best hypothetical alternative, flagged, when none is real', () => {
    const batna = findBatna([alt('h1', 70, { isReal: false }), alt('h2', 90, { isReal: false })], 'ours', 'sell');
    expect(batna.best?.alternative.id).toBe('h2');
    expect(batna.isHypothetical).toBe(true);
    expect(realBatnaOf(batna)).toBeNull();
    expect(batna.warnings).toEqual([
      {
        code: 'batna-hypothetical-only',
        severity: 'warning',
        params: { party: 'ours', alternativeId: 'h2', value: 90 },
      },
    ]);
  });

  it('reports a missing BATNA for an empty list and for alternatives without a value', () => {
    expect(findBatna([], 'ours', 'sell')).toMatchObject({ best: null, isHypothetical: false, ranked: [] });
    expect(codes(findBatna([], 'ours', 'buy').warnings)).toEqual(['batna-missing']);
    const unvalued = findBatna([alt('x', null)], 'ours', 'sell');
    expect(unvalued.unvalued.map((a) => a.id)).toEqual(['x']);
    expect(codes(unvalued.warnings)).toEqual(['alternative-without-value', 'batna-missing']);
    expect(findBatna([alt('nan', Number.NaN)], 'ours', 'sell').best).toBeNull();
  });

  it('computes expected value as value × likelihood, clamping likelihood to 0..1', () => {
    const batna = findBatna(
      [alt('a', 100, { likelihood: 0.6 }), alt('b', 50, { likelihood: 1.5 }), alt('c', 40, { likelihood: -1 })],
      'ours',
      'sell',
    );
    expect(batna.ranked.map((r) => [r.alternative.id, r.likelihood, r.expectedValue])).toEqual([
      ['a', 0.6, 60],
      ['b', 1, 50],
      ['c', 0, 0],
    ]);
    expect(batna.warnings.filter((w) => w.code === 'likelihood-out-of-range').map((w) => w.params)).toEqual([
      { party: 'ours', alternativeId: 'b', likelihood: 1.5 },
      { party: 'ours', alternativeId: 'c', likelihood: -1 },
    ]);
  });

  it('chooses by value, not expected value, so a buyer is not drawn to an unlikely cheap fallback', () => {
    const batna = findBatna(
      [alt('sure', 100, { likelihood: 1 }), alt('shaky', 120, { likelihood: 0.1 })],
      'ours',
      'buy',
    );
    expect(batna.best?.alternative.id).toBe('sure');
  });

  it('breaks ties on value by likelihood, then by being real', () => {
    const tie = findBatna(
      [alt('h', 100, { isReal: false }), alt('low', 100, { likelihood: 0.5 }), alt('high', 100, { likelihood: 0.9 })],
      'ours',
      'sell',
    );
    expect(tie.ranked.map((r) => r.alternative.id)).toEqual(['h', 'high', 'low']);
    expect(tie.best?.alternative.id).toBe('high');
    // An equally good hypothetical alternative is not "better".
    expect(codes(tie.warnings)).not.toContain('better-hypothetical-alternative');
  });

  it('flags a real BATNA that is unlikely to hold', () => {
    const batna = findBatna([alt('a', 100, { likelihood: 0.3 })], 'ours', 'sell');
    expect(batna.warnings).toEqual([
      { code: 'batna-unlikely', severity: 'warning', params: { party: 'ours', alternativeId: 'a', likelihood: 0.3 } },
    ]);
    expect(codes(findBatna([alt('a', 100, { likelihood: 0.5 })], 'ours', 'sell').warnings)).toEqual([]);
  });
});

describe('suggestWalkAway', () => {
  it('follows the real BATNA value for either side', () => {
    const alternatives = [alt('a', 80), alt('b', 95), alt('t', 10, { party: 'theirs' })];
    expect(suggestWalkAway(alternatives, 'sell')).toEqual({ value: 95, basis: 'real-batna', alternativeId: 'b' });
    expect(suggestWalkAway(alternatives, 'buy')).toEqual({ value: 80, basis: 'real-batna', alternativeId: 'a' });
  });

  it('suggests nothing from a hypothetical alternative, nor without one', () => {
    expect(suggestWalkAway([alt('h', 70, { isReal: false })], 'sell')).toEqual({
      value: null,
      basis: 'none',
      alternativeId: null,
    });
    expect(suggestWalkAway([], 'sell')).toEqual({ value: null, basis: 'none', alternativeId: null });
  });
});

describe('resolveNumbers', () => {
  const numbers = (patch: Partial<WorksheetNumbers>): WorksheetNumbers => ({ ...emptyWorksheet().numbers, ...patch });

  it('never lets a hypothetical BATNA become the floor; it is shown as "if it becomes real"', () => {
    const alternatives = [alt('h', 175, { isReal: false })];
    expect(resolveNumbers({ numbers: numbers({ walkAway: 150 }), alternatives }, 'sell')).toMatchObject({
      walkAway: 150,
      walkAwaySource: 'stored',
      batna: null,
      hypotheticalBatna: { value: 175, alternativeId: 'h' },
    });
    expect(resolveNumbers({ numbers: numbers({}), alternatives }, 'sell')).toMatchObject({
      walkAway: null,
      walkAwaySource: 'missing',
    });
    // A real BATNA that beats the hypothetical one leaves nothing to show "if it becomes real".
    const both = [alt('h', 175, { isReal: false }), alt('r', 180)];
    expect(resolveNumbers({ numbers: numbers({}), alternatives: both }, 'sell')).toMatchObject({
      walkAway: 180,
      walkAwaySource: 'suggested',
      batna: { value: 180, alternativeId: 'r' },
      hypotheticalBatna: null,
    });
  });

  it('uses the BATNA suggestion unless the walk-away is manual', () => {
    const alternatives = [alt('a', 90)];
    expect(resolveNumbers({ numbers: numbers({ walkAway: 50 }), alternatives }, 'sell')).toMatchObject({
      walkAway: 90,
      walkAwaySource: 'suggested',
    });
    expect(
      resolveNumbers({ numbers: numbers({ walkAway: 50, isWalkAwayManual: true }), alternatives }, 'sell'),
    ).toMatchObject({ walkAway: 50, walkAwaySource: 'manual' });
    expect(
      resolveNumbers({ numbers: numbers({ walkAway: null, isWalkAwayManual: true }), alternatives }, 'sell'),
    ).toMatchObject({ walkAway: null, walkAwaySource: 'missing' });
  });

  it('keeps a stored walk-away when there is no suggestion, and drops non-finite numbers', () => {
    expect(resolveNumbers({ numbers: numbers({ walkAway: 50 }), alternatives: [] }, 'buy')).toMatchObject({
      walkAway: 50,
      walkAwaySource: 'stored',
    });
    const resolved = resolveNumbers(
      { numbers: numbers({ opening: Number.NaN, target: Infinity, theirWalkAwayLow: 3 }), alternatives: [] },
      'sell',
    );
    expect(resolved).toMatchObject({ opening: null, target: null, walkAway: null, walkAwaySource: 'missing' });
    expect(resolved.theirWalkAwayLow).toBe(3);
  });

  it('reads their range in order, and a single bound as a point estimate', () => {
    expect(theirRangeOf({ theirWalkAwayLow: null, theirWalkAwayHigh: null })).toBeNull();
    expect(theirRangeOf({ theirWalkAwayLow: 5, theirWalkAwayHigh: null })).toEqual({
      low: 5,
      high: 5,
      isInverted: false,
      isPoint: true,
    });
    expect(theirRangeOf({ theirWalkAwayLow: null, theirWalkAwayHigh: 7 })).toMatchObject({ low: 7, high: 7 });
    expect(theirRangeOf({ theirWalkAwayLow: 9, theirWalkAwayHigh: 4 })).toEqual({
      low: 4,
      high: 9,
      isInverted: true,
      isPoint: false,
    });
  });
});
