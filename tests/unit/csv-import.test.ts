import { describe, expect, it } from 'vitest';
import type { Deal } from '../../src-shared/domain/deal';
import { createDeal, emptyDealDraft } from '../../src-shared/domain/deal-factory';
import {
  attachActivity,
  mapRowsToObjections,
  mapRowsToSignals,
  suggestObjectionMapping,
  suggestSignalMapping,
} from '../../src-shared/domain/csv/activity-import';
import { missingRequiredFields } from '../../src-shared/domain/csv/column-mapping';
import { DEAL_IMPORT_FIELDS, mapRowsToDeals, suggestMapping } from '../../src-shared/domain/csv/deal-import';
import { parseCsv } from '../../src-shared/domain/csv/parse-csv';

const NOW = new Date('2025-06-15T12:00:00Z');
const idMaker = () => {
  let next = 0;
  return () => `id-${++next}`;
};

function importDeals(text: string, extra: Partial<Parameters<typeof mapRowsToDeals>[2]> = {}) {
  const parsed = parseCsv(text);
  return mapRowsToDeals(parsed.rows, suggestMapping(parsed.headers), {
    now: NOW,
    newId: idMaker(),
    headers: parsed.headers,
    currency: 'CNY',
    ...extra,
  });
}

describe('suggestMapping', () => {
  it('recognises Salesforce-style English headers', () => {
    const headers = [
      'Opportunity Name',
      'Account Name',
      'Amount (CNY)',
      'Close Date',
      'Stage',
      'Opportunity Owner',
      'Description',
    ];
    expect(suggestMapping(headers)).toMatchObject({
      title: 0,
      counterpartOrg: 1,
      value: 2,
      closedOn: 3,
      stage: 4,
      notes: 6,
      currency: null,
      outcome: null,
    });
  });

  it('lists required fields left unmapped', () => {
    expect(missingRequiredFields(DEAL_IMPORT_FIELDS, suggestMapping(['Deal', 'Amount']))).toEqual(['counterpartOrg']);
    expect(missingRequiredFields(DEAL_IMPORT_FIELDS, suggestMapping(['Deal', 'Customer']))).toEqual([]);
  });

  it('recognises Chinese CRM headers and uses each column once', () => {
    const headers = [
      '\uFEFF商机名称',
      '客户名称',
      '金额',
      '币种',
      '成交日期',
      '阶段',
      '预计成交日期',
      '标签',
      '备注',
      '金额',
    ];
    const mapping = suggestMapping(headers);
    expect(mapping).toMatchObject({
      title: 0,
      counterpartOrg: 1,
      value: 2,
      currency: 3,
      closedOn: 4,
      stage: 5,
      expectedCloseDate: 6,
      tags: 7,
      notes: 8,
    });
    expect(Object.values(mapping).filter((column) => column === 9)).toEqual([]);
  });

  it('prefers the longer alias when a header contains two', () => {
    expect(suggestMapping(['Deal', 'Amount Currency', 'Deal Amount'])).toMatchObject({
      title: 0,
      currency: 1,
      value: 2,
    });
    expect(suggestMapping(['Name', 'Expected Close Date', 'Close Date'])).toMatchObject({
      title: 0,
      expectedCloseDate: 1,
      closedOn: 2,
    });
  });
});

