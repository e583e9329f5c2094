// Real CRM export shapes through the import service on a real data folder: encodings, quirks, value meanings,
// row choices, currency, dates read per column, re-import by CRM id, undo, and the journal across a restart.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportRequest } from '@shared/domain/history/records';
import { noRowChoices } from '@shared/domain/csv/row-choices';
import { toDealFacts } from '@shared/domain/stats/deal-facts';
import type { Services } from '../../src-main/services/create-services';
import { JOURNAL_DIR } from '../../src-main/store/journal';
import {
  chineseCrmBytes,
  CRM_8800,
  crm8800Csv,
  hubspotCsv,
  pipedriveCsv,
  salesforceCsv,
} from '../fixtures/crm-exports';
import { useTempDirs } from './store-fixtures';
import { createLoadedServices } from './open-loaded';

const NOW = new Date('2026-03-01T09:00:00Z');
const base64 = (text: string | Uint8Array): string =>
  Buffer.from(typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64');
const request = (file: string | Uint8Array, patch: Partial<ImportRequest> = {}): ImportRequest => ({
  kind: 'deals',
  base64: base64(file),
  mapping: null,
  slashDateOrder: null,
  ...patch,
});

describe('CRM exports', () => {
  const tempDir = useTempDirs('parley-crm-');
  let dataDir: string;
  let services: Services;
  let next = 0;
  const open = (dir: string): Promise<Services> =>
    createLoadedServices({ dataDir: dir, now: () => NOW, newId: () => `deal-${++next}` });

  beforeEach(async () => {
    dataDir = await tempDir();
    services = await open(dataDir);
  });
  afterEach(async () => {
    await services.context.store.flush();
    services.close();
  });

  const deals = () => services.context.store.deals.all();

  it('reads a Salesforce report: BOM, CRLF, grouped amounts, US dates settled by the column, file currency', async () => {
    const preview = await services.history.importPreview(request(salesforceCsv()));
    expect(preview.mapping).toMatchObject({
      sourceId: 0,
      title: 1,
      counterpartOrg: 2,
      value: 3,
      currency: 4,
      stage: 5,
    });
    expect(preview.dateColumns).toEqual([
      { field: 'openedOn', column: 'Created Date', order: 'mdy', isAmbiguous: false },
      { field: 'closedOn', column: 'Close Date', order: 'mdy', isAmbiguous: false },
    ]);
    expect(preview).toMatchObject({ isReady: true, willCreate: 4, encoding: 'utf-8' });
    await services.history.importCommit(request(salesforceCsv()));
    const won = deals().find((deal) => deal.sourceId === '0065g00000AbcD1');
    expect(won).toMatchObject({ outcome: 'won', value: 1_200_000, currency: 'USD', openedOn: '2024-03-02' });
    expect(won?.review.closedOn).toBe('2024-11-30');
  });

  it('reads HubSpot stage ids, semicolons and quoted line breaks, and ignores empty trailing rows', async () => {
    const preview = await services.history.importPreview(request(hubspotCsv(), { currency: 'EUR' }));
    expect(preview.rowCount).toBe(3);
    expect(preview.statusValues[0]?.values.map((value) => [value.value, value.suggestion])).toEqual([
      ['appointmentscheduled', 'preparing'],
      ['closedlost', 'lost'],
      ['closedwon', 'won'],
    ]);
    await services.history.importCommit(request(hubspotCsv(), { currency: 'EUR' }));
    expect(
      deals()
        .map((deal) => [deal.title, deal.outcome, deal.currency])
        .sort(),
    ).toEqual([
      ['CRM seats', 'lost', 'EUR'],
      ['Payroll outsourcing', 'won', 'EUR'],
      ['Support plan', 'open', 'EUR'],
    ]);
    expect(deals().find((deal) => deal.title === 'Payroll outsourcing')?.notes).toBe('Signed after\nthe second visit');
  });

  it('reads Pipedrive exports with trailing empty columns and an open/won/lost status', async () => {
    await services.history.importCommit(request(pipedriveCsv()));
    expect(
      deals()
        .map((deal) => [deal.sourceId, deal.outcome, deal.currency, deal.openedOn])
        .sort(),
    ).toEqual([
      ['301', 'won', 'EUR', '2024-01-08'],
      ['302', 'lost', 'EUR', '2024-02-12'],
      ['303', 'open', 'EUR', '2024-03-01'],
    ]);
  });

  it('decodes a Chinese CRM export saved as GB18030 and reads its words, dates and amounts', async () => {
    const preview = await services.history.importPreview(request(chineseCrmBytes(), { currency: 'CNY' }));
    expect(preview.encoding).toBe('gb18030');
    expect(preview.headers).toEqual([
      '商机编号',
      '商机名称',
      '客户名称',
      '商机金额',
      '销售阶段',
      '结单日期',
      '创建时间',
    ]);
    expect(preview.isReady).toBe(true);
    await services.history.importCommit(request(chineseCrmBytes(), { currency: 'CNY' }));
    const lost = deals().find((deal) => deal.title === '数据中心迁移');
    expect(lost).toMatchObject({ outcome: 'lost', value: 900_000, openedOn: '2024-01-15', sourceId: 'SJ-004' });
    expect(deals().find((deal) => deal.title === '车队管理平台')).toMatchObject({
      outcome: 'open',
      stage: 'negotiating',
    });
  });

  it('takes the 8,800-row export: grouped problems, a default account, value meanings, re-import and undo', async () => {
    const csv = crm8800Csv();
    const first = await services.history.importPreview(request(csv, { mapping: null }));
    expect(first.mapping).toMatchObject({ sourceId: 0, counterpartOrg: 3, stage: 4, openedOn: 5, closedOn: 6 });
    expect(first.mapping.title).not.toBe(0); // never the opaque id
    const mapping = { ...first.mapping, title: 2 };
    const preview = await services.history.importPreview(request(csv, { mapping, currency: 'USD' }));
    expect(preview.dateColumns).toEqual([
      { field: 'openedOn', column: 'engage_date', order: 'dmy', isAmbiguous: false },
      { field: 'closedOn', column: 'close_date', order: 'mdy', isAmbiguous: false },
    ]);
    expect(preview.causes).toEqual([
      expect.objectContaining({ key: 'counterpartOrg:required', rowCount: CRM_8800.emptyAccounts, column: 'account' }),
    ]);
    expect(preview.isReady).toBe(false);

    const withDefault: ImportRequest = request(csv, {
      mapping,
      currency: 'USD',
      choices: { causes: { 'counterpartOrg:required': { action: 'default', value: 'Unknown account' } }, fixes: {} },
    });
    expect(await services.history.importPreview(withDefault)).toMatchObject({ isReady: true, willCreate: 8800 });
    expect(await services.history.importCommit(withDefault)).toMatchObject({ created: 8800, updated: 0 });
    const facts = deals().map(toDealFacts);
    expect(facts.filter((fact) => fact.outcome === 'won')).toHaveLength(CRM_8800.won);
    expect(facts.filter((fact) => fact.outcome === 'open')).toHaveLength(CRM_8800.engaging + CRM_8800.prospecting);
    // Open deals are placed at their engage date, not at the import day.
    expect(facts.filter((fact) => fact.outcome === 'open').every((fact) => fact.date < '2018-01-01')).toBe(true);
    expect(deals().filter((deal) => deal.counterpartOrg === 'Unknown account')).toHaveLength(CRM_8800.emptyAccounts);
    expect(new Set(deals().map((deal) => deal.currency))).toEqual(new Set(['USD']));

    // The same file again: nothing new; one changed row is an update.
    expect(
      await services.history.importPreview(
        request(csv, { mapping: null, choices: withDefault.choices ?? noRowChoices() }),
      ),
    ).toMatchObject({
      isRemembered: true,
      willCreate: 0,
      willUpdate: 0,
      unchanged: 8800,
    });
    const changed = csv.replace(/,Won,([^,]*),([^,]*),(\d+)\n/, ',Lost,$1,$2,0\n');
    const reimport = request(changed, { mapping: null, choices: withDefault.choices ?? noRowChoices() });
    expect(await services.history.importPreview(reimport)).toMatchObject({ willCreate: 0, willUpdate: 1 });
    const result = await services.history.importCommit(reimport);
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 8799 });
    expect(deals().filter((deal) => deal.outcome === 'won')).toHaveLength(CRM_8800.won - 1);

    await services.history.importUndo({ importId: result.importId ?? '' });
    expect(deals()).toHaveLength(8800);
    expect(deals().filter((deal) => deal.outcome === 'won')).toHaveLength(CRM_8800.won);
  }, 120_000);

  it('skips the rows of a cause when asked, committing the rest', async () => {
    const lines = crm8800Csv().trimEnd().split('\n');
    const csv = [lines[0], ...lines.slice(-2000)].join('\n');
    const skip = request(csv, {
      mapping: { sourceId: 0, title: 2, counterpartOrg: 3, stage: 4, openedOn: 5, closedOn: 6, value: 7 },
      currency: 'USD',
      choices: { causes: { 'counterpartOrg:required': { action: 'skip' } }, fixes: {} },
    });
    const preview = await services.history.importPreview(skip);
    expect(preview.causes[0]).toMatchObject({ key: 'counterpartOrg:required', rowCount: 1336 });
    expect(preview).toMatchObject({ isReady: true, willSkip: 1336 });
    expect(await services.history.importCommit(skip)).toMatchObject({ created: 2000 - preview.willSkip });
  });

  it('finishes an import whose files were not all written when the app stopped (journal replay)', async () => {
    const csv = pipedriveCsv();
    await services.history.importCommit(request(csv));
    // What a crash right after the journal's commit point leaves: the journal, and deal files not yet written.
    const journal = services.context.store.journal;
    const { writeFile, mkdir, rm } = await import('node:fs/promises');
    await services.context.store.flush();
    services.close();
    const files = (await readdir(join(dataDir, 'deals'))).filter((name) => name.endsWith('.json'));
    const texts = await Promise.all(
      files.map((name) => import('node:fs/promises').then((fs) => fs.readFile(join(dataDir, 'deals', name), 'utf8'))),
    );
    await mkdir(join(dataDir, JOURNAL_DIR), { recursive: true });
    await writeFile(
      join(dataDir, JOURNAL_DIR, 'replay.json'),
      JSON.stringify({
        id: 'replay',
        entries: files.map((name, index) => ({ file: `deals/${name}`, text: texts[index], base: null })),
      }),
    );
    await Promise.all(files.map((name) => rm(join(dataDir, 'deals', name))));
    void journal;
    services = await open(dataDir);
    expect(deals()).toHaveLength(3);
    expect(await readdir(join(dataDir, JOURNAL_DIR))).toEqual([]);
  });
});
