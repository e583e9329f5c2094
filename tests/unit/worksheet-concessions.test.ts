import { describe, expect, it } from 'vitest';
import type { NegotiationSide } from '@shared/domain/deal';
import { emptyWorksheet, type ConcessionStep, type WorksheetNumbers } from '@shared/domain/worksheet-types';
import { checkConcessions, suggestConcessionPrices } from '@shared/domain/worksheet';

const steps = (...prices: (number | null)[]): ConcessionStep[] =>
  prices.map((price, i) => ({ id: `s${i}`, price, inReturn: `something ${i}` }));

const plan = (side: NegotiationSide, numbers: Partial<WorksheetNumbers>, concessionSteps: ConcessionStep[]) =>
  checkConcessions(
    { numbers: { ...emptyWorksheet().numbers, isWalkAwayManual: true, ...numbers }, alternatives: [], concessionSteps },
    side,
  );

const codes = (p: { warnings: { code: string }[] }): string[] => p.warnings.map((w) => w.code);

describe('checkConcessions', () => {
  it('accepts shrinking steps from the opening towards the walk-away, for a seller', () => {
    const p = plan('sell', { opening: 130, walkAway: 80 }, steps(115, 105, 100));
    expect(p.warnings).toEqual([]);
    expect(p.steps.map((s) => [s.from, s.size, s.conceded])).toEqual([
      [130, 15, 15],
      [115, 10, 25],
      [105, 5, 30],
    ]);
    expect(p.steps.map((s) => s.shareOfRoom)).toEqual([0.3, 0.5, 0.6]);
    expect(p).toMatchObject({ room: 50, totalConceded: 30, remaining: 20 });
  });

  it('accepts the mirrored plan for a buyer', () => {
    const p = plan('buy', { opening: 70, walkAway: 120 }, steps(85, 95, 100));
    expect(p.warnings).toEqual([]);
    expect(p.steps.map((s) => s.size)).toEqual([15, 10, 5]);
    expect(p).toMatchObject({ room: 50, totalConceded: 30, remaining: 20 });
  });

  it('flags steps that do not shrink, including equal ones', () => {
    const p = plan('sell', { opening: 130, walkAway: 80 }, steps(120, 110, 95));
    expect(p.warnings).toEqual([
      {
        code: 'concession-not-shrinking',
        severity: 'warning',
        params: { stepId: 's1', index: 1, size: 10, previousSize: 10 },
      },
      {
        code: 'concession-not-shrinking',
        severity: 'warning',
        params: { stepId: 's2', index: 2, size: 15, previousSize: 10 },
      },
    ]);
  });

  it('flags a step that moves the wrong way or not at all', () => {
    const p = plan('sell', { opening: 130, walkAway: 80 }, steps(120, 125, 125));
    expect(p.warnings).toEqual([
      { code: 'concession-wrong-way', severity: 'error', params: { stepId: 's1', index: 1, from: 120, to: 125 } },
      { code: 'concession-no-movement', severity: 'warning', params: { stepId: 's2', index: 2, price: 125 } },
    ]);
    expect(codes(plan('buy', { opening: 70, walkAway: 120 }, steps(65)))).toEqual(['concession-wrong-way']);
  });

  it('flags a step past the walk-away, but not one landing on it', () => {
    const p = plan('sell', { opening: 130, walkAway: 80 }, steps(100, 80, 75));
    expect(p.warnings).toContainEqual({
      code: 'concession-beyond-walk-away',
      severity: 'error',
      params: { stepId: 's2', index: 2, price: 75, walkAway: 80 },
    });
    expect(p.warnings.filter((w) => w.code === 'concession-beyond-walk-away')).toHaveLength(1);
    expect(p.remaining).toBe(-5);
    expect(codes(plan('buy', { opening: 70, walkAway: 120 }, steps(125)))).toContain('concession-beyond-walk-away');
  });

  it('applies the give-get rule: every step needs something in return', () => {
    const p = plan('sell', { opening: 130, walkAway: 80 }, [
      { id: 'a', price: 120, inReturn: '  ' },
      { id: 'b', price: 115, inReturn: 'longer contract' },
    ]);
    expect(p.warnings).toEqual([
      { code: 'concession-without-return', severity: 'warning', params: { stepId: 'a', index: 0 } },
    ]);
    expect(p.steps.map((s) => s.hasReturn)).toEqual([false, true]);
  });

  it('skips steps without a price and compares with the last priced one', () => {
    const p = plan('sell', { opening: 130, walkAway: 80 }, steps(120, null, 115));
    expect(codes(p)).toEqual(['concession-missing-price']);
    expect(p.steps[1]).toMatchObject({ price: null, size: null, from: 120 });
    expect(p.steps[2]).toMatchObject({ from: 120, size: 5 });
  });

  it('works without an opening or a walk-away, checking what it can', () => {
    const noOpening = plan('sell', { walkAway: 80 }, steps(120, 110, 105));
    expect(codes(noOpening)).toEqual(['concessions-without-opening']);
    expect(noOpening.steps.map((s) => s.size)).toEqual([null, 10, 5]);
    expect(noOpening).toMatchObject({ room: null, totalConceded: null, remaining: 25 });
    const noWalkAway = plan('sell', { opening: 130 }, steps(120));
    expect(noWalkAway).toMatchObject({ room: null, remaining: null, totalConceded: 10 });
    expect(noWalkAway.steps[0]?.shareOfRoom).toBeNull();
  });

  it('handles an empty plan', () => {
    expect(plan('sell', {}, [])).toEqual({ steps: [], room: null, totalConceded: null, remaining: null, warnings: [] });
    expect(plan('sell', { opening: 130, walkAway: 80 }, [])).toMatchObject({
      room: 50,
      totalConceded: 0,
      remaining: 50,
    });
  });
});

describe('suggestConcessionPrices', () => {
  it('halves each step and lands on the walk-away, in either direction', () => {
    expect(suggestConcessionPrices(130, 100, 2)).toEqual([110, 100]);
    expect(suggestConcessionPrices(0, 150, 4)).toEqual([80, 120, 140, 150]);
    expect(suggestConcessionPrices(70, 120, 1)).toEqual([120]);
  });

  it('produces a plan the checker accepts', () => {
    const prices = suggestConcessionPrices(130, 80, 4);
    const concessionSteps = prices.map((price, i) => ({ id: `${i}`, price, inReturn: 'x' }));
    expect(plan('sell', { opening: 130, walkAway: 80 }, concessionSteps).warnings).toEqual([]);
  });

  it('returns nothing for a count below one or non-finite input', () => {
    expect(suggestConcessionPrices(130, 80, 0)).toEqual([]);
    expect(suggestConcessionPrices(130, Number.NaN, 3)).toEqual([]);
  });
});
