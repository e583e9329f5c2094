// Importing past deals from a CRM or spreadsheet CSV: the fields, header suggestions and row mapping.
import {
  COUNTERPART_STYLES,
  NEGOTIATION_SIDES,
  type CounterpartStyle,
  type Deal,
  type DealOutcome,
  type NegotiationSide,
} from '../deal';
import { createDeal, emptyDealDraft } from '../deal-factory';
import {
  cellText,
  parseAmountCell,
  parseChoiceCell,
  parseCurrencyCell,
  parseDateCell,
  parseListCell,
  parseTextCell,
  synonymTable,
  type SlashDateOrder,
} from './cell-values';
import {
  createRowReader,
  suggestMappingFor,
  type ColumnMapping,
  type ImportFieldSpec,
  type ImportIssue,
  type ImportOptions,
} from './column-mapping';
import type { CsvRow } from './parse-csv';
import { statusKey, statusToDeal, suggestStatus, type StatusChoice, type StatusMap } from './status-values';

export const DEAL_IMPORT_FIELDS = [
  {
    field: 'title',
    label: { en: 'Title', zh: '商机名称' },
    isRequired: true,
    aliases: [
      'Title',
      'Deal',
      'Deal Name',
      'Deal Title',
      'Opportunity',
      'Opportunity Name',
      'Name',
      'Subject',
      'Project',
      '商机名称',
      '商机',
      '项目名称',
      '项目',
      '标题',
      '名称',
      '交易名称',
      '机会名称',
    ],
  },
  {
    field: 'counterpartOrg',
    label: { en: 'Counterpart', zh: '客户名称' },
    isRequired: true,
    aliases: [
      'Counterpart',
      'Counterpart Org',
      'Counterpart Organisation',
      'Account',
      'Account Name',
      'Company',
      'Company Name',
      'Customer',
      'Customer Name',
      'Client',
      'Organisation',
      'Organization',
      'Org',
      '客户名称',
      '客户',
      '公司名称',
      '公司',
      '单位名称',
      '对方单位',
      '客户单位',
      '企业名称',
    ],
  },
  {
    field: 'value',
    label: { en: 'Value', zh: '金额' },
    isRequired: false,
    aliases: [
      'Value',
      'Deal Value',
      'Amount',
      'Deal Amount',
      'Deal Size',
      'Expected Revenue',
      'Total Amount',
      'Opportunity Amount',
      '金额',
      '商机金额',
      '预计金额',
      '交易金额',
      '合同金额',
      '项目金额',
      '价值',
    ],
  },
  {
    field: 'currency',
    label: { en: 'Currency', zh: '币种' },
    isRequired: false,
    aliases: ['Currency', 'Currency Code', 'Opportunity Currency', 'Deal Currency', '币种', '货币', '币别'],
  },
  {
    field: 'stage',
    label: { en: 'Stage', zh: '阶段' },
    isRequired: false,
    aliases: [
      'Stage',
      'Deal Stage',
      'Sales Stage',
      'Opportunity Stage',
      'Pipeline Stage',
      'Status',
      '阶段',
      '销售阶段',
      '商机阶段',
      '状态',
      '商机状态',
    ],
  },
  {
    field: 'outcome',
    label: { en: 'Outcome', zh: '结果' },
    isRequired: false,
    aliases: ['Outcome', 'Result', 'Won/Lost', 'Win/Loss', 'Deal Result', '结果', '成交结果', '赢单输单', '输赢'],
  },
  {
    field: 'openedOn',
    label: { en: 'Opened on', zh: '创建日期' },
    isRequired: false,
    aliases: [
      'Opened on',
      'Created',
      'Created Date',
      'Create Date',
      'Created on',
      'Created Time',
      'Deal created',
      'Deal - Deal created',
      'Engage Date',
      'engage_date',
      'Open Date',
      'Opened',
      'Start Date',
      '创建时间',
      '创建日期',
      '商机创建时间',
      '立项日期',
      '开始日期',
    ],
  },
  {
    field: 'closedOn',
    label: { en: 'Closed on', zh: '成交日期' },
    isRequired: false,
    aliases: [
      'Closed on',
      'Close Date',
      'Closed Date',
      'Date Closed',
      'Won Date',
      'Actual Close Date',
      '成交日期',
      '关闭日期',
      '结单日期',
      '签约日期',
      '结束日期',
    ],
  },
  {
    field: 'expectedCloseDate',
    label: { en: 'Expected close date', zh: '预计成交日期' },
    isRequired: false,
    aliases: [
      'Expected close date',
      'Expected Close',
      'Forecast Close Date',
      '预计成交日期',
      '预计签约日期',
      '预计结单日期',
    ],
  },
  {
    field: 'meetingDate',
    label: { en: 'Next meeting', zh: '下次会面' },
    isRequired: false,
    aliases: ['Next meeting', 'Meeting Date', 'Next Meeting Date', '下次会面', '会面日期', '下次拜访'],
  },
  {
    field: 'finalPrice',
    label: { en: 'Final price', zh: '成交价' },
    isRequired: false,
    aliases: [
      'Final price',
      'Final Amount',
      'Contract Value',
      'Closed Amount',
      'Won Amount',
      '成交价',
      '成交金额',
      '最终价格',
      '签约金额',
    ],
  },
  {
    field: 'target',
    label: { en: 'Target', zh: '目标价' },
    isRequired: false,
    aliases: ['Target', 'Target Price', '目标价', '目标价格'],
  },
  {
    field: 'walkAway',
    label: { en: 'Walk-away', zh: '底价' },
    isRequired: false,
    aliases: [
      'Walk-away',
      'Walk-away Price',
      'Walkaway',
      'Reservation Price',
      'Floor Price',
      '底价',
      '底线价格',
      '最低价',
      '退出价格',
    ],
  },
  {
    field: 'tags',
    label: { en: 'Tags', zh: '标签' },
    isRequired: false,
    aliases: ['Tags', 'Tag', 'Labels', 'Label', '标签'],
  },
  {
    field: 'counterpartStyle',
    label: { en: 'Counterpart style', zh: '客户风格' },
    isRequired: false,
    aliases: [
      'Counterpart style',
      'Style',
      'Personality',
      'Customer Style',
      '客户风格',
      '风格',
      '性格类型',
      '客户类型风格',
    ],
  },
  {
    field: 'side',
    label: { en: 'Side', zh: '买卖方向' },
    isRequired: false,
    aliases: ['Side', 'Buy/Sell', 'Direction', 'Our Side', '买卖方向', '方向', '我方角色'],
  },
  {
    field: 'lostReason',
    label: { en: 'Lost reason', zh: '输单原因' },
    isRequired: false,
    aliases: ['Lost reason', 'Loss Reason', 'Reason Lost', 'Closed Lost Reason', '输单原因', '丢单原因', '失败原因'],
  },
  {
    field: 'notes',
    label: { en: 'Notes', zh: '备注' },
    isRequired: false,
    aliases: ['Notes', 'Note', 'Description', 'Comments', 'Comment', 'Remarks', '备注', '描述', '说明'],
  },
  {
    field: 'sourceId',
    label: { en: 'CRM id', zh: 'CRM 编号' },
    isRequired: false,
    aliases: [
      'Source id',
      'opportunity_id',
      'Opportunity ID',
      'Opportunity Id (18)',
      'Deal ID',
      'Record ID',
      'Deal - ID',
      'CRM ID',
      'External ID',
      '商机编号',
      '商机ID',
      '编号',
    ],
  },
] as const satisfies readonly ImportFieldSpec<string>[];

