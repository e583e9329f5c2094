// The focus ring is one outline in base.css; no other stylesheet may hide it or fall back to a shadow ring.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = resolve(import.meta.dirname, '../../src-renderer');

const stylesheets = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? stylesheets(join(dir, entry.name))
      : entry.name.endsWith('.css')
        ? [join(dir, entry.name)]
        : [],
  );

/** Declarations that would hide the outline or draw focus some other way. */
const HIDES_FOCUS =
  /outline(?:-style|-width)?\s*:\s*(?:none|0(?:px)?\b|hidden)|outline\s*:\s*[^;]*\btransparent\b|var\(--focus\)/;

describe('focus ring', () => {
  it('is an outline in base.css that a component rule cannot override', () => {
    const base = readFileSync(join(RENDERER, 'styles/base.css'), 'utf8');
    expect(base).toMatch(/:focus-visible\s*\{\s*outline:\s*2px solid var\(--focus-ring\) !important;/);
  });

  it('is never removed by a component stylesheet', () => {
    const offenders = stylesheets(RENDERER).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, where: `${relative(RENDERER, file)}:${index + 1}` }))
        .filter(({ line }) => HIDES_FOCUS.test(line))
        .map(({ where, line }) => `${where} ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
