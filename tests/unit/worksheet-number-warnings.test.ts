import { describe, expect, it } from 'vitest';
import type { NegotiationSide } from '@shared/domain/deal';
import { emptyWorksheet, type Alternative, type WorksheetNumbers } from '@shared/domain/worksheet-types';
import { checkNumbers, hasErrors, SEVERITIES, sortWarnings, WARNING_SEVERITY } from '@shared/domain/worksheet';

const alt = (value: number, extra: Partial<Alternative> = {}): Alternative => ({
  id: 'batna',
  party: 'ours',
  description: '',
  isReal: true,
  value,
  likelihood: 1,
  ...extra,
});

const check = (side: NegotiationSide, patch: Partial<WorksheetNumbers>, alternatives: Alternative[] = []) =>
  checkNumbers({ numbers: { ...emptyWorksheet().numbers, isWalkAwayManual: true, ...patch }, alternatives }, side);

const codes = (side: NegotiationSide, patch: Partial<WorksheetNumbers>, alternatives: Alternative[] = []) =>
  check(side, patch, alternatives).map((w) => w.code);

// Well-prepared numbers for each side: anchor just beyond their estimate, target inside the zone.
const SELLER = { opening: 130, target: 100, walkAway: 80, theirWalkAwayLow: 110, theirWalkAwayHigh: 120 };
const BUYER = { opening: 70, target: 100, walkAway: 120, theirWalkAwayLow: 80, theirWalkAwayHigh: 90 };

describe('checkNumbers: consistent numbers', () => {
  it('has nothing to say about sound numbers, on either side', () => {
    expect(check('sell', SELLER)).toEqual([]);
    expect(check('buy', BUYER)).toEqual([]);
    expect(check('sell', SELLER, [alt(80)])).toEqual([]);
    expect(check('buy', BUYER, [alt(120)])).toEqual([]);
  });

  it('lists missing numbers as info only', () => {
    const warnings = check('sell', {});
    expect(warnings.map((w) => w.code)).toEqual([
      'missing-opening',
      'missing-target',
      'missing-walk-away',
      'missing-their-range',
    ]);
    expect(warnings.every((w) => w.severity === 'info')).toBe(true);
    expect(codes('sell', { ...SELLER, theirWalkAwayLow: null })).toEqual(['their-range-incomplete']);
    expect(check('sell', { ...SELLER, theirWalkAwayHigh: null })[0]?.params).toEqual({ missing: 'high' });
  });

  it('does not count the walk-away as missing when the BATNA suggests one', () => {
    expect(codes('sell', { ...SELLER, walkAway: null, isWalkAwayManual: false }, [alt(80)])).toEqual([]);
  });
});

describe('checkNumbers: ordering of opening, target and walk-away', () => {
  it('flags a walk-away beyond the target, per side', () => {
    expect(check('sell', { ...SELLER, walkAway: 105 })).toContainEqual({
      code: 'walk-away-beyond-target',
      severity: 'error',
      params: { walkAway: 105, target: 100 },
    });
    expect(codes('buy', { ...BUYER, walkAway: 95 })).toContain('walk-away-beyond-target');
    // The same numbers are fine for the other side's ordering.
    expect(codes('sell', { ...SELLER, walkAway: 95 })).not.toContain('walk-away-beyond-target');
  });

  it('flags an opening less ambitious than the target, per side', () => {
    expect(check('sell', { ...SELLER, opening: 90 })).toContainEqual({
      code: 'opening-less-ambitious-than-target',
      severity: 'error',
      params: { opening: 90, target: 100 },
    });
    expect(codes('buy', { ...BUYER, opening: 105 })).toContain('opening-less-ambitious-than-target');
  });

  it('flags an opening worse than the walk-away', () => {
    expect(check('sell', { ...SELLER, opening: 70 })).toContainEqual({
      code: 'opening-worse-than-walk-away',
      severity: 'error',
      params: { opening: 70, walkAway: 80 },
    });
    expect(codes('buy', { ...BUYER, opening: 125, target: null })).toContain('opening-worse-than-walk-away');
  });

  it('treats equal values as allowed but leaving no room', () => {
    const seller = codes('sell', { ...SELLER, opening: 100, walkAway: 100 });
    expect(seller).toContain('opening-equals-target');
    expect(seller).toContain('walk-away-equals-target');
    expect(seller).not.toContain('opening-less-ambitious-than-target');
    expect(seller).not.toContain('walk-away-beyond-target');
    expect(seller).not.toContain('opening-worse-than-walk-away');
    expect(codes('buy', { ...BUYER, target: 120 })).toContain('walk-away-equals-target');
  });
});