export type DealImportField = (typeof DEAL_IMPORT_FIELDS)[number]['field'];

/** Text limits of a stored deal (they mirror the deal schema the main process validates with). */
export const DEAL_TEXT_LIMITS = {
  title: 200,
  counterpartOrg: 200,
  notes: 20_000,
  lostReason: 2000,
  tag: 40,
  tagCount: 30,
  sourceId: 200,
} as const;

export function suggestMapping(headers: readonly string[]): ColumnMapping<DealImportField> {
  return suggestMappingFor<DealImportField>(DEAL_IMPORT_FIELDS, headers);
}

export const STYLE_VALUES = synonymTable<CounterpartStyle>({
  analytical: ['Analytical', 'Rational', 'Thinker', 'Perfect', '分析型', '理智型', '思考者', '完美型'],
  driver: ['Driver', 'Controlling', 'Authoritarian', 'Powerful', '自主型', '控制型', '威权者', '力量型'],
  expressive: ['Expressive', 'Impulsive', 'Extrovert', 'Lively', '表现型', '冲动型', '外向者', '活泼型'],
  amiable: ['Amiable', 'Hesitant', 'Cooperator', 'Peaceful', '亲善型', '犹豫型', '合作者', '和平型'],
});

const SIDE_VALUES = synonymTable<NegotiationSide>({
  sell: ['Sell', 'Seller', 'Selling', 'Sales', '卖', '卖方', '销售'],
  buy: ['Buy', 'Buyer', 'Buying', 'Purchase', 'Procurement', '买', '买方', '采购'],
});

