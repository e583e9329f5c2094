import { describe, expect, it } from 'vitest';
import type { Deal } from '../../src-shared/domain/deal';
import { createDeal, emptyDealDraft } from '../../src-shared/domain/deal-factory';
import { generateDeals } from '../../src-shared/domain/sample-deals';
import {
  mapRowsToObjections,
  mapRowsToSignals,
  suggestObjectionMapping,
  suggestSignalMapping,
} from '../../src-shared/domain/csv/activity-import';
import { mapRowsToDeals, suggestMapping } from '../../src-shared/domain/csv/deal-import';
import {
  dealCsvColumns,
  dealsToCsvRows,
  objectionCsvColumns,
  objectionsToCsvRows,
  signalCsvColumns,
  signalsToCsvRows,
} from '../../src-shared/domain/csv/export-rows';
import { parseCsv } from '../../src-shared/domain/csv/parse-csv';
import { dealNumbers } from '../../src-shared/domain/worksheet';
import { escapeFormula, toCsv } from '../../src-shared/domain/csv/to-csv';

const NOW = new Date('2025-06-15T12:00:00Z');

describe('toCsv', () => {
  it('writes a BOM, CRLF lines and quotes where needed', () => {
    const csv = toCsv(
      [
        { name: '恒信银行, 上海分行', note: 'said "ok"\nthen left', value: 1200.5, flag: true, empty: null },
        { name: 'plain', note: ' padded ', value: Number.NaN, flag: false, empty: undefined },
      ],
      [
        { key: 'name', header: '客户名称' },
        { key: 'note', header: 'Note' },
        { key: 'value', header: 'Value' },
        { key: 'flag', header: 'Flag' },
        { key: 'empty', header: 'Empty' },
      ],
    );
    expect(csv).toBe(
      '\uFEFF客户名称,Note,Value,Flag,Empty\r\n"恒信银行, 上海分行","said ""ok""\nthen left",1200.5,true,\r\nplain," padded ",,false,\r\n',
    );
    expect(
      toCsv([{ a: 'x;y' }], [{ key: 'a', header: 'A' }], { delimiter: ';', includeBom: false, newline: '\n' }),
    ).toBe('A\n"x;y"\n');
  });

  it('neutralises spreadsheet formulas in text cells (OWASP)', () => {
    const attacks = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=1\n+2'];
    for (const attack of attacks) expect(escapeFormula(attack).startsWith("'")).toBe(true);
    expect(escapeFormula('Normal = fine')).toBe('Normal = fine');
    expect(escapeFormula('')).toBe('');
    const csv = toCsv(
      attacks.map((text) => ({ text, amount: -5 })),
      [
        { key: 'text', header: '=header' },
        { key: 'amount', header: 'Amount' },
      ],
      { includeBom: false },
    );
    const parsed = parseCsv(csv);
    expect(parsed.headers[0]).toBe("'=header");
    for (const row of parsed.rows) {
      expect(row.cells[0]?.startsWith("'")).toBe(true);
      expect(row.cells[1]).toBe('-5'); // numbers are data, not formulas
    }
  });
});

