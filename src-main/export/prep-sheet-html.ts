// The prep sheet as one self-contained, printable HTML page: the PDF, the print and the in-app preview all use it.
import type {
  Fact,
  ListItem,
  PaperSize,
  PrepBlock,
  PrepSection,
  PrepSheet,
  PriceScale,
  TableRow,
} from '@shared/domain/prep-sheet';
import { EMBEDDED_FONT_FAMILY, type FontEmbedder, type TextUsage } from './embedded-fonts';

const PAGE: Record<PaperSize, { css: string; width: string; height: string }> = {
  a4: { css: 'A4', width: '210mm', height: '297mm' },
  letter: { css: 'letter', width: '8.5in', height: '11in' },
};

/** Text and attribute values (always double-quoted) in HTML, <title> included. */
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A value inside a double-quoted attribute (class names and the like): escaped the same way as text. */
const attr = (value: string | number): string => escapeHtml(String(value));

/**
 * A CSS string literal inside <style> (page-margin content). HTML entities mean nothing there, so every character
 * that could end the string, the rule or the element (`"`, `\`, `<`, `>`, `&`, line breaks) is a CSS hex escape.
 */
const cssString = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  `"${text.replace(/[\r\n]+/g, ' ').replace(/["\\<>&\u0000-\u001f\u007f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;

/** Collects the text printed at each weight while the page is written, so only the fonts it needs are embedded. */
class Writer {
  private readonly regular: string[] = [];
  private readonly bold: string[] = [];

  /** Regular-weight text, escaped. */
  text(value: string): string {
    this.regular.push(value);
    return escapeHtml(value);
  }

  /** Bold text, escaped. */
  strong(value: string): string {
    this.bold.push(value);
    return escapeHtml(value);
  }

  usage(): TextUsage {
    return { regular: this.regular.join(''), bold: this.bold.join('') };
  }
}

const tags = (w: Writer, values: readonly string[]): string =>
  values.map((value) => `<span class="tag">${w.text(value)}</span>`).join('');

const blockTitle = (w: Writer, title: string | undefined): string =>
  title === undefined ? '' : `<h3>${w.strong(title)}</h3>`;

function factsHtml(w: Writer, facts: readonly Fact[]): string {
  const items = facts.map(
    (fact) =>
      `<div class="fact tone-${attr(fact.tone ?? 'plain')}"><dt>${w.text(fact.label)}</dt>` +
      `<dd>${w.strong(fact.value)}</dd>${fact.note ? `<dd class="note">${w.text(fact.note)}</dd>` : ''}</div>`,
  );
  return `<dl class="facts">${items.join('')}</dl>`;
}

function scaleHtml(w: Writer, scale: PriceScale): string {
  const at = (value: number): string => `${(((value - scale.min) / (scale.max - scale.min)) * 100).toFixed(2)}%`;
  const width = (from: number, to: number): string =>
    `${((Math.abs(to - from) / (scale.max - scale.min)) * 100).toFixed(2)}%`;
  const bands = scale.bands.map(
    (band) =>
      `<span class="band band-${attr(band.role)}" style="left:${attr(at(Math.min(band.from, band.to)))};width:${attr(width(band.from, band.to))}"></span>`,
  );
  const markers = scale.markers.map(
    (marker) => `<span class="marker marker-${attr(marker.role)}" style="left:${attr(at(marker.value))}"></span>`,
  );
  const legend = [
    ...scale.markers.map(
      (m) => `<span class="key"><i class="swatch marker-${attr(m.role)}"></i>${w.text(m.label)}</span>`,
    ),
    ...scale.bands.map((b) => `<span class="key"><i class="swatch band-${attr(b.role)}"></i>${w.text(b.label)}</span>`),
  ];
  return (
    `<div class="scale" aria-hidden="true"><div class="track">${bands.join('')}${markers.join('')}</div>` +
    `<div class="legend">${legend.join('')}</div></div>`
  );
}

function listHtml(w: Writer, title: string | undefined, items: readonly ListItem[], isOrdered: boolean): string {
  const tag = isOrdered ? 'ol' : 'ul';
  // Tags go on the detail line when there is one, so a long item does not wrap onto a line of tags.
  const rows = items.map((item) => {
    const itemTags = item.tags.length > 0 ? tags(w, item.tags) : '';
    return item.detail
      ? `<li><div class="item-text">${w.text(item.text)}</div><div class="detail">${itemTags}${w.text(item.detail)}</div></li>`
      : `<li><div class="item-text">${w.text(item.text)}${itemTags ? ` ${itemTags}` : ''}</div></li>`;
  });
  return `<div class="block list">${blockTitle(w, title)}<${tag}>${rows.join('')}</${tag}></div>`;
}

function tableHtml(
  w: Writer,
  title: string | undefined,
  columns: readonly string[],
  rows: readonly TableRow[],
): string {
  const head = columns.map((column) => `<th>${w.strong(column)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.cells.map((cell) => `<td>${w.text(cell)}</td>`).join('')}</tr>`).join('');
  return (
    `<div class="block table cols-${attr(columns.length)}">${blockTitle(w, title)}` +
    `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`
  );
}

function blockHtml(w: Writer, block: PrepBlock): string {
  switch (block.kind) {
    case 'facts':
      return factsHtml(w, block.facts);
    case 'scale':
      return scaleHtml(w, block.scale);
    case 'list':
      return listHtml(w, block.title, block.items, block.ordered === true);
    case 'table':
      return tableHtml(w, block.title, block.columns, block.rows);
    case 'text':
      return `<div class="block text">${blockTitle(w, block.title)}<p>${w.text(block.text)}</p></div>`;
  }
}

const sectionHtml = (w: Writer, section: PrepSection): string =>
  `<section class="section section-${attr(section.id)} layout-${attr(section.layout)}">` +
  `<h2>${w.strong(section.heading)}</h2><div class="blocks">${section.blocks.map((b) => blockHtml(w, b)).join('')}</div></section>`;

function mastheadHtml(w: Writer, sheet: PrepSheet): string {
  const facts = sheet.facts
    .map((fact) => `<div><dt>${w.text(fact.label)}</dt><dd>${w.strong(fact.value)}</dd></div>`)
    .join('');
  return (
    `<header class="masthead"><div class="kicker-row"><span class="kicker">${w.strong(sheet.documentTitle)}</span>` +
    `<span class="variant variant-${attr(sheet.variant)}">${w.strong(sheet.variantLabel)}</span></div>` +
    `<h1>${w.strong(sheet.dealTitle)}</h1><p class="counterpart">${w.text(sheet.counterpart)}</p>` +
    `<dl class="meta">${facts}</dl><p class="variant-note">${w.text(sheet.variantNote)}</p></header>`
  );
}

const STYLES = `
:root{--ink:#17202c;--ink-2:#4a5463;--ink-3:#5f6877;--rule:#d8dde5;--soft:#f3f5f8;--accent:#1e3f7a;--accent-soft:#e4ebf6;
--caution:#9f2d25;--caution-soft:#fbeceb;--good:#1d6f47;--good-soft:#e2f1e8;--band:#b7cbe9}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;color:var(--ink);font-family:'${EMBEDDED_FONT_FAMILY}','Liberation Sans',Arial,Helvetica,sans-serif;font-size:8.4pt;line-height:1.38;
font-variant-numeric:tabular-nums;-webkit-font-smoothing:antialiased}
h1,h2,h3,p,dl,dd,ul,ol{margin:0;padding:0}
.masthead{border-top:3.2pt solid var(--accent);padding-top:7pt;margin-bottom:9pt}
.kicker-row{display:flex;justify-content:space-between;align-items:center;gap:12pt}
.kicker{font-size:7.4pt;font-weight:700;letter-spacing:.1em;text-transform:uppercase;color:var(--accent)}
.variant{font-size:7pt;font-weight:700;letter-spacing:.08em;text-transform:uppercase;padding:1.5pt 6pt;border-radius:3pt;border:.8pt solid}
.variant-full{color:var(--caution);border-color:var(--caution);background:var(--caution-soft)}
.variant-sharing{color:var(--accent);border-color:var(--accent);background:var(--accent-soft)}
h1{font-size:17pt;line-height:1.2;font-weight:700;letter-spacing:-.01em;margin-top:4pt}
.counterpart{font-size:10.5pt;color:var(--ink-2);margin-top:1pt}
.meta{display:flex;flex-wrap:wrap;gap:4pt 0;margin-top:7pt;background:var(--soft);border-radius:4pt;padding:5pt 0}
.meta div{padding:0 10pt;border-left:.7pt solid var(--rule)}
.meta div:first-child{border-left:0}
.meta dt,.facts dt{font-size:6.6pt;text-transform:uppercase;letter-spacing:.08em;color:var(--ink-3)}
.meta dd{font-size:8.6pt;font-weight:700}
.variant-note{font-size:7.2pt;color:var(--ink-3);margin-top:4pt}
.section{margin-top:8pt}
.section-numbers,.section-agenda,.section-closing{break-inside:avoid}
h2{font-size:8.4pt;font-weight:700;text-transform:uppercase;letter-spacing:.1em;color:var(--accent);
border-bottom:.9pt solid var(--accent);padding-bottom:2pt;margin-bottom:5pt;break-after:avoid}
h3{font-size:7.6pt;font-weight:700;color:var(--ink-2);margin-bottom:2.5pt;break-after:avoid}
.blocks{display:flex;flex-direction:column;gap:5pt}
.layout-grid .blocks{display:grid;grid-template-columns:1fr 1fr;gap:6pt 16pt}
.layout-grid .block.text{grid-column:1/-1}
.section-attendees .blocks{display:grid;grid-template-columns:1.5fr 1fr;gap:6pt 16pt;align-items:start}
.facts{display:grid;grid-template-columns:repeat(3,1fr);gap:5pt}
.fact{border:.7pt solid var(--rule);border-left:2.4pt solid var(--rule);border-radius:3pt;padding:3.5pt 6pt;break-inside:avoid}
.fact dd{font-size:11pt;font-weight:700;line-height:1.25}
.fact dd.note{font-size:7pt;font-weight:400;color:var(--ink-2);line-height:1.3}
.tone-strong{border-left-color:var(--accent)}
.tone-caution{border-left-color:var(--caution)}
.tone-caution dd:not(.note){color:var(--caution)}
.scale{margin-top:1pt;break-inside:avoid}
.track{position:relative;height:15pt;margin:0 4pt}
.track::before{content:'';position:absolute;left:0;right:0;top:7pt;height:1pt;background:var(--rule)}
.band{position:absolute;border-radius:1.5pt}
.band-their-walk-away{top:2pt;height:5pt;background:var(--band)}
.band-zopa{top:9pt;height:4pt;background:var(--good)}
.marker{position:absolute;top:0;width:2pt;height:15pt;margin-left:-1pt;border-radius:1pt}
.marker-opening{background:var(--accent)}
.marker-target{background:var(--good)}
.marker-walk-away{background:var(--caution)}
.legend{display:flex;flex-wrap:wrap;gap:2pt 12pt;font-size:6.8pt;color:var(--ink-2);margin-top:2pt}
.swatch{display:inline-block;width:9pt;height:5pt;border-radius:1pt;margin-right:3pt;vertical-align:1pt}
.swatch.marker-opening,.swatch.marker-target,.swatch.marker-walk-away{width:2.4pt;height:7pt;vertical-align:0}
ul,ol{list-style:none}
li{break-inside:avoid;padding:1.6pt 0;border-bottom:.5pt solid var(--rule)}
li:last-child{border-bottom:0}
.detail{color:var(--ink-2);font-size:7.6pt}
.detail .tag{margin:0 3pt 0 0}
.tag{display:inline-block;font-size:6.4pt;line-height:1.35;color:var(--ink-2);border:.5pt solid var(--rule);background:var(--soft);
border-radius:2pt;padding:0 2.5pt;margin-left:1.5pt;white-space:nowrap;vertical-align:.6pt}
.section-agenda ol{counter-reset:q;columns:2;column-gap:16pt}
.section-agenda li{counter-increment:q;display:grid;grid-template-columns:12pt 1fr;border-bottom:0}
.section-agenda li::before{content:counter(q);font-weight:700;color:var(--accent)}
.section-agenda .item-text{display:flex;flex-direction:column-reverse;align-items:flex-start}
.section-agenda .tag{margin:0 0 1pt;color:var(--accent);background:var(--accent-soft);border-color:transparent}
.section-closing .list ul{columns:2;column-gap:16pt}
.section-closing .block.text p{background:var(--soft);border-radius:3pt;padding:4pt 6pt}
table{width:100%;border-collapse:collapse}
th{text-align:left;font-size:6.6pt;text-transform:uppercase;letter-spacing:.07em;color:var(--ink-3);font-weight:700;
border-bottom:.8pt solid var(--ink-3);padding:0 5pt 2pt 0}
td{vertical-align:top;padding:2.5pt 6pt 2.5pt 0;border-bottom:.5pt solid var(--rule)}
tr{break-inside:avoid}
thead{display:table-header-group}
.section-objections td:first-child{width:30%;font-weight:700}
.section-objections td:last-child{width:19%;color:var(--ink-2);font-size:7.4pt}
.section-concessions .cols-4 td:first-child,.section-concessions .cols-3 td:first-child{width:8%;color:var(--ink-3)}
.section-concessions .cols-4 td:nth-child(2),.section-concessions .cols-3 td:nth-child(2){font-weight:700;white-space:nowrap}
.section-concessions .cols-4 td:nth-child(3){color:var(--ink-2);white-space:nowrap}
.section-notes p,.block.text p{white-space:pre-wrap}
.section-concessions .block.text p{color:var(--ink-3);font-size:7.2pt}
@media screen{html{background:#e6e9ee}body{padding:18px 0}.sheet{margin:0 auto;background:#fff;box-shadow:0 1px 3px rgba(16,24,40,.12),0 6px 24px rgba(16,24,40,.1)}}
`;

export type PrepSheetHtmlOptions = { paper: PaperSize; embedFonts: FontEmbedder };

export async function renderPrepSheetHtml(
  sheet: PrepSheet,
  { paper, embedFonts }: PrepSheetHtmlOptions,
): Promise<string> {
  const w = new Writer();
  const body = mastheadHtml(w, sheet) + sheet.sections.map((section) => sectionHtml(w, section)).join('');
  const { prefix, middle, suffix } = sheet.pageNumbering;
  w.text(sheet.footer + prefix + middle + suffix + '0123456789');
  const fonts = await embedFonts(w.usage());
  const page = PAGE[paper];
  const margin = { top: '12mm', side: '14mm', bottom: '14mm' };
  const pageCss =
    `@page{size:${page.css};margin:${margin.top} ${margin.side} ${margin.bottom};` +
    `@bottom-left{content:${cssString(sheet.footer)};font-family:'${EMBEDDED_FONT_FAMILY}',sans-serif;font-size:6.6pt;color:#5f6877}` +
    `@bottom-right{content:${cssString(prefix)} counter(page) ${cssString(middle)} counter(pages) ${cssString(suffix)};` +
    `font-family:'${EMBEDDED_FONT_FAMILY}',sans-serif;font-size:6.6pt;color:#5f6877}}` +
    `@media screen{.sheet{width:${page.width};min-height:${page.height};padding:${margin.top} ${margin.side} ${margin.bottom}}}`;
  return (
    `<!doctype html><html lang="${attr(sheet.language)}"><head><meta charset="utf-8">` +
    // Nothing in the page may load or run anything; it only needs its own styles and embedded fonts.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:">` +
    `<title>${escapeHtml(`${sheet.dealTitle} – ${sheet.documentTitle}`)}</title>` +
    `<style>${fonts}\n${STYLES}${pageCss}</style></head>` +
    `<body class="paper-${attr(paper)}"><main class="sheet">${body}</main></body></html>`
  );
}
