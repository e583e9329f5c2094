import { describe, expect, it } from 'vitest';
import {
  classifyMove,
  type DrillConfig,
  type DrillState,
  respond,
  startDrill,
  stopDrill,
  summariseDrill,
} from '@shared/domain/rehearsal/drill';

const SELL: DrillConfig = {
  seed: 1,
  side: 'sell',
  opening: 100_000,
  target: 92_000,
  walkAway: 85_000,
  theirWalkAwayLow: 90_000,
  theirWalkAwayHigh: 98_000,
  currency: 'CNY',
  maxRounds: 10,
};
const BUY: DrillConfig = {
  seed: 1,
  side: 'buy',
  opening: 80_000,
  target: 88_000,
  walkAway: 95_000,
  theirWalkAwayLow: 84_000,
  theirWalkAwayHigh: 92_000,
  currency: 'USD',
  maxRounds: 10,
};
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

const direction = (state: DrillState): number => (state.config.side === 'sell' ? 1 : -1);

/** Concedes small steps only when the counterpart moved, always asks for something, takes a final offer. */
function holdFirm(start: DrillState): DrillState {
  let state = start;
  const { config } = state;
  const dir = direction(state);
  while (state.status === 'running') {
    const last = state.rounds.at(-1);
    const previous = last?.price ?? config.opening;
    const theyMoved = last !== undefined && last.theirOffer !== (state.rounds.at(-2)?.theirOffer ?? state.theirAnchor);
    let price = previous;
    if (state.currentLine.code === 'final-offer' && dir * state.theirOffer >= dir * config.walkAway) {
      price = state.theirOffer;
    } else if (theyMoved) {
      const next = previous - dir * 0.02 * config.opening;
      // Towards the target, never past it.
      price =
        dir * next < dir * config.target ? (dir * previous > dir * config.target ? config.target : previous) : next;
    }
    state = respond(state, { price, inReturn: 'a three-year term and a case study' });
  }
  return state;
}

/** Gives 8 % of the opening each round, asks for nothing, stops at the walk-away. */
function concedeFast(start: DrillState): DrillState {
  let state = start;
  const { config } = state;
  const dir = direction(state);
  while (state.status === 'running') {
    const previous = state.rounds.at(-1)?.price ?? config.opening;
    const next = previous - dir * 0.08 * config.opening;
    state = respond(state, { price: dir * next < dir * config.walkAway ? config.walkAway : next, inReturn: '' });
  }
  return state;
}

