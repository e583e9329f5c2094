import { describe, expect, it } from 'vitest';
import { emptyWorksheet, type Alternative, type WorksheetNumbers } from '@shared/domain/worksheet-types';
import { checkOffer } from '@shared/domain/worksheet';

const alt = (value: number, isReal = true): Alternative => ({
  id: 'alt',
  party: 'ours',
  description: '',
  isReal,
  value,
  likelihood: 1,
});

const sheet = (patch: Partial<WorksheetNumbers>, alternatives: Alternative[] = []) => ({
  numbers: { ...emptyWorksheet().numbers, isWalkAwayManual: true, ...patch },
  alternatives,
});

const SELLER = sheet({ opening: 130, target: 100, walkAway: 80 });
const BUYER = sheet({ opening: 70, target: 100, walkAway: 120 });

describe('checkOffer for a seller', () => {
  it('accepts at or above target, negotiates between, walks away below the walk-away', () => {
    expect(checkOffer(110, SELLER, 'sell')).toMatchObject({ verdict: 'accept', reason: 'meets-target' });
    expect(checkOffer(100, SELLER, 'sell')).toMatchObject({ verdict: 'accept', reason: 'meets-target' });
    expect(checkOffer(90, SELLER, 'sell')).toMatchObject({
      verdict: 'negotiate',
      reason: 'between-target-and-walk-away',
    });
    expect(checkOffer(80, SELLER, 'sell')).toMatchObject({ verdict: 'negotiate' });
    expect(checkOffer(79, SELLER, 'sell')).toMatchObject({ verdict: 'walk-away', reason: 'worse-than-walk-away' });
  });

  it('reports the margins from our point of view', () => {
    expect(checkOffer(90, SELLER, 'sell')).toEqual({
      verdict: 'negotiate',
      reason: 'between-target-and-walk-away',
      params: {
        offer: 90,
        opening: 130,
        target: 100,
        walkAway: 80,
        batna: null,
        batnaAlternativeId: null,
        theirLimit: null,
      },
      marginOverWalkAway: 10,
      shortOfTarget: 10,
    });
    expect(checkOffer(120, SELLER, 'sell')).toMatchObject({ marginOverWalkAway: 40, shortOfTarget: -20 });
  });

  it('walks away from an offer worse than the real BATNA even when the walk-away was set lower', () => {
    const result = checkOffer(85, sheet({ target: 100, walkAway: 80 }, [alt(90)]), 'sell');
    expect(result).toMatchObject({ verdict: 'walk-away', reason: 'worse-than-batna' });
    expect(result.params).toMatchObject({ batna: 90, batnaAlternativeId: 'alt' });
    expect(checkOffer(90, sheet({ target: 100, walkAway: 80 }, [alt(90)]), 'sell').verdict).toBe('negotiate');
  });

  it('does not treat a hypothetical alternative as a floor', () => {
    const result = checkOffer(85, sheet({ target: 100, walkAway: 80 }, [alt(90, false)]), 'sell');
    expect(result).toMatchObject({ verdict: 'negotiate', params: { batna: null } });
  });

  it('uses the walk-away suggested by the BATNA when it is not manual', () => {
    const suggested = sheet({ target: 100, walkAway: 50, isWalkAwayManual: false }, [alt(80)]);
    expect(checkOffer(70, suggested, 'sell')).toMatchObject({
      verdict: 'walk-away',
      reason: 'worse-than-walk-away',
      params: { walkAway: 80 },
    });
  });
});

describe('checkOffer for a buyer', () => {
  it('mirrors the seller', () => {
    expect(checkOffer(95, BUYER, 'buy')).toMatchObject({ verdict: 'accept', reason: 'meets-target' });
    expect(checkOffer(100, BUYER, 'buy')).toMatchObject({ verdict: 'accept' });
    expect(checkOffer(110, BUYER, 'buy')).toMatchObject({ verdict: 'negotiate', marginOverWalkAway: 10 });
    expect(checkOffer(120, BUYER, 'buy')).toMatchObject({ verdict: 'negotiate' });
    expect(checkOffer(121, BUYER, 'buy')).toMatchObject({ verdict: 'walk-away', marginOverWalkAway: -1 });
    expect(checkOffer(115, sheet({ target: 100, walkAway: 120 }, [alt(110)]), 'buy')).toMatchObject({
      verdict: 'walk-away',
      reason: 'worse-than-batna',
    });
  });
});

