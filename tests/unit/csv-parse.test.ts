import { describe, expect, it } from 'vitest';
import {
  parseAmountCell,
  parseCurrencyCell,
  parseDateCell,
  parseListCell,
  cellText,
} from '../../src-shared/domain/csv/cell-values';
import { inferDateOrder } from '../../src-shared/domain/csv/date-order';
import { detectDelimiter, parseCsv, parseCsvInSlices } from '../../src-shared/domain/csv/parse-csv';

describe('parseCsv', () => {
  it('strips the BOM and reads quotes, doubled quotes and embedded newlines', () => {
    const text = '\uFEFFTitle,Notes,Value\r\n"Deal, one","He said ""no""\r\nthen yes",100\r\nDeal two,,200\r\n';
    const parsed = parseCsv(text);
    expect(parsed.headers).toEqual(['Title', 'Notes', 'Value']);
    expect(parsed.delimiter).toBe(',');
    expect(parsed.rows).toEqual([
      { line: 2, cells: ['Deal, one', 'He said "no"\nthen yes', '100'] },
      { line: 4, cells: ['Deal two', '', '200'] },
    ]);
    expect(parsed.errors).toEqual([]);
  });

  it('reads Chinese text and detects a semicolon delimiter', () => {
    const parsed = parseCsv(
      '商机名称;客户名称;金额\n现金管理平台;恒信银行上海分行;"1.234,50"\n专线续约;"华晟通信;深圳分公司";12万\n',
    );
    expect(parsed.delimiter).toBe(';');
    expect(parsed.headers).toEqual(['商机名称', '客户名称', '金额']);
    expect(parsed.rows.map((row) => row.cells)).toEqual([
      ['现金管理平台', '恒信银行上海分行', '1.234,50'],
      ['专线续约', '华晟通信;深圳分公司', '12万'],
    ]);
  });

  it('reads a large file in slices exactly as a whole: quoted line breaks and quotes across slice ends', async () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => [
      `r${index}`,
      `"two\nlines ""${index}"""`,
      'x'.repeat(index % 40),
    ]);
    const text = ['id,note,pad', ...rows.map((row) => row.join(','))].join('\r\n');
    let checkpoints = 0;
    const sliced = await parseCsvInSlices(text, { checkpoint: () => void checkpoints++ });
    expect(checkpoints).toBeGreaterThan(5);
    expect(sliced).toEqual(parseCsv(text));
    expect(sliced.errors).toEqual([]);
    expect(sliced.rows).toHaveLength(20_000);
    expect(sliced.rows[12_345]).toEqual({
      line: 2 + 12_345 * 2,
      cells: ['r12345', 'two\nlines "12345"', 'x'.repeat(12_345 % 40)],
    });
  });

  it('counts lines across blank lines, lone CRs and multi-line cells', () => {
    const parsed = parseCsv('a,b\r\r1,2\r"x\ny\nz",3\n\n\n4,5');
    expect(parsed.rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [3, '1'],
      [4, 'x\ny\nz'],
      [9, '4'],
    ]);
  });

  it('pads short rows and reports extra cells and broken quotes', () => {
    const parsed = parseCsv('a,b\n1\n2,3,4\n5,6,\n"7,8\n');
    expect(parsed.rows.map((row) => row.cells)).toEqual([
      ['1', ''],
      ['2', '3'],
      ['5', '6'],
      ['7,8\n', ''],
    ]);
    expect(parsed.errors.map((error) => [error.line, error.code])).toEqual([
      [3, 'extra-cells'],
      [5, 'unclosed-quote'],
    ]);
  });

  it('reports an empty file', () => {
    expect(parseCsv('\uFEFF\r\n  \r\n')).toMatchObject({ headers: [], rows: [], errors: [{ code: 'empty-file' }] });
  });

  it('detects the delimiter from the header line only, ignoring quoted text', () => {
    expect(detectDelimiter('"a;b;c",d,e\n1;2;3;4;5;6')).toBe(',');
    expect(detectDelimiter('\n\na;b\n1,2,3')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('single\n1,2,3')).toBe(',');
    expect(parseCsv('a,b\n1;2,3', { delimiter: ';' }).headers).toEqual(['a,b']);
  });
});

