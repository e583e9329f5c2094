import { describe, expect, it } from 'vitest';
import type { NegotiationSide } from '@shared/domain/deal';
import { checkOffer, OFFER_REASONS } from '@shared/domain/worksheet';
import { emptyWorksheet } from '@shared/domain/worksheet-types';
import { worksheetTexts } from '../../src-renderer/features/worksheet/worksheet.i18n';

const fill = (template: string, params: Record<string, string>): string =>
  template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => params[key] ?? '');

/** One worksheet per side where every verdict can be reached by the offer alone. */
const sheets = {
  sell: { opening: 300, target: 250, walkAway: 200, theirWalkAwayLow: 220, theirWalkAwayHigh: 240 },
  buy: { opening: 100, target: 150, walkAway: 200, theirWalkAwayLow: 160, theirWalkAwayHigh: 180 },
} as const;
const offers = {
  sell: { 'better-than-opening': 310, 'meets-target': 260, 'beyond-their-limit': 245, between: 230, 'walk-away': 190 },
  buy: { 'better-than-opening': 90, 'meets-target': 140, 'beyond-their-limit': 155, between: 170, 'walk-away': 210 },
} as const;
// Words that say which way the offer lies from the figure it is compared with.
const DIRECTION = {
  en: { sell: { worse: 'below', better: 'above' }, buy: { worse: 'above', better: 'under' } },
  'zh-CN': { sell: { worse: '低于', better: '高于' }, buy: { worse: '高于', better: '低于' } },
} as const;

describe('offer verdicts for both sides × both languages × every verdict', () => {
  for (const side of ['sell', 'buy'] as const satisfies readonly NegotiationSide[]) {
    const worksheet = {
      numbers: { ...emptyWorksheet().numbers, isWalkAwayManual: true, ...sheets[side] },
      alternatives: [],
    };
    for (const language of ['en', 'zh-CN'] as const) {
      const offer = worksheetTexts[language].offer;
      const reasonText = (amount: number) => {
        const check = checkOffer(amount, worksheet, side);
        const params = Object.fromEntries(Object.entries(check.params).map(([key, value]) => [key, String(value)]));
        return { check, text: fill(offer.reasons[side][check.reason], params) };
      };

      it(`${side} · ${language}: every verdict, each reason pointing the right way`, () => {
        const seen = Object.entries(offers[side]).map(([, amount]) => reasonText(amount));
        expect(seen.map(({ check }) => check.verdict)).toEqual(['accept', 'accept', 'close', 'negotiate', 'walk-away']);
        expect(seen.map(({ check }) => check.reason)).toEqual([
          'better-than-opening',
          'meets-target',
          'beyond-their-limit',
          'between-target-and-walk-away',
          'worse-than-walk-away',
        ]);
        const [, , beyond, between, walkAway] = seen;
        const words = DIRECTION[language][side];
        expect(walkAway?.text).toContain(words.worse);
        expect(between?.text).toContain(words.better);
        expect(beyond?.text).toContain(
          String(sheets[side][side === 'sell' ? 'theirWalkAwayHigh' : 'theirWalkAwayLow']),
        );
        for (const verdict of ['accept', 'close', 'negotiate', 'walk-away'] as const)
          expect(offer.verdicts[verdict]).not.toBe('');
      });

      it(`${side} · ${language}: every reason has its own words`, () => {
        for (const reason of OFFER_REASONS) expect(offer.reasons[side][reason].length).toBeGreaterThan(5);
        // A buyer's walk-away reason must not read like a seller's ("低于你的底线" for a higher price).
        const other = side === 'sell' ? 'buy' : 'sell';
        expect(offer.reasons[side]['worse-than-walk-away']).not.toBe(offer.reasons[other]['worse-than-walk-away']);
        expect(offer.margins[side].beyond).not.toBe(offer.margins[other].beyond);
      });
    }
  }
});