describe('mapRowsToDeals', () => {
  it('imports CRM stages with their outcomes', () => {
    const { deals, errors } = importDeals(
      [
        'Opportunity Name,Account Name,Amount,Close Date,Stage,Tags',
        'Cash pooling,Northbridge Bank,"¥1,200,000",2024-11-02,Closed Won,"renewal; strategic"',
        '专线续约,华晟通信深圳分公司,12万,2024/10/15,输单,',
        'MES upgrade,Ironwood Components Ltd,"$250,000",2025-09-30,Negotiation/Review,',
        'Payroll,Eastgate Savings Bank,80000,,Prospecting,',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(deals.map((d) => [d.id, d.title, d.stage, d.outcome, d.currency, d.value])).toEqual([
      ['id-1', 'Cash pooling', 'closed', 'won', 'CNY', 1_200_000],
      ['id-2', '专线续约', 'closed', 'lost', 'CNY', 120_000],
      ['id-3', 'MES upgrade', 'negotiating', 'open', 'USD', 250_000],
      ['id-4', 'Payroll', 'preparing', 'open', 'CNY', 80_000],
    ]);
    const [won, lost, open] = deals;
    expect(won?.review).toMatchObject({ closedOn: '2024-11-02', finalPrice: 1_200_000 });
    expect(won?.tags).toEqual(['renewal', 'strategic']);
    expect(lost?.review).toMatchObject({ closedOn: '2024-10-15', finalPrice: null });
    // An open deal's close date is its expected close date.
    expect(open?.review.closedOn).toBeNull();
    expect(open?.expectedCloseDate).toBe('2025-09-30');
    expect(won).toMatchObject({ isSample: false, side: 'sell', createdAt: NOW.toISOString(), meetings: [] });
  });

  it('reads every mapped field', () => {
    const { deals, errors } = importDeals(
      [
        'Title;Counterpart;Value;Currency;Stage;Outcome;Closed on;Final price;Target;Walk-away;Counterpart style;Side;Lost reason;Notes',
        'Fleet;Harborview Logistics;1.234.567,50;eur;closed;won;05.03.2025;1.200.000;1.300.000;1.100.000;分析型;买方;;"line 1\nline 2"',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(deals[0]).toMatchObject({
      title: 'Fleet',
      counterpartOrg: 'Harborview Logistics',
      value: 1_234_567.5,
      currency: 'EUR',
      stage: 'closed',
      outcome: 'won',
      counterpartStyle: 'analytical',
      side: 'buy',
      notes: 'line 1\nline 2',
      review: { closedOn: '2025-03-05', finalPrice: 1_200_000 },
      worksheet: { numbers: { target: 1_300_000, walkAway: 1_100_000, isWalkAwayManual: true } },
    });
  });

  it('reports every problem of every row with its line and column', () => {
    const { deals, errors } = importDeals(
      [
        'Deal Name,Account,Amount,Close Date,Stage,Style,Currency,Tags',
        ',,abc,2024-02-30,Closed Won,bossy,Dollar,',
        'Good one,Acme,"1,200",2024-01-05,Won,driver,USD,',
        'No date,Acme,100,,Closed Lost,,,',
        '"Multi',
        'line",Acme,100,03/04/2024,Closed - Cancelled (admin),,,',
        'Closed generic,Acme,100,2024-01-01,Closed,,,',
        'Negative,Acme,-5,,,,,',
        `${'x'.repeat(201)},Acme,99999999亿,,,,,${'t'.repeat(41)}`,
      ].join('\n'),
    );
    expect(deals.map((d) => d.title)).toEqual(['Good one']);
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'Deal Name', 'required'],
      [2, 'Account', 'required'],
      [2, 'Amount', 'invalid-number'],
      [2, 'Currency', 'invalid-currency'],
      [2, 'Close Date', 'invalid-date'],
      [2, 'Style', 'invalid-choice'],
      [4, 'Close Date', 'required'],
      [5, 'Close Date', 'ambiguous-date'],
      [5, 'Stage', 'unmapped-value'],
      [7, 'Stage', 'required'],
      [8, 'Amount', 'negative-number'],
      [9, 'Deal Name', 'too-long'],
      [9, 'Tags', 'too-long'],
      [9, 'Amount', 'too-large'],
    ]);
    expect(errors[2]).toMatchObject({ field: 'value', value: 'abc' });
    expect(errors.every((error) => error.message.length > 10)).toBe(true);
  });

  it('flags a stage and an outcome that disagree', () => {
    const { errors } = importDeals(
      'Title,Customer,Stage,Outcome,Closed on\nA,X,Closed Won,lost,2024-01-01\nB,X,Closed Lost,open,2024-01-01\nC,X,谈判,won,2024-01-01\n',
    );
    expect(errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'conflict'],
      [3, 'conflict'],
    ]);
  });

  it('accepts slash dates once the order is chosen, and a default currency', () => {
    const { deals, errors } = importDeals('Title,Client,Close Date,Stage,Amount\nA,X,03/04/2024,Closed Won,100\n', {
      slashDateOrder: 'mdy',
      currency: 'USD',
    });
    expect(errors).toEqual([]);
    expect(deals[0]).toMatchObject({ currency: 'USD', review: { closedOn: '2024-03-04', finalPrice: 100 } });
  });
});

