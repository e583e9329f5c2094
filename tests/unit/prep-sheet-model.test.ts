import { describe, expect, it } from 'vitest';
import type { Deal } from '@shared/domain/deal';
import { emptyWorksheet } from '@shared/domain/worksheet-types';
import {
  buildPrepSheet,
  createFigureGuard,
  MAX_CHECKED_LENGTH,
  PREP_SHEET_SECTION_IDS,
  type PrepBlock,
  type PrepSheet,
  type PrepSheetOptions,
} from '@shared/domain/prep-sheet';
import { completeDeal, FIGURES } from './prep-sheet-fixtures';

const NOW = new Date('2026-04-10T08:00:00Z');
const build = (deal: Deal, options: Partial<PrepSheetOptions> = {}): PrepSheet =>
  buildPrepSheet(deal, { language: 'en', variant: 'full', now: NOW, ...options });

const sectionIds = (sheet: PrepSheet) => sheet.sections.map((section) => section.id);
const blocksOf = (sheet: PrepSheet, id: string): PrepBlock[] =>
  sheet.sections.find((section) => section.id === id)?.blocks ?? [];
const factsOf = (sheet: PrepSheet) =>
  blocksOf(sheet, 'numbers').flatMap((block) => (block.kind === 'facts' ? block.facts : []));
/** Every figure as the sheet could print it: grouped, plain, or scaled. */
const spellings = (value: number): string[] => [
  value.toLocaleString('en-US'),
  String(value),
  `${value / 1000}k`,
  `${value / 10_000}万`,
];

describe('buildPrepSheet', () => {
  it('prints every section of a complete deal, in order, with the key figures', () => {
    const sheet = build(completeDeal());
    expect(sectionIds(sheet)).toEqual([...PREP_SHEET_SECTION_IDS]);
    expect(sheet.sections.map((s) => s.heading)).toEqual([
      'At the table',
      'The numbers',
      'ICON summary',
      'Questions and agenda',
      'Expected objections',
      'Concession plan',
      'Closing',
      'Notes',
    ]);
    expect(sheet.dealTitle).toBe('Network renewal 2027');
    expect(sheet.facts).toContainEqual({ label: 'Meeting', value: 'Tuesday, April 14, 2026', tone: 'strong' });
    expect(factsOf(sheet).map((fact) => [fact.label, fact.value])).toEqual([
      ['Opening (anchor)', 'CN¥1,380,000'],
      ['Target', 'CN¥1,260,000'],
      ['Walk-away', 'CN¥1,085,000'],
      ['BATNA', 'CN¥1,040,000'],
      ['Their walk-away (est.)', 'CN¥1,150,000 – 1,300,000'],
      ['Zone of agreement', 'CN¥1,085,000 – 1,300,000'],
    ]);
  });

  it('picks the top interests, the best options and the planned close', () => {
    const sheet = build(completeDeal());
    const lists = blocksOf(sheet, 'icon').flatMap((b) => (b.kind === 'list' ? [b] : []));
    const ours = lists.find((list) => list.title === 'Our top interests');
    expect(ours?.items.map((item) => item.text)).toEqual([
      'Keep the account for three more years',
      'Margin of at least 18% on the renewal',
      'A reference customer in logistics',
    ]);
    expect(lists.find((list) => list.title === 'Best options')?.items[0]).toMatchObject({
      text: 'Three-year term with a price step-down in year two',
      tags: ['mutual gain', 'cheap to give'],
    });
    expect(lists.find((list) => list.title === 'Our alternatives')?.items).toContainEqual({
      text: 'Redeploy the capacity to the Ningbo port tender',
      detail: 'CN¥1,040,000 · real · 70% likely',
      tags: ['BATNA'],
    });
    const closing = blocksOf(sheet, 'closing');
    expect(closing[0]).toMatchObject({ kind: 'text', title: 'Planned close' });
    expect(closing[0]?.kind === 'text' && closing[0].text).toMatch(/^Alternative choice – /);
  });

  it('fills an objection picked from the playbook with its line, a model answer and its techniques', () => {
    const table = blocksOf(build(completeDeal()), 'objections')[0];
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.rows[0]?.cells[0]).toBe('Honestly, this is too expensive for us.');
    expect(table.rows[0]?.cells[2]).toBe('Break it down · Comparison');
    expect(table.rows[2]?.cells[0]).toBe('I need to think about it.');
    expect(table.rows[2]?.cells[1]).toMatch(/^Playbook: /);
  });

  it('leaves out sections with no data', () => {
    const bare = completeDeal({ contacts: [], counterpartStyle: null, notes: '', worksheet: emptyWorksheet() });
    const sheet = build(bare);
    expect(sheet.sections).toEqual([]);
    expect(sheet.facts.map((fact) => fact.label)).toEqual(['Meeting', 'We are', 'Deal value', 'Prepared']);

    const partial = build({
      ...bare,
      counterpartStyle: 'driver',
      worksheet: { ...emptyWorksheet(), spin: [{ id: 's', kind: 'problem', text: 'What slows you down?' }] },
    });
    expect(sectionIds(partial)).toEqual(['attendees', 'agenda', 'closing']);
    expect(blocksOf(partial, 'closing')).toHaveLength(1); // signals only: no closing method planned
  });

  it('uses the meeting date it is given, or none', () => {
    expect(build(completeDeal(), { meetingDate: '2026-05-04' }).facts[0]?.value).toBe('Monday, May 4, 2026');
    expect(build(completeDeal(), { meetingDate: null }).facts.map((fact) => fact.label)).not.toContain('Meeting');
  });

  it('writes every fixed label, playbook text and date in Chinese when asked', () => {
    const sheet = build(completeDeal(), { language: 'zh-CN' });
    expect(sheet.documentTitle).toBe('谈判准备单');
    expect(sheet.sections.map((s) => s.heading)).toEqual([
      '与会人员',
      '关键数字',
      'ICON 要点',
      '提问与议程',
      '预判异议',
      '让步计划',
      '促成成交',
      '备注',
    ]);
    expect(sheet.facts[0]?.value).toBe('2026年4月14日星期二');
    expect(factsOf(sheet)[2]).toMatchObject({ label: '底线价', value: '¥1,085,000' });
    const objections = blocksOf(sheet, 'objections')[0];
    expect(objections?.kind === 'table' && objections.rows[0]?.cells).toEqual([
      '说实话，你们这个太贵了。',
      expect.stringContaining('34,700'),
      expect.stringMatching(/^拆分法/),
    ]);
  });
});

