// The History screen's period presets and the debrief form's model: pure, so no rendering needed.
import { describe, expect, it } from 'vitest';
import { blankMeeting } from '@shared/domain/history/records';
import type { LoggedObjection } from '@shared/domain/meeting-types';
import { checkMeeting, hasErrors, recentFirst, toDraft } from '../../src-renderer/features/history/debrief-model';
import { periodDates } from '../../src-renderer/features/history/history-period';

const objection = (id: string, text: string): LoggedObjection => ({
  id,
  cardId: null,
  text,
  type: 'price',
  nature: 'true',
  techniqueIds: [],
  result: 'resolved',
});

describe('History period presets', () => {
  it('turns presets into inclusive dates', () => {
    const custom = { from: '2025-02-01', to: null };
    expect(periodDates('all', '2026-11-23', custom)).toEqual({ from: null, to: null });
    expect(periodDates('12m', '2026-11-23', custom)).toEqual({ from: '2025-11-23', to: null });
    expect(periodDates('24m', '2028-02-29', custom)).toEqual({ from: '2026-02-28', to: null });
    expect(periodDates('this-year', '2026-11-23', custom)).toEqual({ from: '2026-01-01', to: null });
    expect(periodDates('last-year', '2026-11-23', custom)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodDates('custom', '2026-11-23', custom)).toBe(custom);
  });
});

describe('debrief form model', () => {
  it('orders recent ids first without adding or losing any', () => {
    expect(recentFirst(['a', 'b', 'c', 'd'], ['c', 'x', 'a'])).toEqual(['c', 'a', 'b', 'd']);
  });

  it('asks for a date, the objection’s words and each concession’s amount, then trims what it saves', () => {
    const form = {
      ...blankMeeting(''),
      attendees: '  Wang Lei ',
      objections: [objection('o1', '  ')],
      concessions: [{ id: 'c1', amount: null, received: ' term ' }],
    };
    expect(checkMeeting(form)).toEqual({ date: true, objections: ['o1'], concessions: ['c1'] });
    expect(toDraft(form)).toBeNull();
    const fixed = {
      ...form,
      date: '2026-01-12',
      objections: [objection('o1', ' Too expensive ')],
      concessions: [{ id: 'c1', amount: 20_000, received: ' term ' }],
    };
    expect(hasErrors(checkMeeting(fixed))).toBe(false);
    expect(toDraft(fixed)).toMatchObject({
      attendees: 'Wang Lei',
      objections: [{ text: 'Too expensive' }],
      concessions: [{ amount: 20_000, received: 'term' }],
    });
  });
});