describe('startDrill', () => {
  it('draws the counterpart’s walk-away from the estimate range and opens with a demand', () => {
    for (const seed of SEEDS) {
      const state = startDrill({ ...SELL, seed });
      expect(state.theirWalkAway).toBeGreaterThanOrEqual(90_000);
      expect(state.theirWalkAway).toBeLessThanOrEqual(98_000);
      expect(state.theirAnchor).toBeLessThanOrEqual(state.theirWalkAway);
      expect(state.status).toBe('running');
      expect(state.openingLine.code).toBe('opening-demand');
      expect(state.currentLine).toEqual(state.openingLine);
      const { percent, price } = state.openingLine.params;
      expect(price).toBe(state.theirAnchor);
      expect(state.openingLine.text.en).toContain(`${percent}% off`);
      expect(state.openingLine.text.zh).toContain(`${percent}%`);
    }
  });

  it('is deterministic for a seed, and the seed matters', () => {
    expect(startDrill(SELL)).toEqual(startDrill(SELL));
    expect(new Set(SEEDS.map((seed) => startDrill({ ...SELL, seed }).theirWalkAway)).size).toBeGreaterThan(2);
  });

  it('accepts a reversed estimate range and rejects nonsense', () => {
    const state = startDrill({ ...SELL, theirWalkAwayLow: 98_000, theirWalkAwayHigh: 90_000 });
    expect(state.theirWalkAway).toBeGreaterThanOrEqual(90_000);
    expect(() => startDrill({ ...SELL, opening: Number.NaN })).toThrow(RangeError);
    expect(() => startDrill({ ...SELL, maxRounds: 0 })).toThrow(RangeError);
  });

  it('keeps its opening demand at or beyond its walk-away even when the user opened low', () => {
    const state = startDrill({ ...SELL, opening: 90_000, theirWalkAwayLow: 95_000, theirWalkAwayHigh: 99_000 });
    expect(state.theirAnchor).toBeLessThanOrEqual(state.theirWalkAway);
  });

  it('is plain JSON', () => {
    const state = respond(startDrill(SELL), { price: 100_000, inReturn: 'volume' });
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('respond', () => {
  it('holding firm with reciprocal asks ends at a better price than conceding fast', () => {
    for (const config of [SELL, BUY]) {
      for (const seed of SEEDS) {
        const start = startDrill({ ...config, seed });
        const firm = holdFirm(start);
        const fast = concedeFast(start);
        expect(firm.status, `${config.side} seed ${seed}`).toBe('deal');
        expect(fast.status).toBe('deal');
        const dir = direction(start);
        expect(dir * (firm.finalPrice ?? 0), `${config.side} seed ${seed}`).toBeGreaterThan(
          dir * (fast.finalPrice ?? 0),
        );
        // Every deal is within the counterpart's walk-away.
        expect(dir * (firm.finalPrice ?? 0)).toBeLessThanOrEqual(dir * firm.theirWalkAway);
      }
    }
  });

  it('pushes for more after a big concession and moves after a firm, reciprocal one', () => {
    const start = startDrill(SELL);
    const big = respond(start, { price: 90_000, inReturn: '' });
    expect(big.rounds[0]).toMatchObject({ kind: 'big', concession: 10_000 });
    expect(big.currentLine.code).toBe('push-more');
    expect(big.theirOffer).toBe(start.theirAnchor);
    const firm = respond(start, { price: 100_000, inReturn: 'a three-year term' });
    expect(firm.rounds[0]).toMatchObject({ kind: 'firm', concession: 0 });
    expect(firm.currentLine.code).toBe('move-for-trade');
    expect(firm.theirOffer).toBeGreaterThan(start.theirAnchor);
    const bare = respond(start, { price: 100_000, inReturn: '  ' });
    expect(bare.currentLine.code).toBe('small-move');
    expect(bare.theirOffer).toBeLessThan(firm.theirOffer);
  });

  it('agrees once the user held an acceptable price firm for two rounds, three after a big concession', () => {
    const start = startDrill({ ...SELL, theirWalkAwayLow: 96_000, theirWalkAwayHigh: 96_000 });
    let state = respond(start, { price: 95_000, inReturn: 'a case study' }); // 5 %: small
    state = respond(state, { price: 95_000, inReturn: 'a case study' });
    expect(state.status).toBe('running');
    state = respond(state, { price: 95_000, inReturn: 'a case study' });
    expect(state).toMatchObject({ status: 'deal', finalPrice: 95_000 });
    expect(state.currentLine.code).toBe('deal');

    let weak = respond(start, { price: 94_000, inReturn: '' }); // 6 %: big
    for (let i = 0; i < 2; i += 1) weak = respond(weak, { price: 94_000, inReturn: 'a case study' });
    expect(weak.status).toBe('running');
    weak = respond(weak, { price: 94_000, inReturn: 'a case study' });
    expect(weak).toMatchObject({ status: 'deal', finalPrice: 94_000 });
  });

  it('agrees at once when the user comes down to the counterpart’s own number', () => {
    const start = startDrill(SELL);
    const state = respond(start, { price: start.theirAnchor, inReturn: '' });
    expect(state).toMatchObject({ status: 'deal', finalPrice: start.theirAnchor });
  });

  it('ends in stalemate when the user stays beyond the counterpart’s walk-away', () => {
    let state = startDrill(SELL);
    while (state.status === 'running') state = respond(state, { price: 100_000, inReturn: 'a three-year term' });
    expect(state.status).toBe('stalemate');
    expect(state.finalPrice).toBeNull();
    expect(state.currentLine.code).toBe('stalemate');
    expect(state.rounds.some((round) => round.reply.code === 'final-offer')).toBe(true);
    expect(state.rounds.length).toBeLessThan(SELL.maxRounds);
    expect(state.theirOffer).toBe(state.theirWalkAway);
  });

  it('ends in stalemate after the last round', () => {
    let state = startDrill({ ...SELL, maxRounds: 2 });
    state = respond(state, { price: 99_000, inReturn: 'volume' });
    state = respond(state, { price: 98_500, inReturn: 'volume' });
    expect(state.status).toBe('stalemate');
    expect(state.rounds).toHaveLength(2);
  });

  it('ignores moves after the end and rejects a missing price', () => {
    const ended = stopDrill(startDrill(SELL));
    expect(ended).toMatchObject({ status: 'walked', finalPrice: null });
    expect(ended.currentLine.code).toBe('walked');
    expect(respond(ended, { price: 90_000, inReturn: '' })).toBe(ended);
    expect(stopDrill(ended)).toBe(ended);
    expect(() => respond(startDrill(SELL), { price: Number.NaN, inReturn: '' })).toThrow(RangeError);
    expect(() => respond(startDrill(SELL), { price: 0, inReturn: '' })).toThrow(RangeError);
  });

  it('replays identically for a seed', () => {
    expect(holdFirm(startDrill({ ...SELL, seed: 7 }))).toEqual(holdFirm(startDrill({ ...SELL, seed: 7 })));
    expect(concedeFast(startDrill({ ...BUY, seed: 7 }))).toEqual(concedeFast(startDrill({ ...BUY, seed: 7 })));
  });

  it('works for the buyer: the counterpart asks for more and the user’s concessions go up', () => {
    const start = startDrill(BUY);
    expect(start.theirAnchor).toBeGreaterThan(BUY.opening);
    expect(start.openingLine.text.en).toContain('more');
    const state = respond(start, { price: 85_000, inReturn: '' });
    expect(state.rounds[0]).toMatchObject({ concession: 5000, kind: 'big' });
    expect(state.currentLine.code).toBe('push-more');
    const back = respond(respond(start, { price: 82_000, inReturn: 'x' }), { price: 81_000, inReturn: 'x' });
    expect(back.rounds[1]).toMatchObject({ kind: 'backwards', concession: -1000 });
    expect(back.currentLine.code).toBe('went-backwards');
  });
});

describe('classifyMove', () => {
  it('tells firm, small, big, growing and backwards moves apart', () => {
    const config = { side: 'sell', opening: 100_000 } as const;
    expect(classifyMove(100_000, 100_000, 0, config)).toMatchObject({ kind: 'firm', concession: 0 });
    expect(classifyMove(100_000, 97_000, 0, config)).toMatchObject({ kind: 'small', concession: 3000 });
    expect(classifyMove(100_000, 90_000, 0, config)).toMatchObject({ kind: 'big' });
    expect(classifyMove(97_000, 95_000, 1000, config)).toMatchObject({ kind: 'big', isGrowing: true });
    expect(classifyMove(97_000, 98_000, 1000, config)).toMatchObject({ kind: 'backwards', concession: -1000 });
  });
});

describe('summariseDrill', () => {
  it('draws the concession curve and flags unreciprocated, growing and beyond-walk-away moves', () => {
    let state = startDrill({ ...SELL, theirWalkAwayLow: 80_000, theirWalkAwayHigh: 80_000, maxRounds: 4 });
    state = respond(state, { price: 98_000, inReturn: 'a three-year term' });
    state = respond(state, { price: 95_000, inReturn: '' }); // unreciprocated, growing (3k > 2k)
    state = respond(state, { price: 95_000, inReturn: 'a case study' });
    state = respond(state, { price: 84_000, inReturn: 'prepayment' }); // growing, beyond the walk-away
    const summary = summariseDrill(state);
    expect(summary.points).toEqual([
      { round: 0, price: 100_000 },
      { round: 1, price: 98_000 },
      { round: 2, price: 95_000 },
      { round: 3, price: 95_000 },
      { round: 4, price: 84_000 },
    ]);
    expect(summary.theirPoints[0]).toEqual({ round: 0, price: state.theirAnchor });
    expect(summary.theirPoints).toHaveLength(5);
    expect(summary.flags.map((flag) => [flag.code, flag.round])).toEqual([
      ['unreciprocated-concession', 2],
      ['growing-concession', 2],
      ['growing-concession', 4],
      ['beyond-walk-away', 4],
    ]);
    expect(summary).toMatchObject({
      side: 'sell',
      currency: 'CNY',
      opening: 100_000,
      target: 92_000,
      walkAway: 85_000,
      outcome: 'stalemate',
      finalPrice: null,
      theirWalkAway: 80_000,
      totalConcession: 16_000,
      rounds: 4,
    });
  });

  it('keeps the counterpart’s walk-away hidden while the drill runs, and reports the deal', () => {
    const running = respond(startDrill(SELL), { price: 100_000, inReturn: 'x' });
    expect(summariseDrill(running)).toMatchObject({ outcome: 'running', theirWalkAway: null, finalPrice: null });
    const done = holdFirm(startDrill(SELL));
    expect(summariseDrill(done)).toMatchObject({
      outcome: 'deal',
      finalPrice: done.finalPrice,
      theirWalkAway: done.theirWalkAway,
    });
  });

  it('flags a buyer paying above the walk-away', () => {
    const state = respond(startDrill({ ...BUY, theirWalkAwayLow: 99_000, theirWalkAwayHigh: 99_000 }), {
      price: 97_000,
      inReturn: '',
    });
    expect(summariseDrill(state).flags.map((flag) => flag.code)).toContain('beyond-walk-away');
    expect(summariseDrill(state).totalConcession).toBe(17_000);
  });
});