describe('checkOffer with missing numbers', () => {
  it('keeps negotiating, with a reason, when it cannot judge', () => {
    expect(checkOffer(90, sheet({}), 'sell')).toMatchObject({ verdict: 'negotiate', reason: 'no-numbers' });
    expect(checkOffer(90, sheet({ target: 100 }), 'sell')).toMatchObject({
      verdict: 'negotiate',
      reason: 'no-walk-away',
      marginOverWalkAway: null,
    });
    expect(checkOffer(90, sheet({ walkAway: 80 }), 'sell')).toMatchObject({
      verdict: 'negotiate',
      reason: 'no-target',
      shortOfTarget: null,
    });
    expect(checkOffer(95, sheet({}, [alt(90)]), 'sell')).toMatchObject({ verdict: 'negotiate', reason: 'no-target' });
  });

  it('still decides what it can', () => {
    expect(checkOffer(110, sheet({ target: 100 }), 'sell').verdict).toBe('accept');
    expect(checkOffer(70, sheet({ walkAway: 80 }), 'sell').verdict).toBe('walk-away');
  });

  it('rejects a missing or non-finite offer with a reason', () => {
    for (const offer of [null, Number.NaN, Infinity]) {
      expect(checkOffer(offer, SELLER, 'sell')).toMatchObject({
        verdict: 'negotiate',
        reason: 'invalid-offer',
        params: { offer: null },
        marginOverWalkAway: null,
      });
    }
  });

  it('accepts at the target when target and walk-away are equal', () => {
    expect(checkOffer(100, sheet({ target: 100, walkAway: 100 }), 'sell').verdict).toBe('accept');
    expect(checkOffer(99, sheet({ target: 100, walkAway: 100 }), 'sell').verdict).toBe('walk-away');
  });
});

describe('checkOffer: their estimated limit and our own opening (issue 10)', () => {
  it('closes a seller’s deal at an offer beyond the most they estimated they can pay', () => {
    const worksheet = sheet({
      opening: 260_000,
      target: 230_000,
      walkAway: 200_000,
      theirWalkAwayLow: 200_000,
      theirWalkAwayHigh: 220_000,
    });
    expect(checkOffer(225_000, worksheet, 'sell')).toMatchObject({
      verdict: 'close',
      reason: 'beyond-their-limit',
      params: { theirLimit: 220_000 },
      shortOfTarget: 5000,
    });
    expect(checkOffer(220_000, worksheet, 'sell')).toMatchObject({ verdict: 'close' });
    expect(checkOffer(215_000, worksheet, 'sell')).toMatchObject({ verdict: 'negotiate' });
  });

  it('closes a buyer’s deal at an offer below the least they estimated the seller can take', () => {
    const worksheet = sheet({
      opening: 150_000,
      target: 170_000,
      walkAway: 200_000,
      theirWalkAwayLow: 180_000,
      theirWalkAwayHigh: 190_000,
    });
    expect(checkOffer(175_000, worksheet, 'buy')).toMatchObject({
      verdict: 'close',
      reason: 'beyond-their-limit',
      params: { theirLimit: 180_000 },
    });
    expect(checkOffer(185_000, worksheet, 'buy')).toMatchObject({ verdict: 'negotiate' });
  });

  it('accepts an offer better than our own opening, for either side', () => {
    expect(checkOffer(140, SELLER, 'sell')).toMatchObject({ verdict: 'accept', reason: 'better-than-opening' });
    expect(checkOffer(130, SELLER, 'sell')).toMatchObject({ verdict: 'accept', reason: 'meets-target' });
    expect(checkOffer(60, BUYER, 'buy')).toMatchObject({ verdict: 'accept', reason: 'better-than-opening' });
    expect(checkOffer(70, BUYER, 'buy')).toMatchObject({ verdict: 'accept', reason: 'meets-target' });
  });

  it('never lets a hypothetical BATNA set the floor', () => {
    const worksheet = {
      ...sheet({ target: 200, isWalkAwayManual: false, walkAway: 150 }),
      alternatives: [alt(175, false)],
    };
    expect(checkOffer(170, worksheet, 'sell')).toMatchObject({
      verdict: 'negotiate',
      params: { walkAway: 150, batna: null },
    });
  });
});
