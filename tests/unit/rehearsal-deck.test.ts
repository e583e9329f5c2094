import { describe, expect, it } from 'vitest';
import { buildDeck, dealCardId, type DeckOptions, orderByNeed } from '@shared/domain/rehearsal/deck';
import { type CardStates, newCardState, rateCard } from '@shared/domain/rehearsal/scheduling';
import { CARDS, deal } from './rehearsal-fixtures';

const NOW = new Date('2025-03-01T09:00:00.000Z');
const LATER = new Date('2025-04-01T09:00:00.000Z');
const options = (overrides: Partial<DeckOptions> = {}): DeckOptions => ({
  cards: CARDS,
  states: {},
  now: NOW,
  seed: 1,
  ...overrides,
});
const ids = (cards: ReadonlyArray<{ id: string }>): string[] => cards.map((card) => card.id);
const priceIds = CARDS.filter((card) => card.type === 'price').map((card) => card.id);

describe('buildDeck: deal', () => {
  const expected = [
    {
      id: 'e1',
      cardId: null,
      text: 'Your competitor offered free installation.',
      answer: 'Compare the total cost.',
      techniqueIds: ['compensation'],
    },
    {
      id: 'e2',
      cardId: 'price-others',
      text: 'ignored: the card speaks',
      answer: 'Our prepared answer',
      techniqueIds: [],
    },
    { id: 'e3', cardId: 'authority-boss', text: '', answer: '', techniqueIds: ['defer'] },
    { id: 'e4', cardId: null, text: '   ', answer: '', techniqueIds: [] },
    { id: 'e5', cardId: 'price-others', text: '', answer: '', techniqueIds: [] },
  ];
  const theDeal = deal({ id: 'deal-7' }, expected);

  it("puts the deal's expected objections first, in the user's order, then the price cards", () => {
    const deck = buildDeck({ kind: 'deal', deal: theDeal }, options());
    expect(ids(deck).slice(0, 3)).toEqual([dealCardId('deal-7', 'e1'), 'price-others', 'authority-boss']);
    expect(ids(deck).slice(3).sort()).toEqual(priceIds.filter((id) => id !== 'price-others').sort());
    expect(new Set(ids(deck)).size).toBe(deck.length);
  });

  it('turns a written objection into an ad-hoc card and keeps the prepared answers', () => {
    const [adHoc, mapped, authority] = buildDeck({ kind: 'deal', deal: theDeal }, options());
    expect(adHoc).toMatchObject({
      id: 'deal:deal-7:e1',
      source: 'deal',
      dealId: 'deal-7',
      type: null,
      line: { en: 'Your competitor offered free installation.', zh: 'Your competitor offered free installation.' },
      modelAnswers: [{ en: 'Compare the total cost.', zh: 'Compare the total cost.' }],
      techniqueIds: ['compensation'],
      trap: null,
      preparedAnswer: 'Compare the total cost.',
    });
    expect(mapped).toMatchObject({
      id: 'price-others',
      source: 'playbook',
      line: { en: 'line price-others' },
      preparedAnswer: 'Our prepared answer',
      techniqueIds: ['inquiry'],
    });
    expect(authority).toMatchObject({ id: 'authority-boss', techniqueIds: ['defer'], preparedAnswer: null });
  });

  it('adds no price cards for a buying deal (they are the buyer’s lines)', () => {
    const deck = buildDeck({ kind: 'deal', deal: { ...theDeal, side: 'buy' } }, options());
    expect(ids(deck)).toEqual([dealCardId('deal-7', 'e1'), 'price-others', 'authority-boss']);
  });

  it('keeps the expected objections when the count cuts the deck', () => {
    expect(ids(buildDeck({ kind: 'deal', deal: theDeal }, options({ count: 2 })))).toEqual([
      'deal:deal-7:e1',
      'price-others',
    ]);
  });
});

describe('buildDeck: price, type, due', () => {
  it('draws all price cards, or a count of them', () => {
    expect(ids(buildDeck({ kind: 'price' }, options())).sort()).toEqual([...priceIds].sort());
    expect(buildDeck({ kind: 'price' }, options({ count: 3 }))).toHaveLength(3);
    expect(buildDeck({ kind: 'price' }, options({ count: 0 }))).toEqual([]);
  });

  it('draws the cards of one type', () => {
    expect(ids(buildDeck({ kind: 'type', type: 'authority' }, options()))).toEqual(['authority-boss']);
    expect(buildDeck({ kind: 'type', type: 'vendor' }, options())).toEqual([]);
  });

  it('is deterministic for a seed and shuffles ties differently for other seeds', () => {
    const once = ids(buildDeck({ kind: 'price' }, options({ seed: 42 })));
    expect(ids(buildDeck({ kind: 'price' }, options({ seed: 42 })))).toEqual(once);
    const orders = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => ids(buildDeck({ kind: 'price' }, options({ seed }))).join()),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('puts due weak cards first, then new ones, then the rest', () => {
    const failed = rateCard(rateCard(newCardState(NOW), 'good', NOW), 'again', NOW);
    const remembered = rateCard(newCardState(NOW), 'good', NOW);
    const easy = rateCard(newCardState(NOW), 'easy', NOW);
    const states: CardStates = { 'price-worth': easy, 'price-cheaper': remembered, 'price-think': failed };
    for (const seed of [1, 2, 3, 4, 5]) {
      const order = ids(buildDeck({ kind: 'price' }, options({ states, now: LATER, seed })));
      // Due by LATER: all three rated; the one just failed is the weakest.
      expect(order[0]).toBe('price-think');
      expect(order.slice(3).sort()).toEqual(['price-others', 'price-too-expensive']);
      // Right after rating, the rated cards are not due and go last.
      const now = ids(
        buildDeck({ kind: 'price' }, options({ states, now: new Date('2025-03-01T09:00:30.000Z'), seed })),
      );
      expect(now.slice(0, 2).sort()).toEqual(['price-others', 'price-too-expensive']);
    }
  });

  it('draws due cards, written deal objections included, new ones optional', () => {
    const states: CardStates = Object.fromEntries(
      CARDS.map((card) => [card.id, rateCard(newCardState(NOW), 'easy', NOW)]),
    );
    const overdue = { ...states, 'need-have-one': rateCard(newCardState(NOW), 'again', NOW) };
    const written = deal({ id: 'd9' }, [
      { id: 'x', cardId: null, text: 'We need it by Friday', answer: '', techniqueIds: [] },
    ]);
    const soon = new Date('2025-03-01T09:30:00.000Z');
    expect(ids(buildDeck({ kind: 'due', deals: [written] }, options({ states: overdue, now: soon })))).toEqual([
      'need-have-one',
      'deal:d9:x',
    ]);
    expect(
      ids(buildDeck({ kind: 'due', deals: [written], includeNew: false }, options({ states: overdue, now: soon }))),
    ).toEqual(['need-have-one']);
    expect(buildDeck({ kind: 'due' }, options({ states, now: NOW }))).toEqual([]);
  });
});

describe('orderByNeed', () => {
  it('does not drop or duplicate cards', () => {
    const cards = CARDS.map((card) => ({ id: card.id }));
    expect(ids(orderByNeed(cards, {}, NOW, 9)).sort()).toEqual(ids(cards).sort());
  });
});