describe('cell values', () => {
  it('accepts the documented date formats', () => {
    for (const text of [
      '2024-03-05',
      '2024/3/5',
      '2024.03.05',
      '2024年3月5日',
      '05.03.2024',
      '2024-03-05T09:30:00Z',
      '2024-03-05 09:30',
    ]) {
      expect(parseDateCell(text), text).toEqual({ ok: true, value: '2024-03-05' });
    }
    expect(parseDateCell('  ')).toEqual({ ok: true, value: null });
    expect(parseDateCell('２０２４－０３－０５')).toEqual({ ok: true, value: '2024-03-05' });
  });

  it('rejects bad and ambiguous dates unless an order is chosen', () => {
    for (const text of ['2024-02-30', '2023-02-29', '2024-13-01', 'March 5', '5/3', '20240305', 'yesterday']) {
      expect(parseDateCell(text), text).toMatchObject({ ok: false, code: 'invalid-date' });
    }
    expect(parseDateCell('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDateCell('03/04/2024')).toMatchObject({ ok: false, code: 'ambiguous-date' });
    expect(parseDateCell('03/04/2024', 'dmy')).toEqual({ ok: true, value: '2024-04-03' });
    expect(parseDateCell('03/04/2024', 'mdy')).toEqual({ ok: true, value: '2024-03-04' });
    expect(parseDateCell('13/04/2024', 'mdy')).toMatchObject({ ok: false, code: 'invalid-date' });
  });

  it('reads amounts with grouping, decimal commas, currency symbols and Chinese units', () => {
    const amount = (text: string) => {
      const result = parseAmountCell(text);
      return result.ok ? result.value : result.code;
    };
    expect(amount('1200')).toEqual({ amount: 1200, currency: null });
    expect(amount('1,200')).toEqual({ amount: 1200, currency: null });
    expect(amount('1,234,567.89')).toEqual({ amount: 1234567.89, currency: null });
    expect(amount('1.234.567,89')).toEqual({ amount: 1234567.89, currency: null });
    expect(amount('1.200.000')).toEqual({ amount: 1200000, currency: null });
    expect(amount('12,5')).toEqual({ amount: 12.5, currency: null });
    expect(amount('1.5')).toEqual({ amount: 1.5, currency: null });
    expect(amount('¥12,000')).toEqual({ amount: 12000, currency: 'CNY' });
    expect(amount('￥12,000')).toEqual({ amount: 12000, currency: 'CNY' });
    expect(amount('12万')).toEqual({ amount: 120000, currency: null });
    expect(amount('1.5万元')).toEqual({ amount: 15000, currency: 'CNY' });
    expect(amount('人民币 3亿')).toEqual({ amount: 300000000, currency: 'CNY' });
    expect(amount('US$ 2.5k')).toEqual({ amount: 2500, currency: 'USD' });
    expect(amount('€1.2m')).toEqual({ amount: 1200000, currency: 'EUR' });
    expect(amount('1 200 000')).toEqual({ amount: 1200000, currency: null });
    expect(amount('')).toBeNull();
    for (const bad of ['12,34,5', '1,2345', 'abc', '1.2.3', '12万万', '¥', '1,200.000,5', '$12€']) {
      expect(amount(bad), bad).toBe('invalid-number');
    }
    expect(amount('-1,200')).toBe('negative-number');
    expect(amount("'-5")).toBe('negative-number');
  });

  it('reads currencies, lists and our own formula escapes', () => {
    expect(parseCurrencyCell('rmb')).toEqual({ ok: true, value: 'CNY' });
    expect(parseCurrencyCell('人民币')).toEqual({ ok: true, value: 'CNY' });
    expect(parseCurrencyCell('usd')).toEqual({ ok: true, value: 'USD' });
    expect(parseCurrencyCell('€')).toEqual({ ok: true, value: 'EUR' });
    expect(parseCurrencyCell('Dollar')).toMatchObject({ ok: false, code: 'invalid-currency' });
    expect(parseListCell('a, b;c | d、e，a')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(cellText("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(cellText("'quoted")).toBe("'quoted");
  });
});

describe('dates read per column', () => {
  it('settles day/month order from the whole column: one day over 12 decides', () => {
    expect(inferDateOrder(['3/1/2017', '4/2/2017', '12/25/2016'])).toEqual({ order: 'mdy', isAmbiguous: false });
    expect(inferDateOrder(['03-01-17', '25-12-16', ''])).toEqual({ order: 'dmy', isAmbiguous: false });
    expect(inferDateOrder(['3/1/2017', '4/2/2017'])).toEqual({ order: null, isAmbiguous: true });
    expect(inferDateOrder(['2017-03-01', '2017年3月1日'])).toEqual({ order: null, isAmbiguous: false });
    expect(inferDateOrder(['13/1/2017', '1/13/2017'])).toEqual({ order: null, isAmbiguous: false });
  });

  it('reads two-digit years with the Excel pivot, Excel serials, 2017/3/1, 年月日 and times', () => {
    expect(parseDateCell('25-12-16')).toEqual({ ok: true, value: '2016-12-25' });
    expect(parseDateCell('01-03-29', 'dmy')).toEqual({ ok: true, value: '2029-03-01' });
    expect(parseDateCell('01-03-30', 'dmy')).toEqual({ ok: true, value: '1930-03-01' });
    expect(parseDateCell('42736')).toEqual({ ok: true, value: '2017-01-01' });
    expect(parseDateCell('42736.5')).toEqual({ ok: true, value: '2017-01-01' });
    expect(parseDateCell('2017/3/1 9:30')).toEqual({ ok: true, value: '2017-03-01' });
    expect(parseDateCell('2017年3月1日 14:00')).toEqual({ ok: true, value: '2017-03-01' });
    expect(parseDateCell('3/1/2017 10:15 AM', 'mdy')).toEqual({ ok: true, value: '2017-03-01' });
    expect(parseDateCell('3/1/2017')).toMatchObject({ ok: false, code: 'ambiguous-date' });
    expect(parseDateCell('1.3.2017')).toEqual({ ok: true, value: '2017-03-01' });
  });
});
