import { describe, expect, it } from 'vitest';
import { emptyWorksheet } from '@shared/domain/worksheet-types';
import { analyseWorksheet } from '@shared/domain/worksheet';

describe('analyseWorksheet', () => {
  it('runs every calculation on one worksheet and sorts the warnings by severity', () => {
    const ws = emptyWorksheet();
    ws.alternatives = [
      { id: 'a', party: 'ours', description: 'Other buyer', isReal: false, value: 80, likelihood: 0.5 },
    ];
    ws.numbers = {
      ...ws.numbers,
      opening: 90,
      target: 100,
      walkAway: 75,
      theirWalkAwayLow: 110,
      theirWalkAwayHigh: 120,
    };
    ws.concessionSteps = [{ id: 's', price: 85, inReturn: '' }];
    const analysis = analyseWorksheet(ws, 'sell');
    // The hypothetical alternative is not a floor: the walk-away stays the stored one.
    expect(analysis.numbers).toMatchObject({
      walkAway: 75,
      walkAwaySource: 'stored',
      hypotheticalBatna: { value: 80, alternativeId: 'a' },
    });
    expect(analysis.ourBatna.isHypothetical).toBe(true);
    expect(analysis.theirBatna.best).toBeNull();
    expect(analysis.zopa.status).toBe('certain');
    expect(analysis.readiness.missing).toContain('batna-hypothetical-only');
    expect(analysis.warnings.map((w) => w.code)).toEqual([
      'opening-less-ambitious-than-target',
      'batna-hypothetical-only',
      'opening-short-of-their-range',
      'concession-without-return',
      'batna-missing', // theirs, info
    ]);
    expect(analysis.warnings.map((w) => w.severity)).toEqual(['error', 'warning', 'warning', 'warning', 'info']);
  });
});