export type DealImportOptions = ImportOptions & {
  now: Date;
  newId: () => string;
  /** The currency of amounts when neither a currency column nor a symbol in the cell says which. */
  currency: string;
  /** How the user (or the column's own cells) settled each date column's day/month order. */
  dateOrders?: Partial<Record<DealImportField, SlashDateOrder>>;
  /** What each stage or outcome value means, on top of the built-in suggestions. */
  statusMap?: StatusMap;
};

export type DealRowResult = { deal: Deal | null; issues: ImportIssue[] };

/** Stage values that say closed but not how: the outcome column must say. */
const BARE_CLOSED = new Set(['closed', '关闭', '已关闭', '结束', '已结束']);
export type StatusField = 'stage' | 'outcome';

/** The deal fields an import writes: what an update of an earlier import may change, and what "unchanged" compares. */
export const IMPORTED_DEAL_KEYS = [
  'title',
  'counterpartOrg',
  'counterpartStyle',
  'side',
  'currency',
  'value',
  'stage',
  'outcome',
  'meetingDate',
  'expectedCloseDate',
  'tags',
  'notes',
  'openedOn',
  'sourceId',
] as const satisfies readonly (keyof Deal)[];

/**
 * Turns one mapped row into a new deal (new id, `isSample: false`), or into its problems. Rules worth knowing:
 * - a stage or outcome value means what `statusMap` says, else what the built-in vocabularies suggest; a value
 *   neither knows is a problem (the wizard asks what it means);
 * - closed deals need a close date; for open deals a close date is read as the expected close date;
 * - a won deal without a final price takes its value as the final price;
 * - the side defaults to `sell`, the currency to the value's symbol, then `options.currency`.
 */
