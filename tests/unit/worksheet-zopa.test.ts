import { describe, expect, it } from 'vitest';
import type { NegotiationSide } from '@shared/domain/deal';
import { emptyWorksheet, type Alternative, type WorksheetNumbers } from '@shared/domain/worksheet-types';
import { acceptableRange, computeZopa, intersectRanges } from '@shared/domain/worksheet';

const input = (patch: Partial<WorksheetNumbers>, alternatives: Alternative[] = []) => ({
  numbers: { ...emptyWorksheet().numbers, isWalkAwayManual: true, ...patch },
  alternatives,
});

const zopa = (side: NegotiationSide, walkAway: number | null, low: number | null, high: number | null) =>
  computeZopa(input({ walkAway, theirWalkAwayLow: low, theirWalkAwayHigh: high }), side);

describe('intersectRanges', () => {
  it('handles unbounded ends, touching ranges and gaps', () => {
    expect(intersectRanges({ min: 10, max: null }, { min: null, max: 20 })).toEqual({ min: 10, max: 20 });
    expect(intersectRanges({ min: 10, max: null }, { min: null, max: 10 })).toEqual({ min: 10, max: 10 });
    expect(intersectRanges({ min: 11, max: null }, { min: null, max: 10 })).toBeNull();
    expect(intersectRanges({ min: null, max: null }, { min: 1, max: 2 })).toEqual({ min: 1, max: 2 });
  });

  it('gives a seller a floor and a buyer a ceiling', () => {
    expect(acceptableRange(5, 'sell')).toEqual({ min: 5, max: null });
    expect(acceptableRange(5, 'buy')).toEqual({ min: null, max: 5 });
  });
});

describe('computeZopa for a seller', () => {
  it('is certain when our walk-away is at or below the lowest estimate of what they would pay', () => {
    const z = zopa('sell', 80, 110, 120);
    expect(z.ourRange).toEqual({ min: 80, max: null });
    expect(z.theirWalkAway).toEqual({ min: 110, max: 120 });
    expect(z.theirRange).toEqual({ min: null, max: 120 });
    expect(z.overlap).toEqual({ min: 80, max: 120 });
    expect(z.certainOverlap).toEqual({ min: 80, max: 110 });
    expect(z.status).toBe('certain');
    expect(zopa('sell', 110, 110, 120).status).toBe('certain');
  });

  it('is possible when our walk-away falls inside their estimate, including its top', () => {
    const z = zopa('sell', 115, 110, 120);
    expect(z.status).toBe('possible');
    expect(z.overlap).toEqual({ min: 115, max: 120 });
    expect(z.certainOverlap).toBeNull();
    expect(zopa('sell', 120, 110, 120).overlap).toEqual({ min: 120, max: 120 });
    expect(zopa('sell', 120, 110, 120).status).toBe('possible');
  });

  it('is none when our walk-away is above everything they might pay', () => {
    const z = zopa('sell', 121, 110, 120);
    expect(z).toMatchObject({ status: 'none', overlap: null, certainOverlap: null });
  });
});

describe('computeZopa for a buyer', () => {
  it('mirrors the seller: their walk-away is the least they would take', () => {
    const z = zopa('buy', 120, 80, 90);
    expect(z.ourRange).toEqual({ min: null, max: 120 });
    expect(z.theirRange).toEqual({ min: 80, max: null });
    expect(z.overlap).toEqual({ min: 80, max: 120 });
    expect(z.certainOverlap).toEqual({ min: 90, max: 120 });
    expect(z.status).toBe('certain');
    expect(zopa('buy', 90, 80, 90).status).toBe('certain');
    expect(zopa('buy', 85, 80, 90)).toMatchObject({ status: 'possible', overlap: { min: 80, max: 85 } });
    expect(zopa('buy', 80, 80, 90)).toMatchObject({ status: 'possible', overlap: { min: 80, max: 80 } });
    expect(zopa('buy', 79, 80, 90)).toMatchObject({ status: 'none', overlap: null });
  });
});

describe('computeZopa edge cases', () => {
  it('is unknown without our walk-away or their estimate, but still draws what it has', () => {
    const noWalkAway = zopa('sell', null, 100, 120);
    expect(noWalkAway).toMatchObject({ status: 'unknown', ourRange: null, overlap: null });
    expect(noWalkAway.theirRange).toEqual({ min: null, max: 120 });
    const noEstimate = zopa('sell', 100, null, null);
    expect(noEstimate).toMatchObject({ status: 'unknown', theirRange: null, theirWalkAway: null });
    expect(noEstimate.ourRange).toEqual({ min: 100, max: null });
    expect(zopa('sell', null, null, null).extent).toBeNull();
  });

  it('reorders an inverted estimate and reads a single bound as a point', () => {
    expect(zopa('sell', 100, 130, 110).theirWalkAway).toEqual({ min: 110, max: 130 });
    expect(zopa('sell', 115, 130, 110).status).toBe('possible');
    const point = zopa('sell', 100, null, 105);
    expect(point.theirWalkAway).toEqual({ min: 105, max: 105 });
    expect(point.status).toBe('certain');
  });

  it('uses the BATNA-suggested walk-away and reports the markers and extent', () => {
    const z = computeZopa(
      {
        numbers: {
          ...emptyWorksheet().numbers,
          opening: 140,
          target: 100,
          theirWalkAwayLow: 110,
          theirWalkAwayHigh: 120,
        },
        alternatives: [{ id: 'a', party: 'ours', description: '', isReal: true, value: 85, likelihood: 1 }],
      },
      'sell',
    );
    expect(z.markers).toEqual({ opening: 140, target: 100, walkAway: 85 });
    expect(z.extent).toEqual({ min: 85, max: 140 });
    expect(z.status).toBe('certain');
  });
});
