// Accessibility checks run inside the page: axe-core's WCAG A/AA rules, and the contrast of SVG text, which axe skips.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type A11yProblem = { rule: string; impact: string; targets: string[]; summary: string };

/** axe-core's serious and critical findings for the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<A11yProblem[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
  return page.evaluate<A11yProblem[]>(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
        summary: violation.nodes[0]?.failureSummary ?? '',
      }));
  })()`);
}

/**
 * Every visible SVG <text> whose fill is below WCAG AA against the colour behind it (the nearest filled
 * SVG shape under the text's centre, else the nearest HTML background).
 */
export async function lowContrastSvgText(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(String.raw`(() => {
    const parse = (colour) => {
      const match = /rgba?\(([^)]+)\)/.exec(colour);
      if (!match?.[1]) return null;
      const [r = 0, g = 0, b = 0, a = 1] = match[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return [r, g, b, a];
    };
    const luminance = ([r, g, b]) => {
      const channel = (value) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a, b) => {
      const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (high + 0.05) / (low + 0.05);
    };
    const htmlBackground = (element) => {
      for (let node = element; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour && colour[3] > 0.5) return colour;
      }
      return [255, 255, 255, 1];
    };
    const shapeBehind = (text) => {
      const box = text.getBoundingClientRect();
      const stack = document.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      for (const element of stack) {
        if (element === text || text.contains(element) || element.closest('text')) continue;
        if (!(element instanceof SVGGeometryElement)) break;
        const style = getComputedStyle(element);
        const fill = parse(style.fill);
        if (fill && fill[3] * Number(style.fillOpacity || 1) * Number(style.opacity || 1) > 0.5) return fill;
      }
      return null;
    };
    const problems = [];
    for (const text of document.querySelectorAll('svg text')) {
      const box = text.getBoundingClientRect();
      if (!text.textContent?.trim() || box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(text);
      const fill = parse(style.fill);
      if (!fill || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const behind = shapeBehind(text) ?? htmlBackground(text.closest('svg')?.parentElement ?? null);
      const size = parseFloat(style.fontSize);
      const isLarge = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const value = ratio(fill, behind);
      if (value < (isLarge ? 3 : 4.5)) problems.push('"' + text.textContent.trim() + '" ' + value.toFixed(2) + ':1');
    }
    return problems;
  })()`);
}