describe('export → import round trip', () => {
  const deals = generateDeals({
    count: 120,
    seed: 'round-trip',
    now: NOW,
    signalIds: ['sig-a', 'sig-b'],
    techniqueIds: ['inquiry', 'compensation', 'yes-but'],
    cardIds: ['card-1'],
  });
  const tricky: Deal = {
    ...createDeal(
      {
        ...emptyDealDraft(),
        title: '=cmd|" /C calc"!A0',
        counterpartOrg: '+恒信银行 "上海", 分行',
        notes: 'line one\nline two; @mention',
        tags: ['-minus', '重点客户'],
        value: 1234.56,
        currency: 'USD',
        counterpartStyle: 'amiable',
        side: 'buy',
      },
      'tricky',
      NOW,
    ),
  };
  const all = [...deals, tricky];

  const comparable = (deal: Deal) => ({
    title: deal.title,
    counterpartOrg: deal.counterpartOrg,
    value: deal.value,
    currency: deal.currency,
    stage: deal.stage,
    outcome: deal.outcome,
    closedOn: deal.review.closedOn,
    finalPrice: deal.review.finalPrice,
    target: dealNumbers(deal).target,
    walkAway: dealNumbers(deal).walkAway,
    tags: deal.tags,
    counterpartStyle: deal.counterpartStyle,
    side: deal.side,
    expectedCloseDate: deal.expectedCloseDate,
    meetingDate: deal.meetingDate,
    lostReason: deal.review.lostReason,
    notes: deal.notes,
  });

  for (const language of ['en', 'zh'] as const) {
    for (const delimiter of [',', ';'] as const) {
      it(`keeps every deal field (${language} headers, "${delimiter}")`, () => {
        const csv = toCsv(dealsToCsvRows(all), dealCsvColumns(language), { delimiter });
        const parsed = parseCsv(csv);
        expect(parsed.errors).toEqual([]);
        expect(parsed.delimiter).toBe(delimiter);
        let next = 0;
        const imported = mapRowsToDeals(parsed.rows, suggestMapping(parsed.headers), {
          now: NOW,
          newId: () => `new-${++next}`,
          headers: parsed.headers,
          currency: 'CNY',
        });
        expect(imported.errors).toEqual([]);
        expect(imported.deals.map(comparable)).toEqual(all.map(comparable));
        expect(imported.deals.every((deal) => deal.id.startsWith('new-') && !deal.isSample)).toBe(true);
      });
    }
  }

  it('exports the walk-away the worksheet resolves, never a stale stored one', () => {
    const stale = deals.filter((deal) => dealNumbers(deal).walkAway !== deal.worksheet.numbers.walkAway);
    expect(stale.length).toBeGreaterThan(0);
    const rows = dealsToCsvRows(deals);
    deals.forEach((deal, index) => expect(rows[index]?.walkAway).toBe(dealNumbers(deal).walkAway));
  });

  it('keeps logged objections and signals', () => {
    const objectionCsv = toCsv(objectionsToCsvRows(deals), objectionCsvColumns('zh'));
    const parsedObjections = parseCsv(objectionCsv);
    const objections = mapRowsToObjections(parsedObjections.rows, suggestObjectionMapping(parsedObjections.headers), {
      newId: () => 'x',
    });
    expect(objections.errors).toEqual([]);
    const signalCsv = toCsv(signalsToCsvRows(deals), signalCsvColumns('en'));
    const parsedSignals = parseCsv(signalCsv);
    const signals = mapRowsToSignals(parsedSignals.rows, suggestSignalMapping(parsedSignals.headers), {
      newId: () => 'x',
    });
    expect(signals.errors).toEqual([]);

    for (const deal of deals) {
      const expected = deal.meetings
        .map((meeting) => ({
          date: meeting.date,
          objections: meeting.objections.map(({ id: _id, ...rest }) => rest),
          signals: meeting.signals.map(({ id: _id, ...rest }) => rest),
        }))
        .filter((meeting) => meeting.objections.length > 0 || meeting.signals.length > 0);
      const objectionGroup = objections.groups.find((group) => group.dealId === deal.id);
      const signalGroup = signals.groups.find((group) => group.dealId === deal.id);
      const dates = [
        ...new Set([...(objectionGroup?.meetings ?? []), ...(signalGroup?.meetings ?? [])].map((m) => m.date)),
      ].sort();
      const actual = dates.map((date) => ({
        date,
        objections: (objectionGroup?.meetings.find((m) => m.date === date)?.objections ?? []).map(
          ({ id: _id, ...rest }) => rest,
        ),
        signals: (signalGroup?.meetings.find((m) => m.date === date)?.signals ?? []).map(
          ({ id: _id, ...rest }) => rest,
        ),
      }));
      expect(actual).toEqual(expected);
    }
  });
});