describe('objection and signal import', () => {
  const techniques = [
    { id: 'inquiry', name: { en: 'Inquiry', zh: '询问法' } },
    { id: 'compensation', name: { en: 'Compensation', zh: '补偿法' } },
  ];

  it('groups logged objections per deal and meeting', () => {
    const parsed = parseCsv(
      [
        '商机名称,会面日期,异议内容,异议类型,异议性质,处理技巧,结果',
        '现金管理平台,2025-03-01,太贵了,价格,真实,询问法、compensation,已解决',
        '现金管理平台,2025-03-01,老板不在,权力,,,部分解决',
        ' 现金管理平台 ,2025-02-01,不需要,需求,隐藏,,未解决',
        '专线续约,2025-03-02,别家更便宜,price,false,inquiry,resolved',
      ].join('\n'),
    );
    const mapping = suggestObjectionMapping(parsed.headers);
    expect(mapping).toMatchObject({
      dealTitle: 0,
      meetingDate: 1,
      text: 2,
      type: 3,
      nature: 4,
      techniques: 5,
      result: 6,
      dealId: null,
    });
    const { groups, errors } = mapRowsToObjections(parsed.rows, mapping, {
      newId: idMaker(),
      techniques,
      headers: parsed.headers,
    });
    expect(errors).toEqual([]);
    expect(
      groups.map((g) => [g.dealId, g.dealTitle, g.lines, g.meetings.map((m) => [m.date, m.objections.length])]),
    ).toEqual([
      [
        null,
        '现金管理平台',
        [2, 3, 4],
        [
          ['2025-02-01', 1],
          ['2025-03-01', 2],
        ],
      ],
      [null, '专线续约', [5], [['2025-03-02', 1]]],
    ]);
    expect(groups[0]?.meetings[1]?.objections[0]).toEqual({
      id: 'id-1',
      cardId: null,
      text: '太贵了',
      type: 'price',
      nature: 'true',
      techniqueIds: ['inquiry', 'compensation'],
      result: 'resolved',
    });
    expect(groups[0]?.meetings[1]?.objections[1]).toMatchObject({
      type: 'authority',
      nature: 'true',
      techniqueIds: [],
      result: 'partly',
    });
  });

  it('reports objection rows it cannot use', () => {
    const parsed = parseCsv(
      'Deal ID,Deal title,Meeting date,Objection,Type,Techniques,Result\n,,2025-01-01,x,price,,resolved\nd1,,,x,price,,resolved\nd1,,2025-01-01,,price,,resolved\nd1,,2025-01-01,x,colour,magic,\n' +
        `d1,,2025-01-01,${'y'.repeat(1001)},price,inquiry,resolved\n`,
    );
    const { groups, errors } = mapRowsToObjections(parsed.rows, suggestObjectionMapping(parsed.headers), {
      newId: idMaker(),
      techniques,
      headers: parsed.headers,
    });
    expect(groups).toEqual([]);
    expect(errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [2, 'dealTitle', 'required'],
      [3, 'meetingDate', 'required'],
      [4, 'text', 'required'],
      [5, 'type', 'invalid-choice'],
      [5, 'result', 'required'],
      [5, 'techniques', 'invalid-choice'],
      [6, 'text', 'too-long'],
    ]);
  });

  it('links signals to the playbook by id or description, keeps others as custom text', () => {
    const parsed = parseCsv(
      'Deal ID,Meeting date,Signal ID,Signal\nd1,2025-01-01,asks-payment,\nd1,2025-01-01,,Asks about payment terms\nd1,2025-01-02,,Pulled a chair closer\nd1,2025-01-02,nope,\n',
    );
    const mapping = suggestSignalMapping(parsed.headers);
    const { groups, errors } = mapRowsToSignals(parsed.rows, mapping, {
      newId: idMaker(),
      signals: [{ id: 'asks-payment', description: { en: 'Asks about payment terms', zh: '询问付款方式' } }],
    });
    expect(errors.map((e) => [e.line, e.code])).toEqual([[5, 'invalid-choice']]);
    expect(groups[0]?.meetings.map((m) => m.signals.map((s) => [s.signalId, s.text]))).toEqual([
      [
        ['asks-payment', ''],
        ['asks-payment', ''],
      ],
      [[null, 'Pulled a chair closer']],
    ]);
  });

  it('attaches activity to deals by id or unique title', () => {
    const base = (title: string, id: string): Deal =>
      createDeal({ ...emptyDealDraft(), title }, id, new Date('2025-01-01T00:00:00Z'));
    const existing: Deal = {
      ...base('Cash pooling', 'd1'),
      meetings: [
        {
          id: 'm1',
          date: '2025-03-01',
          attendees: 'CFO',
          notes: '',
          objections: [],
          signals: [],
          closingAttempts: [],
          concessions: [],
        },
      ],
    };
    const deals = [existing, base('Twin', 'd2'), base('twin', 'd3')];
    const parsed = parseCsv(
      'Deal ID,Deal title,Meeting date,Objection,Type,Result\n,cash POOLING,2025-03-01,Too expensive,price,resolved\n,cash pooling,2025-02-01,No budget,budget,unresolved\nd2,,2025-04-01,Who decides?,authority,partly\n,Twin,2025-04-01,x,need,resolved\n,Missing,2025-04-01,x,need,resolved\n',
    );
    const { groups } = mapRowsToObjections(parsed.rows, suggestObjectionMapping(parsed.headers), { newId: idMaker() });
    const result = attachActivity(deals, groups, { newId: () => 'new-meeting', now: NOW });
    expect(result.unmatched.map((u) => [u.group.dealTitle, u.reason])).toEqual([
      ['Twin', 'ambiguous'],
      ['Missing', 'not-found'],
    ]);
    expect(result.deals.map((d) => d.id)).toEqual(['d1', 'd2']);
    const cash = result.deals[0];
    expect(cash?.meetings.map((m) => [m.id, m.date, m.attendees, m.objections.map((o) => o.text)])).toEqual([
      ['new-meeting', '2025-02-01', '', ['No budget']],
      ['m1', '2025-03-01', 'CFO', ['Too expensive']],
    ]);
    expect(cash?.updatedAt).toBe(NOW.toISOString());
    expect(existing.meetings[0]?.objections).toEqual([]); // inputs are not mutated
  });
});
