// Small, self-made playbook cards and deals for the rehearsal tests (independent of the real playbook).
import type { Deal } from '@shared/domain/deal';
import { emptyWorksheet, type ExpectedObjection } from '@shared/domain/worksheet-types';
import type { ObjectionCard, ObjectionType, PriceSituation } from '@shared/playbook/types';

export function card(id: string, type: ObjectionType, situation: PriceSituation | null = null): ObjectionCard {
  return {
    id,
    line: { en: `line ${id}`, zh: `台词 ${id}` },
    type,
    natures: ['true'],
    situation,
    techniqueIds: ['inquiry'],
    modelAnswers: [
      { en: `answer A ${id}`, zh: `回答A ${id}` },
      { en: `answer B ${id}`, zh: `回答B ${id}` },
    ],
    trap: { en: `trap ${id}`, zh: `陷阱 ${id}` },
  };
}

export const CARDS: ObjectionCard[] = [
  card('price-too-expensive', 'price', 'too-expensive'),
  card('price-cheaper', 'price', 'make-it-cheaper'),
  card('price-others', 'price', 'others-quote-less'),
  card('price-worth', 'price', 'worth-it'),
  card('price-think', 'price', 'think-about-it'),
  card('need-have-one', 'need'),
  card('authority-boss', 'authority'),
  card('budget-frozen', 'budget'),
];

export function deal(overrides: Partial<Deal> = {}, expected: ExpectedObjection[] = []): Deal {
  const worksheet = emptyWorksheet();
  return {
    id: 'd1',
    title: 'Fixture deal',
    counterpartOrg: 'ACME',
    contacts: [],
    counterpartStyle: null,
    side: 'sell',
    currency: 'CNY',
    value: 100_000,
    stage: 'preparing',
    outcome: 'open',
    meetingDate: null,
    expectedCloseDate: null,
    tags: [],
    notes: '',
    isSample: false,
    openedOn: null,
    sourceId: null,
    worksheet: { ...worksheet, expectedObjections: expected },
    meetings: [],
    complaints: [],
    review: {
      finalPrice: null,
      closedOn: null,
      lostReason: '',
      knewTheirNeeds: '',
      theyKnewUs: '',
      competitorsLearned: '',
      whereItFailed: '',
      lessons: '',
    },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}
