// Valid inputs for IPC channels, shared by the dispatch tests (corrupted field by field) and the fuzz test.
import type { Deal } from '@shared/domain/deal';
import { defaultDealQuery } from '@shared/domain/deal-list';
import type { Channel } from '@shared/ipc/contract';
import { makeDeal, makeDraft } from './store-fixtures';

/**
 * A valid input for channels where field-by-field corruption is worth testing. Not every channel needs
 * one: the generic junk of dispatch.test.ts covers them all. `idPath` names a deal id that must exist; `optional`
 * lists fields that may be left out.
 */
export type Sample = { input: unknown; idPath?: string; optional?: readonly string[] };

export const fullDeal = (id: string): Deal => ({
  ...makeDeal(id),
  notes: 'Renewal after the 2025 price increase.',
  worksheet: {
    ...makeDeal(id).worksheet,
    interests: [
      { id: 'i1', party: 'theirs', text: 'Lower total cost', kind: 'substantive', priority: 3, isStated: true },
    ],
    expectedObjections: [
      { id: 'o1', cardId: null, text: 'Too expensive', answer: 'Compared to what?', techniqueIds: ['t1'] },
    ],
  },
  meetings: [
    {
      id: 'm1',
      date: '2026-02-20',
      attendees: 'Wang Lei',
      notes: 'First round.',
      objections: [],
      signals: [{ id: 's1', signalId: null, text: 'Asked about delivery dates' }],
      closingAttempts: [],
      concessions: [{ id: 'k1', amount: 10_000, received: 'A three-year term' }],
    },
  ],
});

export const samples = (dealId: string): Partial<Record<Channel, Sample>> => ({
  'settings:update': { input: { language: 'zh-CN', theme: 'dark' }, optional: ['language', 'theme'] },
  'deals:list': { input: { ...defaultDealQuery(), search: 'network', tag: 'renewal' } },
  'deals:get': { input: { id: dealId }, idPath: 'id' },
  'deals:create': { input: makeDraft() },
  'deals:update': { input: { id: dealId, draft: makeDraft({ title: 'Changed' }) }, idPath: 'id' },
  'deals:duplicate': { input: { id: dealId, title: 'Copy of the deal' }, idPath: 'id' },
  'deals:delete': { input: { id: dealId }, idPath: 'id' },
  'deals:restore': { input: fullDeal('restored-deal'), optional: ['worksheet.fab'] },
});
