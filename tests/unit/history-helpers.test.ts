import { describe, expect, it } from 'vitest';
import type { Deal } from '@shared/domain/deal';
import { planDealMerge, withMissingEntries } from '@shared/domain/history/backup-merge';
import { drillDealOf, meetingItemsFor } from '@shared/domain/history/drill-down';
import { blankMeeting } from '@shared/domain/history/records';
import { recentChoices } from '@shared/domain/history/recent-choices';
import type { Meeting } from '@shared/domain/meeting-types';
import { toDealFacts } from '@shared/domain/stats/deal-facts';
import { makeDeal } from './store-fixtures';

const meeting = (id: string, date: string, patch: Partial<Meeting> = {}): Meeting => ({
  ...blankMeeting(date),
  id,
  ...patch,
});

const objection = (id: string, text: string, patch: Partial<Meeting['objections'][number]> = {}) => ({
  id,
  cardId: null,
  text,
  type: 'price' as const,
  nature: 'true' as const,
  techniqueIds: [] as string[],
  result: 'resolved' as const,
  ...patch,
});

describe('drill-down items', () => {
  const visit = meeting('m1', '2026-01-10', {
    objections: [
      objection('o1', 'Too expensive!', { techniqueIds: ['inquiry'] }),
      objection('o2', 'Not my call', { type: 'authority', nature: 'hidden', cardId: 'authority-boss' }),
    ],
    signals: [
      { id: 's1', signalId: 'moves-closer', text: '' },
      { id: 's2', signalId: null, text: 'Asked for the contract draft.' },
    ],
    closingAttempts: [{ id: 'a1', methodId: 'direct', result: 'declined' }],
  });

  it('finds the logged items behind each kind of bar, with the statistics’ own keys', () => {
    expect(meetingItemsFor(visit, { chart: 'objection-type', type: 'price' })).toEqual([
      { kind: 'objection', text: 'Too expensive!', cardId: null, type: 'price', result: 'resolved' },
    ]);
    expect(meetingItemsFor(visit, { chart: 'objection-nature', nature: 'hidden' })).toHaveLength(1);
    expect(meetingItemsFor(visit, { chart: 'top-objection', key: 'text:too expensive' })).toHaveLength(1);
    expect(meetingItemsFor(visit, { chart: 'top-objection', key: 'card:authority-boss' })).toHaveLength(1);
    expect(meetingItemsFor(visit, { chart: 'technique', techniqueId: 'inquiry' })).toHaveLength(1);
    expect(meetingItemsFor(visit, { chart: 'signal', key: 'signal:moves-closer' })).toEqual([
      { kind: 'signal', text: '', signalId: 'moves-closer' },
    ]);
    expect(meetingItemsFor(visit, { chart: 'signal', key: 'text:asked for the contract draft' })).toHaveLength(1);
    expect(meetingItemsFor(visit, { chart: 'closing-method', methodId: 'direct' })).toEqual([
      { kind: 'attempt', methodId: 'direct', result: 'declined' },
    ]);
    expect(meetingItemsFor(visit, { chart: 'beyond-walk-away' })).toEqual([]);
  });

  it('lists only the meetings behind the bar, newest first, at most the limit', () => {
    const deal = makeDeal('d1', {
      meetings: [
        visit,
        meeting('m2', '2026-02-01'),
        meeting('m3', '2026-03-01', { objections: [objection('o3', 'Still too expensive')] }),
      ],
    });
    const listed = drillDealOf(deal, '2026-03-01', { chart: 'objection-type', type: 'price' }, 'month');
    expect(listed.meetings.map((entry) => entry.id)).toEqual(['m3', 'm1']);
    expect(
      drillDealOf(deal, '2026-03-01', { chart: 'objection-type', type: 'price' }, 'month', 1).meetings,
    ).toHaveLength(1);
  });
});

describe('recent choices', () => {
  it('takes the user’s own deals newest first and skips sample deals', () => {
    const older = makeDeal('old', {
      meetings: [
        meeting('m1', '2025-01-01', {
          objections: [objection('o1', 'Budget is frozen', { type: 'budget', techniqueIds: ['defer'] })],
          closingAttempts: [{ id: 'a', methodId: 'incentive', result: 'accepted' }],
        }),
      ],
    });
    const newer = makeDeal('new', {
      meetings: [
        meeting('m2', '2026-01-01', {
          objections: [
            objection('o2', 'Too expensive', { techniqueIds: ['inquiry'] }),
            objection('o3', 'Budget is frozen'),
          ],
          signals: [{ id: 's', signalId: 'puzzled-look', text: '' }],
        }),
      ],
    });
    const sample = makeDeal('sample', {
      isSample: true,
      meetings: [meeting('m3', '2026-06-01', { objections: [objection('o4', 'Sample line')] })],
    });
    const facts = [sample, newer, older].map(toDealFacts);
    const recent = recentChoices(facts);
    expect(recent.objections.map((entry) => entry.text)).toEqual(['Budget is frozen', 'Too expensive']);
    expect(recent.techniqueIds).toEqual(['inquiry', 'defer']);
    expect(recent.signalIds).toEqual(['puzzled-look']);
    expect(recent.methodIds).toEqual(['incentive']);
    expect(recentChoices(facts, 1).objections).toHaveLength(1);
  });
});

describe('backup merge plan', () => {
  const at = (id: string, updatedAt: string): Deal => ({ ...makeDeal(id), updatedAt });

  it('adds new deals, takes the copy saved last, and reports what it keeps', () => {
    const local = new Map([
      ['same', at('same', '2026-01-01T00:00:00.000Z')],
      ['newer-here', at('newer-here', '2026-03-01T00:00:00.000Z')],
      ['older-here', at('older-here', '2026-01-01T00:00:00.000Z')],
    ]);
    const plan = planDealMerge(
      (id) => local.get(id),
      [
        at('same', '2026-01-01T08:00:00+08:00'),
        at('newer-here', '2026-02-01T00:00:00.000Z'),
        at('older-here', '2026-02-01T00:00:00.000Z'),
        at('new', '2025-01-01T00:00:00.000Z'),
      ],
    );
    expect(plan.counts).toEqual({ added: 1, updated: 1, kept: 1, unchanged: 1 });
    expect(plan.toWrite.map((deal) => deal.id)).toEqual(['older-here', 'new']);
  });

  it('appends only entries whose id is missing', () => {
    expect(
      withMissingEntries(
        [{ id: 'a', v: 1 }],
        [
          { id: 'a', v: 2 },
          { id: 'b', v: 3 },
        ],
      ),
    ).toEqual({
      merged: [
        { id: 'a', v: 1 },
        { id: 'b', v: 3 },
      ],
      added: 1,
    });
  });
});
