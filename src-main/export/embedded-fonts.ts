// Makes exported HTML self-contained: inlines only the bundled font chunks whose unicode-range the text needs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const FONT_CSS_FILE = 'noto-sans-sc.css';
export const EMBEDDED_FONT_FAMILY = 'Parley Sans SC';

export type FontChunk = { weight: number; file: string; ranges: [number, number][] };

/** The text a document prints at each weight; a chunk is embedded only for a weight that uses it. */
export type TextUsage = { regular: string; bold: string };

const parseRange = (part: string): [number, number] | null => {
  const match = /^U\+([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(part.trim());
  if (!match?.[1]) return null;
  const start = parseInt(match[1], 16);
  return [start, match[2] ? parseInt(match[2], 16) : start];
};

/** Reads the @font-face rules of the bundled stylesheet: weight, woff2 file and unicode-range. */
export function parseFontChunks(css: string): FontChunk[] {
  const chunks: FontChunk[] = [];
  for (const [, body = ''] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const weight = Number(/font-weight\s*:\s*(\d+)/.exec(body)?.[1] ?? 400);
    const file = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(body)?.[1];
    const ranges = (/unicode-range\s*:\s*([^;]+)/.exec(body)?.[1] ?? 'U+0-10FFFF')
      .split(',')
      .map(parseRange)
      .filter((range): range is [number, number] => range !== null);
    if (file) chunks.push({ weight, file, ranges });
  }
  return chunks;
}

const codePointsOf = (text: string): number[] => [...new Set([...text].map((char) => char.codePointAt(0) ?? 0))];

/**
 * The chunks (of one weight) the browser will draw `text` with, in stylesheet order. Where ranges
 * overlap the last rule declared wins (CSS Fonts 4), so a chunk whose code points are all drawn by a
 * later one is not needed.
 */
export function chunksFor(chunks: readonly FontChunk[], weight: number, text: string): FontChunk[] {
  let unclaimed = codePointsOf(text);
  const needed = new Set<FontChunk>();
  for (const chunk of [...chunks].reverse()) {
    if (chunk.weight !== weight || unclaimed.length === 0) continue;
    const covers = (point: number): boolean => chunk.ranges.some(([from, to]) => point >= from && point <= to);
    if (unclaimed.some(covers)) {
      needed.add(chunk);
      unclaimed = unclaimed.filter((point) => !covers(point));
    }
  }
  return chunks.filter((chunk) => needed.has(chunk));
}

const rangeText = (ranges: readonly [number, number][]): string =>
  ranges
    .map(([from, to]) => (from === to ? `U+${from.toString(16)}` : `U+${from.toString(16)}-${to.toString(16)}`))
    .join(',');

/** The bundled stylesheet covers CJK blocks only, so Latin text and punctuation keep the next font of the stack. */
export type FontEmbedder = (usage: TextUsage) => Promise<string>;

/**
 * `fontsDir` holds noto-sans-sc.css and its woff2 chunks (resources/fonts in the repository, the renderer
 * folder in a build). Chunks are read once and kept base64-encoded.
 */
export function createFontEmbedder(fontsDir: string): FontEmbedder {
  let chunks: Promise<FontChunk[]> | null = null;
  const encoded = new Map<string, Promise<string>>();
  const dataUrl = (file: string): Promise<string> => {
    let data = encoded.get(file);
    if (!data) {
      data = readFile(join(fontsDir, file)).then((bytes) => `data:font/woff2;base64,${bytes.toString('base64')}`);
      encoded.set(file, data);
    }
    return data;
  };
  return async ({ regular, bold }) => {
    chunks ??= readFile(join(fontsDir, FONT_CSS_FILE), 'utf8')
      .then(parseFontChunks)
      .catch((error: unknown) => {
        chunks = null;
        throw error;
      });
    const all = await chunks;
    const needed = [...chunksFor(all, 400, regular), ...chunksFor(all, 700, bold)];
    const faces = await Promise.all(
      needed.map(
        async (chunk) =>
          `@font-face{font-family:'${EMBEDDED_FONT_FAMILY}';font-style:normal;font-weight:${chunk.weight};` +
          `src:url(${await dataUrl(chunk.file)}) format('woff2');unicode-range:${rangeText(chunk.ranges)}}`,
      ),
    );
    return faces.join('\n');
  };
}