export function mapRowToDeal(
  row: CsvRow,
  mapping: ColumnMapping<DealImportField>,
  options: DealImportOptions,
): DealRowResult {
  const issues: ImportIssue[] = [];
  const cells = createRowReader<DealImportField>(row.cells, row.line, mapping, options.headers, issues);
  const orderOf = (field: DealImportField): SlashDateOrder | null =>
    options.dateOrders?.[field] ?? options.slashDateOrder ?? null;

  const readText = (field: DealImportField, max: number, requiredMessage: string | null): string => {
    const result = parseTextCell(cells.raw(field), max);
    if (!result.ok) cells.issue(field, result.code, result.message);
    else if (requiredMessage !== null && result.value === '') cells.issue(field, 'required', requiredMessage);
    return result.ok ? result.value : '';
  };
  const readAmount = (field: DealImportField) => {
    const result = parseAmountCell(cells.raw(field));
    if (!result.ok) cells.issue(field, result.code, result.message);
    return result.ok ? result.value : null;
  };
  const readDate = (field: DealImportField): string | null => {
    const result = parseDateCell(cells.raw(field), orderOf(field));
    if (!result.ok) cells.issue(field, result.code, result.message);
    return result.ok ? result.value : null;
  };
  const readStatus = (field: StatusField): StatusChoice | 'closed' | null => {
    const raw = cells.raw(field);
    const key = statusKey(raw);
    if (key === '') return null;
    if (field === 'stage' && BARE_CLOSED.has(key) && options.statusMap?.[key] === undefined) return 'closed';
    const choice = options.statusMap?.[key] ?? suggestStatus(raw);
    if (choice === null) {
      cells.issue(
        field,
        'unmapped-value',
        `"${cellText(raw)}" needs a meaning: open, won, lost, no deal or walked away.`,
      );
    }
    return choice;
  };

  const title = readText('title', DEAL_TEXT_LIMITS.title, 'Every deal needs a title.');
  const counterpartOrg = readText('counterpartOrg', DEAL_TEXT_LIMITS.counterpartOrg, 'Every deal needs a counterpart.');
  const notes = readText('notes', DEAL_TEXT_LIMITS.notes, null);
  const lostReason = readText('lostReason', DEAL_TEXT_LIMITS.lostReason, null);
  const sourceId = readText('sourceId', DEAL_TEXT_LIMITS.sourceId, null);
  const tags = parseListCell(cells.raw('tags'));
  if (tags.length > DEAL_TEXT_LIMITS.tagCount || tags.some((tag) => tag.length > DEAL_TEXT_LIMITS.tag)) {
    cells.issue(
      'tags',
      'too-long',
      `At most ${DEAL_TEXT_LIMITS.tagCount} tags of up to ${DEAL_TEXT_LIMITS.tag} characters each.`,
    );
  }

  const value = readAmount('value');
  const finalPrice = readAmount('finalPrice');
  const target = readAmount('target');
  const walkAway = readAmount('walkAway');
  const currency = parseCurrencyCell(cells.raw('currency'));
  if (!currency.ok) cells.issue('currency', currency.code, currency.message);

  const openedOn = readDate('openedOn');
  const closedOn = readDate('closedOn');
  const expectedCloseDate = readDate('expectedCloseDate');
  const meetingDate = readDate('meetingDate');

  const style = parseChoiceCell(cells.raw('counterpartStyle'), STYLE_VALUES, COUNTERPART_STYLES);
  if (!style.ok) cells.issue('counterpartStyle', style.code, style.message);
  const side = parseChoiceCell(cells.raw('side'), SIDE_VALUES, NEGOTIATION_SIDES);
  if (!side.ok) cells.issue('side', side.code, side.message);

  // The outcome column decides the outcome; the stage column the stage (and the outcome when it names one).
  const stageChoice = readStatus('stage');
  const outcomeChoice = readStatus('outcome');
  const fromStage =
    stageChoice === null
      ? null
      : stageChoice === 'closed'
        ? { stage: 'closed' as const, outcome: null }
        : statusToDeal(stageChoice);
  const fromOutcome = outcomeChoice === null || outcomeChoice === 'closed' ? null : statusToDeal(outcomeChoice);
  if (stageChoice === 'closed' && (fromOutcome === null || fromOutcome.outcome === 'open')) {
    cells.issue('stage', 'required', 'A closed deal needs an outcome (won, lost, no deal or walked away).');
  }
  if (fromStage?.outcome && fromOutcome && fromStage.outcome !== 'open' && fromStage.outcome !== fromOutcome.outcome) {
    cells.issue(
      'outcome',
      'conflict',
      `The stage says ${fromStage.outcome} but the outcome says ${fromOutcome.outcome}.`,
    );
  }
  const outcome: DealOutcome = fromOutcome?.outcome ?? fromStage?.outcome ?? 'open';
  const isClosed = outcome !== 'open';
  const closedDate = closedOn;
  if (isClosed && closedDate === null && !issues.some((issue) => issue.field === 'closedOn')) {
    cells.issue('closedOn', 'required', 'A closed deal needs a close date.');
  }
  if (issues.length > 0) return { deal: null, issues };

  const symbolCurrency = value?.currency ?? finalPrice?.currency ?? null;
  const valueAmount = value?.amount ?? null;
  const deal = createDeal(
    {
      ...emptyDealDraft(),
      title,
      counterpartOrg,
      counterpartStyle: style.ok ? style.value : null,
      side: (side.ok ? side.value : null) ?? 'sell',
      currency: (currency.ok ? currency.value : null) ?? symbolCurrency ?? options.currency,
      value: valueAmount,
      stage: isClosed ? 'closed' : (fromStage?.stage ?? fromOutcome?.stage ?? 'preparing'),
      outcome,
      meetingDate,
      expectedCloseDate: expectedCloseDate ?? (isClosed ? null : closedDate),
      tags,
      notes,
    },
    options.newId(),
    options.now,
  );
  // A new object of our own: filled in place rather than copied again.
  deal.openedOn = openedOn;
  deal.sourceId = sourceId === '' ? null : sourceId;
  deal.review.closedOn = isClosed ? closedDate : null;
  deal.review.finalPrice = finalPrice?.amount ?? (outcome === 'won' ? valueAmount : null);
  deal.review.lostReason = lostReason;
  const walkAwayAmount = walkAway?.amount ?? null;
  deal.worksheet.numbers.target = target?.amount ?? null;
  deal.worksheet.numbers.walkAway = walkAwayAmount;
  deal.worksheet.numbers.isWalkAwayManual = walkAwayAmount !== null;
  return { deal, issues };
}

export type DealImportResult = { deals: Deal[]; errors: ImportIssue[] };

/** Every row through `mapRowToDeal`: the deals of the rows without problems, and every problem of the others. */
export function mapRowsToDeals(
  rows: readonly CsvRow[],
  mapping: ColumnMapping<DealImportField>,
  options: DealImportOptions,
): DealImportResult {
  const deals: Deal[] = [];
  const errors: ImportIssue[] = [];
  for (const row of rows) {
    const result = mapRowToDeal(row, mapping, options);
    if (result.deal) deals.push(result.deal);
    errors.push(...result.issues);
  }
  return { deals, errors };
}
