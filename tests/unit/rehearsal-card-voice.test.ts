import { describe, expect, it } from 'vitest';
import { dealContextOf, spokenLine } from '@shared/domain/rehearsal/card-voice';
import { dealCardId, dealObjectionCards, fromObjectionCard } from '@shared/domain/rehearsal/deck';
import type { RehearsalDealContext } from '@shared/domain/rehearsal/records';
import { emptyWorksheet } from '@shared/domain/worksheet-types';
import { CARDS, deal } from './rehearsal-fixtures';

const priceCard = fromObjectionCard(CARDS[0]!, 'd1');
const needCard = fromObjectionCard(
  CARDS.find((card) => card.type === 'need')!,
  'd1',
);
const context = (overrides: Partial<RehearsalDealContext> = {}): RehearsalDealContext => ({
  id: 'd1',
  title: 'Deal',
  counterpartOrg: 'ACME',
  side: 'sell',
  currency: 'CNY',
  value: 150_000,
  style: null,
  opening: 120_000,
  target: 110_000,
  walkAway: 100_000,
  batna: null,
  theirTopInterests: [],
  ...overrides,
});

describe('spokenLine', () => {
  it("adds the deal's opening price to a price card, in both languages", () => {
    expect(spokenLine(priceCard, context())).toEqual({
      en: 'line price-too-expensive Your quote says CN¥120,000.',
      zh: '台词 price-too-expensive你们报的是¥120,000。',
    });
  });

  it("speaks in the counterpart's style and falls back to the deal value", () => {
    const line = spokenLine(priceCard, context({ style: 'driver', opening: null }));
    expect(line.en).toBe('Let me be direct. line price-too-expensive CN¥150,000 is not a number I will sign.');
    expect(line.zh).toBe('我就直说了。台词 price-too-expensive¥150,000这个数，我签不了。');
  });

  it('leaves the price out when it is not about price or the user buys', () => {
    expect(spokenLine(needCard, context({ style: 'amiable' })).en).toBe(
      'I would genuinely like to work with you. line need-have-one',
    );
    expect(spokenLine(priceCard, context({ side: 'buy' })).en).toBe('line price-too-expensive');
    expect(spokenLine(priceCard, null)).toEqual(priceCard.line);
  });

  it('shows a line the user wrote for the deal exactly as typed', () => {
    const theDeal = deal({ counterpartStyle: 'analytical' }, [
      { id: 'e1', cardId: null, text: '  你们比别家贵了 8%  ', answer: '', techniqueIds: [] },
    ]);
    const [own] = dealObjectionCards(theDeal, CARDS);
    expect(own?.id).toBe(dealCardId('d1', 'e1'));
    expect(spokenLine(own!, dealContextOf(theDeal))).toEqual({ en: '你们比别家贵了 8%', zh: '你们比别家贵了 8%' });
  });
});

describe('dealContextOf', () => {
  it('resolves the numbers, the BATNA and their top interests, most important first', () => {
    const worksheet = emptyWorksheet();
    const theDeal = deal({
      worksheet: {
        ...worksheet,
        numbers: { ...worksheet.numbers, opening: 120_000, target: 110_000 },
        alternatives: [
          { id: 'a1', party: 'ours', description: 'Resell', isReal: true, value: 95_000, likelihood: 0.9 },
          { id: 'a2', party: 'theirs', description: 'Rival', isReal: true, value: 90_000, likelihood: 0.9 },
        ],
        interests: [
          { id: 'i1', party: 'theirs', text: 'Uptime', kind: 'substantive', priority: 4, isStated: true },
          { id: 'i2', party: 'theirs', text: 'Budget', kind: 'substantive', priority: 5, isStated: true },
          { id: 'i3', party: 'theirs', text: 'Reports', kind: 'substantive', priority: 2, isStated: true },
          { id: 'i4', party: 'ours', text: 'Margin', kind: 'substantive', priority: 5, isStated: true },
        ],
      },
    });
    expect(dealContextOf(theDeal)).toMatchObject({
      opening: 120_000,
      target: 110_000,
      walkAway: 95_000, // follows the BATNA while not set by hand
      batna: { description: 'Resell', value: 95_000, isReal: true },
      theirTopInterests: ['Budget', 'Uptime'],
    });
  });
});
