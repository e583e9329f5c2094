import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrepSheetRequest } from '@shared/domain/prep-sheet';
import { chunksFor, parseFontChunks } from '../../src-main/export/embedded-fonts';
import type { ExportPorts, SavePathRequest } from '../../src-main/export/ports';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createServices, type Services } from '../../src-main/services/create-services';
import { completeDraft, completeWorksheet } from './prep-sheet-fixtures';

const fontFaces = (html: string): number => html.match(/@font-face/g)?.length ?? 0;

describe('export service', () => {
  let dataDir: string;
  let outDir: string;
  let services: Services;
  let dealId: string;
  let answers: (string | null)[];
  const asked: SavePathRequest[] = [];
  const rendered: string[] = [];
  const ports: ExportPorts = {
    renderPdf: async (html) => {
      rendered.push(html);
      return new TextEncoder().encode('%PDF-1.7 fake');
    },
    chooseSavePath: async (request) => {
      asked.push(request);
      return answers.shift() ?? null;
    },
    printHtml: async () => true,
  };
  const request = (patch: Partial<PrepSheetRequest> = {}): PrepSheetRequest => ({
    dealId,
    language: 'en',
    variant: 'full',
    paper: 'a4',
    ...patch,
  });

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'parley-export-'));
    outDir = mkdtempSync(join(tmpdir(), 'parley-export-out-'));
    asked.length = 0;
    rendered.length = 0;
    answers = [];
    services = await createServices({ dataDir, export: { ports } });
    const deal = await services.deals.create(completeDraft());
    await services.deals.save({ ...deal, worksheet: completeWorksheet() });
    dealId = deal.id;
  });
  afterEach(() => {
    services.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  it('previews a self-contained page that embeds only the font chunks its text needs', async () => {
    const english = await services.export.preview(request());
    const chinese = await services.export.preview(request({ language: 'zh-CN' }));
    expect(english.html).toContain('<h1>Network renewal 2027</h1>');
    expect(english.html).toContain('@page{size:A4;');
    expect(english.html).not.toMatch(/<script|src=["']?http|url\((?!data:)/);
    expect(chinese.html).toContain('<h2>关键数字</h2>');
    expect(fontFaces(english.html)).toBeGreaterThan(0); // the Chinese name of one contact
    expect(fontFaces(chinese.html)).toBeGreaterThan(fontFaces(english.html));
    expect(fontFaces(chinese.html)).toBeLessThan(80); // the bundled CSS has about 200 chunks
    expect((await services.export.preview(request({ paper: 'letter' }))).html).toContain('@page{size:letter;');
  });

  it('saves a PDF where the user chose, and offers that folder next time', async () => {
    answers = [join(outDir, 'renewal.pdf'), join(outDir, 'renewal-notes')];
    const saved = await services.export.exportPrepSheet({ ...request(), format: 'pdf' });
    expect(saved).toEqual({ status: 'saved', path: join(outDir, 'renewal.pdf'), format: 'pdf' });
    expect(readFileSync(join(outDir, 'renewal.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    expect(rendered[0]).toContain('Network renewal 2027');
    expect(asked[0]).toMatchObject({ fileName: 'Network renewal 2027 – prep sheet.pdf', folder: null, format: 'pdf' });

    const markdown = await services.export.exportPrepSheet({ ...request({ variant: 'sharing' }), format: 'markdown' });
    expect(markdown).toEqual({ status: 'saved', path: join(outDir, 'renewal-notes.md'), format: 'markdown' });
    expect(readFileSync(join(outDir, 'renewal-notes.md'), 'utf8')).toMatch(/^# Network renewal 2027/);
    expect(asked[1]).toMatchObject({ fileName: 'Network renewal 2027 – prep sheet (sharing copy).md', folder: outDir });
    expect(JSON.parse(readFileSync(join(dataDir, 'workbench.json'), 'utf8')).export).toEqual({ lastFolder: outDir });
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const result = await services.export.exportPrepSheet({ ...request(), format: 'pdf' });
    expect(result).toEqual({ status: 'cancelled' });
    expect(rendered).toHaveLength(0);
    expect(services.context.store.workbench.data.export.lastFolder).toBeNull();
  });

  it('answers through the channels, and says so plainly when a port is missing', async () => {
    const dispatch = createDispatch(createHandlers(services));
    const preview = await dispatch('export:prep-sheet-preview', request({ language: 'zh-CN' }));
    expect(preview.ok).toBe(true);
    expect(await dispatch('export:prep-sheet-print', request())).toEqual({ ok: true, value: { status: 'printed' } });
    const invalid = await dispatch('export:prep-sheet', { ...request(), format: 'docx' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    const bare = await createServices({ dataDir: mkdtempSync(join(tmpdir(), 'parley-export-bare-')) });
    const deal = await bare.deals.create(completeDraft());
    const failed = await createDispatch(createHandlers(bare))('export:prep-sheet', {
      ...request({ dealId: deal.id }),
      format: 'pdf',
    });
    expect(failed).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Saving files is not available in this environment.' },
    });
    rmSync(bare.context.store.dataDir, { recursive: true, force: true });
    bare.close();
    expect(existsSync(join(outDir, 'renewal.pdf'))).toBe(false);
  });
});

describe('embedded fonts', () => {
  const css = readFileSync(resolve(import.meta.dirname, '../../resources/fonts/noto-sans-sc.css'), 'utf8');
  const chunks = parseFontChunks(css);

  it('reads every chunk of the bundled stylesheet at both weights', () => {
    expect(chunks.length).toBeGreaterThanOrEqual(150);
    expect(new Set(chunks.map((chunk) => chunk.weight))).toEqual(new Set([400, 700]));
    for (const chunk of chunks)
      expect(existsSync(resolve(import.meta.dirname, '../../resources/fonts', chunk.file))).toBe(true);
  });

  it('limits every chunk to CJK blocks, so Latin letters and punctuation come from the Latin font', () => {
    const cjk = (point: number): boolean =>
      (point >= 0x2e80 && point <= 0x9fff) ||
      (point >= 0xf900 && point <= 0xfaff) ||
      (point >= 0xfe10 && point <= 0xfe4f) ||
      (point >= 0xff00 && point <= 0xffef) ||
      point >= 0x20000;
    for (const chunk of chunks) for (const [from, to] of chunk.ranges) expect([from, to].every(cjk)).toBe(true);
    expect(chunksFor(chunks, 400, 'Hello “Network” don’t – …')).toEqual([]);
  });

  it('picks the chunks that cover the text, per weight', () => {
    const chinese = chunksFor(chunks, 700, '谈判准备单');
    expect(chinese.length).toBeGreaterThan(0);
    expect(chinese.every((chunk) => chunk.weight === 700)).toBe(true);
    expect(chunksFor(chunks, 400, '')).toEqual([]);
  });
});