describe('checkNumbers: their estimated range', () => {
  it('flags an inverted range with the values as entered', () => {
    expect(check('sell', { ...SELLER, theirWalkAwayLow: 120, theirWalkAwayHigh: 110 })).toContainEqual({
      code: 'their-range-inverted',
      severity: 'error',
      params: { low: 120, high: 110 },
    });
  });

  it('warns when there is no overlap, and notes when it is only possible', () => {
    expect(check('sell', { ...SELLER, walkAway: 125, target: 126, opening: 140 })).toContainEqual({
      code: 'no-overlap',
      severity: 'warning',
      params: { walkAway: 125, theirLow: 110, theirHigh: 120 },
    });
    expect(codes('sell', { ...SELLER, walkAway: 115, target: 118 })).toContain('overlap-uncertain');
    expect(codes('buy', { ...BUYER, walkAway: 75, target: 72, opening: 60 })).toContain('no-overlap');
    expect(codes('buy', { ...BUYER, walkAway: 85, target: 82 })).toContain('overlap-uncertain');
  });

  it('wants the opening just beyond their estimated walk-away', () => {
    expect(check('sell', { ...SELLER, opening: 115 })).toContainEqual({
      code: 'opening-inside-their-range',
      severity: 'warning',
      params: { opening: 115, theirLow: 110, theirHigh: 120 },
    });
    expect(codes('sell', { ...SELLER, opening: 120 })).toContain('opening-inside-their-range');
    expect(codes('sell', { ...SELLER, opening: 105 })).toContain('opening-short-of-their-range');
    expect(codes('buy', { ...BUYER, opening: 85 })).toContain('opening-inside-their-range');
    expect(codes('buy', { ...BUYER, opening: 95, target: 100 })).toContain('opening-short-of-their-range');
    expect(codes('buy', { ...BUYER, opening: 79 })).toEqual([]);
  });

  it('flags a target beyond the most they could concede, but not when there is no zone at all', () => {
    expect(check('sell', { ...SELLER, target: 125 })).toContainEqual({
      code: 'target-outside-zopa',
      severity: 'warning',
      params: { target: 125, theirLimit: 120 },
    });
    expect(codes('sell', { ...SELLER, target: 120 })).not.toContain('target-outside-zopa');
    expect(codes('buy', { ...BUYER, target: 75, opening: 60 })).toContain('target-outside-zopa');
    expect(codes('sell', { ...SELLER, walkAway: 125, target: 126, opening: 140 })).not.toContain('target-outside-zopa');
  });
});

describe('checkNumbers: walk-away against the BATNA', () => {
  it('errors when the walk-away would accept less than the real BATNA', () => {
    expect(check('sell', SELLER, [alt(90)])).toContainEqual({
      code: 'walk-away-worse-than-batna',
      severity: 'error',
      params: { walkAway: 80, batna: 90, alternativeId: 'batna' },
    });
    expect(codes('buy', BUYER, [alt(110)])).toContain('walk-away-worse-than-batna');
  });

  it('notes a walk-away stricter than the BATNA', () => {
    expect(codes('sell', SELLER, [alt(70)])).toEqual(['walk-away-better-than-batna']);
    expect(codes('buy', BUYER, [alt(130)])).toEqual(['walk-away-better-than-batna']);
  });

  it('ignores hypothetical alternatives: they are no floor yet', () => {
    expect(codes('sell', SELLER, [alt(90, { isReal: false })])).toEqual([]);
  });
});

describe('warning helpers', () => {
  it('gives every code a known severity and sorts the most severe first', () => {
    expect(Object.values(WARNING_SEVERITY).every((s) => (SEVERITIES as readonly string[]).includes(s))).toBe(true);
    const warnings = check('sell', { opening: 90, target: 100, walkAway: null });
    expect(hasErrors(warnings)).toBe(true);
    expect(sortWarnings(warnings).map((w) => w.severity)).toEqual(['error', 'info', 'info']);
    expect(hasErrors(check('sell', {}))).toBe(false);
  });
});
