// The prep sheet as Markdown, for pasting into mail, wikis and chat: same content as the PDF, no layout.
import type { Fact, ListItem, PrepBlock, PrepSheet, TableRow } from '@shared/domain/prep-sheet';

/** User text must not turn into Markdown syntax (emphasis, links, HTML, table cells). */
const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]<|])/g, '\\$1');

const oneLine = (text: string): string => escapeMarkdown(text.replace(/\s*\r?\n\s*/g, ' ').trim());

/** Multi-line text keeps its lines (a trailing backslash is a Markdown line break). */
const paragraph = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line.trim()))
    .join('\\\n');

const factLine = (fact: Fact, colon: string): string =>
  `- **${oneLine(fact.label)}${colon}** ${oneLine(fact.value)}${fact.note ? ` – ${oneLine(fact.note)}` : ''}`;

const itemLine = (item: ListItem, marker: string): string => {
  const tags = item.tags.length > 0 ? ` _(${item.tags.map(oneLine).join(' · ')})_` : '';
  const detail = item.detail ? `\n  ${oneLine(item.detail)}` : '';
  return `${marker} ${oneLine(item.text)}${tags}${detail}`;
};

const tableLines = (columns: readonly string[], rows: readonly TableRow[]): string[] => [
  `| ${columns.map(oneLine).join(' | ')} |`,
  `| ${columns.map(() => '---').join(' | ')} |`,
  ...rows.map((row) => `| ${row.cells.map(oneLine).join(' | ')} |`),
];

function blockLines(block: PrepBlock, colon: string): string[] {
  const title = 'title' in block && block.title ? [`### ${oneLine(block.title)}`, ''] : [];
  switch (block.kind) {
    case 'facts':
      return block.facts.map((fact) => factLine(fact, colon));
    case 'scale':
      // A picture of the facts above; text has nothing to add.
      return [];
    case 'list':
      return [...title, ...block.items.map((item, index) => itemLine(item, block.ordered ? `${index + 1}.` : '-'))];
    case 'table':
      return [...title, ...tableLines(block.columns, block.rows)];
    case 'text':
      return [...title, paragraph(block.text)];
  }
}

export function renderPrepSheetMarkdown(sheet: PrepSheet): string {
  const colon = sheet.language === 'zh-CN' ? '：' : ':';
  const lines: string[] = [
    `# ${oneLine(sheet.dealTitle)}`,
    '',
    `**${oneLine(sheet.documentTitle)}** · ${oneLine(sheet.counterpart)} · ${oneLine(sheet.variantLabel)}`,
    '',
    `> ${oneLine(sheet.variantNote)}`,
    '',
    ...sheet.facts.map((fact) => factLine(fact, colon)),
  ];
  for (const section of sheet.sections) {
    lines.push('', `## ${oneLine(section.heading)}`);
    for (const block of section.blocks) {
      const body = blockLines(block, colon);
      if (body.length > 0) lines.push('', ...body);
    }
  }
  lines.push('', '---', '', `_${oneLine(sheet.footer)}_`, '');
  return lines.join('\n');
}