describe('the sharing variant', () => {
  const full = build(completeDeal());
  const sharing = build(completeDeal(), { variant: 'sharing' });
  const printed = JSON.stringify(sharing);

  it('leaves out the walk-away, the BATNA, the zone of agreement and the private notes', () => {
    expect(sectionIds(sharing)).not.toContain('notes');
    expect(factsOf(sharing).map((fact) => fact.label)).toEqual([
      'Opening (anchor)',
      'Target',
      'Their walk-away (est.)',
    ]);
    expect(sharing.variantLabel).toBe('Sharing copy');
    const body = JSON.stringify(sharing.sections);
    expect(body).not.toContain('Walk-away');
    expect(body).not.toContain('BATNA');
    expect(body).not.toContain('Zone of agreement');
    expect(printed).not.toContain('Q2 audit');
    expect(JSON.stringify(full)).toContain('Q2 audit');
  });

  it('prints no figure of the walk-away or of our alternatives anywhere', () => {
    for (const secret of [FIGURES.walkAway, FIGURES.batna, FIGURES.ourHypothetical]) {
      for (const spelling of spellings(secret)) expect(printed).not.toContain(spelling);
      expect(JSON.stringify(full)).toContain(secret.toLocaleString('en-US'));
    }
    // The price line's axis is drawn from the shown figures only, so its ends cannot point at the walk-away.
    const scale = blocksOf(sharing, 'numbers').find((block) => block.kind === 'scale');
    expect(scale?.kind === 'scale' && scale.scale.markers.map((m) => m.role)).toEqual(['opening', 'target']);
    expect(scale?.kind === 'scale' && scale.scale.min).toBeGreaterThan(FIGURES.walkAway);
  });

  it('keeps the concession steps up to the target and says that the rest is left out', () => {
    const [giveGet, steps, note] = blocksOf(sharing, 'concessions');
    expect(giveGet?.kind === 'table' && giveGet.rows).toHaveLength(3);
    expect(steps?.kind === 'table' && steps.rows.map((row) => row.cells[1])).toEqual([
      'CN¥1,330,000',
      'CN¥1,290,000',
      'CN¥1,260,000',
    ]);
    expect(note).toEqual({ kind: 'text', text: 'Steps past the target are left out of this copy.' });
    const fullSteps = blocksOf(full, 'concessions')[1];
    expect(fullSteps?.kind === 'table' && fullSteps.rows).toHaveLength(4);
  });

  it('keeps a buyer’s steps up to the target too (a buyer concedes upwards)', () => {
    const deal = completeDeal({ side: 'buy' });
    deal.worksheet.numbers = {
      ...deal.worksheet.numbers,
      opening: 800,
      target: 900,
      walkAway: 1000,
      theirWalkAwayLow: 850,
      theirWalkAwayHigh: 950,
    };
    deal.worksheet.alternatives = [];
    deal.worksheet.concessionSteps = [
      { id: 'a', price: 860, inReturn: 'x' },
      { id: 'b', price: 900, inReturn: 'y' },
      { id: 'c', price: 960, inReturn: 'z' },
    ];
    const steps = blocksOf(build(deal, { variant: 'sharing' }), 'concessions')[1];
    expect(steps?.kind === 'table' && steps.rows.map((row) => row.cells[1])).toEqual(['CN¥860', 'CN¥900']);
  });

  it('withholds a target or step that equals the walk-away', () => {
    const deal = completeDeal();
    deal.worksheet.numbers = { ...deal.worksheet.numbers, target: FIGURES.walkAway };
    deal.worksheet.concessionSteps = [{ id: 'p', price: FIGURES.walkAway, inReturn: 'anything' }];
    const sheet = build(deal, { variant: 'sharing' });
    expect(factsOf(sheet).map((fact) => fact.label)).toEqual(['Opening (anchor)', 'Their walk-away (est.)']);
    expect(JSON.stringify(sheet)).not.toContain('1,085,000');
  });

  it('withholds each clause where the user typed the walk-away into free text, and counts it', () => {
    const deal = completeDeal();
    deal.worksheet.expectedObjections[1] = {
      ...deal.worksheet.expectedObjections[1]!,
      answer: 'Hold at 1,085,000 (1085k, 108.5万 or 1.085m) – never lower. 1,085,0001 is not it.',
    };
    const sheet = build(deal, { variant: 'sharing' });
    const answer = blocksOf(sheet, 'objections')[0];
    // The whole clause goes, so the sentence does not say what kind of figure stood there.
    expect(answer?.kind === 'table' && answer.rows[1]?.cells[1]).toBe('[withheld], [withheld]. 1,085,0001 is not it.');
    expect(sheet.withheldMentions).toBe(2);
    expect(build(deal).withheldMentions).toBe(0);
  });
});

