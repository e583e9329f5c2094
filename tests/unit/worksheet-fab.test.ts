// FAB lines: each benefit tied to one of their interests; the three answering the most important interests lead the prep sheet.
import { describe, expect, it } from 'vitest';
import { buildPrepSheet } from '@shared/domain/prep-sheet';
import { topFabLines } from '@shared/domain/worksheet/fab';
import type { FabLine } from '@shared/domain/worksheet-types';
import { completeDeal } from './prep-sheet-fixtures';

const line = (id: string, interestId: string | null, benefit = `Benefit ${id}`): FabLine => ({
  id,
  feature: `Feature ${id}`,
  advantage: `Advantage ${id}`,
  benefit,
  interestId,
});

describe('FAB lines', () => {
  // The fixture's interests of theirs: t1 priority 5, t2 and t3 priority 4; i1 is one of ours.
  const fab = [
    line('a', 't2'),
    line('b', null),
    line('c', 'i1'),
    line('d', 't3'),
    line('e', 't1'),
    line('f', 't2', '   '),
    line('g', 'gone'),
    line('h', 't2'),
  ];
  const deal = completeDeal();
  const worksheet = { ...deal.worksheet, fab };

  it('keeps lines linked to one of their interests with a benefit, the most important interest first, at most three', () => {
    expect(topFabLines(worksheet).map(({ line }) => line.id)).toEqual(['e', 'a', 'd']);
    expect(topFabLines(worksheet, 10).map(({ line }) => line.id)).toEqual(['e', 'a', 'd', 'h']);
    expect(topFabLines({ ...worksheet, fab: [] })).toEqual([]);
  });

  it('puts the top three lines first in the prep sheet’s ICON summary, with their interest', () => {
    const sheet = buildPrepSheet(
      { ...deal, worksheet },
      { language: 'en', variant: 'full', now: new Date('2026-04-10T08:00:00Z') },
    );
    const first = sheet.sections.find((section) => section.id === 'icon')?.blocks[0];
    expect(first).toMatchObject({
      kind: 'list',
      title: 'Lead with these benefits',
      items: [
        { text: 'Benefit e', detail: 'Feature e → Advantage e', tags: ['for: Cut network cost by 10% this year'] },
        { text: 'Benefit a', detail: 'Feature a → Advantage a', tags: ['for: No outage during the peak season'] },
        {
          text: 'Benefit d',
          detail: 'Feature d → Advantage d',
          tags: ['for: The CFO must be seen to win a concession'],
        },
      ],
    });
  });
});