describe('createFigureGuard', () => {
  it('withholds a floor in every written form, and anything within 5 % of it, clause by clause', () => {
    const guard = createFigureGuard({ floors: [980_000], secrets: [12.5], reference: 1_000_000, marker: '•' });
    expect(
      guard.redact('980000; 980,000; 980 000; 980.000,00; 980k; 98万; 0.98m; 九十八万; 98W; 降2个点; 1,010,000'),
    ).toBe('•; •; •; •; •; •; •; •; •; •; •');
    expect(guard.redact('1,980,000 and 9,800,000; 900k; 1.1m')).toBe('1,980,000 and 9,800,000; 900k; 1.1m');
    expect(guard.redact('12.5 a unit; not 112.5')).toBe('•; not 112.5');
    expect(guard.count()).toBe(12);
    expect(guard.isWithheld(1_020_000)).toBe(true);
    expect(guard.isWithheld(1_030_000)).toBe(false);
    expect(guard.isWithheld(12.5)).toBe(true);
    expect(guard.isWithheld(12.6)).toBe(false);
  });

  it('leaves a field too long to check out whole', () => {
    const guard = createFigureGuard({ floors: [980_000], secrets: [], reference: null, marker: '•' });
    expect(guard.redact('x'.repeat(MAX_CHECKED_LENGTH + 1))).toBe('•');
  });
});
