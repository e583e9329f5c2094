// Importing past deals from a CRM or spreadsheet CSV: the fields, header suggestions and row mapping.
import {
  COUNTERPART_STYLES,
  DEAL_OUTCOMES,
  NEGOTIATION_SIDES,
  type CounterpartStyle,
  type Deal,
  type DealOutcome,
  type DealStage,
  type NegotiationSide,
} from '../deal';
import { createDeal, emptyDealDraft } from '../deal-factory';
import {
  cellText,
  normaliseKey,
  parseAmountCell,
  parseChoiceCell,
  parseCurrencyCell,
  parseDateCell,
  parseListCell,
  parseTextCell,
  synonymTable,
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
} as const;

export function suggestMapping(headers: readonly string[]): ColumnMapping<DealImportField> {
  return suggestMappingFor<DealImportField>(DEAL_IMPORT_FIELDS, headers);
}

type StageReading = { stage: DealStage; outcome: DealOutcome | null };

const STAGE_VALUES = synonymTable<string>({
  'closed:won': ['Closed Won', 'Won', 'Win', 'Closed - Won', '赢单', '赢', '成交', '已成交', '签约', '已签约', '中标'],
  'closed:lost': ['Closed Lost', 'Lost', 'Loss', 'Closed - Lost', '输单', '输', '丢单', '失败', '未中标'],
  'closed:no-deal': [
    'No deal',
    'No Decision',
    'Closed No Decision',
    'Cancelled',
    'Canceled',
    'Closed Cancelled',
    '无果',
    '取消',
    '搁置',
    '无结果',
  ],
  'closed:walked-away': ['Walked away', 'Walk away', 'Withdrawn', 'Closed Withdrawn', '放弃', '主动放弃', '退出'],
  'closed:': ['Closed', '关闭', '已关闭', '结束'],
  'preparing:': [
    'Preparing',
    'Prospecting',
    'Qualification',
    'Qualify',
    'Lead',
    'New',
    'Needs Analysis',
    'Discovery',
    '准备',
    '准备中',
    '初步接洽',
    '需求分析',
    '线索',
    '潜在客户',
    '接洽',
  ],
  'negotiating:': [
    'Negotiating',
    'Negotiation',
    'Negotiation/Review',
    'Proposal',
    'Proposal/Price Quote',
    'Value Proposition',
    'Id. Decision Makers',
    'Perception Analysis',
    'Commit',
    'Open',
    'In progress',
    '谈判',
    '谈判中',
    '商务谈判',
    '方案报价',
    '报价',
    '议价',
    '跟进中',
    '进行中',
  ],
});

const OUTCOME_VALUES = synonymTable<DealOutcome>({
  open: ['Open', 'In progress', 'Pending', '进行中', '跟进中', '未结束'],
  won: ['Won', 'Win', 'Closed Won', '赢单', '赢', '成交', '已成交', '签约', '中标'],
  lost: ['Lost', 'Loss', 'Closed Lost', '输单', '输', '丢单', '失败', '未中标'],
  'no-deal': ['No deal', 'No Decision', 'Cancelled', 'Canceled', '无果', '取消', '无结果'],
  'walked-away': ['Walked away', 'Walk away', 'Withdrawn', '放弃', '主动放弃', '退出'],
});

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

/**
 * Stage cells: the app's own stages, CRM stages (Salesforce's defaults and Chinese ones) and closed
 * stages that carry the outcome ("Closed Won", "赢单"). Unknown open-pipeline names read as
 * `negotiating`; unknown names that say closed/关闭 are rejected, as their outcome is unclear.
 */
function readStage(raw: string): { ok: true; value: StageReading | null } | { ok: false; message: string } {
  const text = cellText(raw);
  if (text === '') return { ok: true, value: null };
  const key = normaliseKey(text);
  const known = STAGE_VALUES[key];
  if (known !== undefined) {
    const [stage, outcome] = known.split(':') as [DealStage, string];
    return { ok: true, value: { stage, outcome: outcome === '' ? null : (outcome as DealOutcome) } };
  }
  if (/closed|关闭|结束/u.test(key))
    return { ok: false, message: `"${text}" is a closed stage whose outcome is unclear; add an Outcome column.` };
  return { ok: true, value: { stage: 'negotiating', outcome: null } };
}

export type DealImportOptions = ImportOptions & {
  now: Date;
  newId: () => string;
  /** Used when neither a currency column nor a symbol in the value says which. Default CNY. */
  defaultCurrency?: string;
};

export type DealImportResult = { deals: Deal[]; errors: ImportIssue[] };

/**
 * Turns mapped rows into new deals (new ids, `isSample: false`). Rows with problems produce no deal
 * but every problem of every row is reported. Rules worth knowing:
 * - closed deals (by stage or outcome) need a close date;
 * - for open deals a close date is read as the expected close date (CRMs use one column for both);
 * - a won deal without a final price takes its value as the final price;
 * - the side defaults to `sell`, the currency to the value's symbol, then `defaultCurrency`.
 */
export function mapRowsToDeals(
  rows: readonly CsvRow[],
  mapping: ColumnMapping<DealImportField>,
  options: DealImportOptions,
): DealImportResult {
  const errors: ImportIssue[] = [];
  const deals: Deal[] = [];
  const slashOrder = options.slashDateOrder ?? null;

  for (const row of rows) {
    const issueCount = errors.length;
    const cells = createRowReader<DealImportField>(row.cells, row.line, mapping, options.headers, errors);

    const readText = (field: DealImportField, max: number, requiredMessage: string | null): string => {
      const result = parseTextCell(cells.raw(field), max);
      if (!result.ok) cells.issue(field, result.code, result.message);
      else if (requiredMessage !== null && result.value === '') cells.issue(field, 'required', requiredMessage);
      return result.ok ? result.value : '';
    };
    const title = readText('title', DEAL_TEXT_LIMITS.title, 'Every deal needs a title.');
    const counterpartOrg = readText(
      'counterpartOrg',
      DEAL_TEXT_LIMITS.counterpartOrg,
      'Every deal needs a counterpart.',
    );
    const notes = readText('notes', DEAL_TEXT_LIMITS.notes, null);
    const lostReason = readText('lostReason', DEAL_TEXT_LIMITS.lostReason, null);
    const tags = parseListCell(cells.raw('tags'));
    if (tags.length > DEAL_TEXT_LIMITS.tagCount || tags.some((tag) => tag.length > DEAL_TEXT_LIMITS.tag)) {
      cells.issue(
        'tags',
        'too-long',
        `At most ${DEAL_TEXT_LIMITS.tagCount} tags of up to ${DEAL_TEXT_LIMITS.tag} characters each.`,
      );
    }

    const value = parseAmountCell(cells.raw('value'));
    if (!value.ok) cells.issue('value', value.code, value.message);
    const finalPrice = parseAmountCell(cells.raw('finalPrice'));
    if (!finalPrice.ok) cells.issue('finalPrice', finalPrice.code, finalPrice.message);
    const target = parseAmountCell(cells.raw('target'));
    if (!target.ok) cells.issue('target', target.code, target.message);
    const walkAway = parseAmountCell(cells.raw('walkAway'));
    if (!walkAway.ok) cells.issue('walkAway', walkAway.code, walkAway.message);

    const currency = parseCurrencyCell(cells.raw('currency'));
    if (!currency.ok) cells.issue('currency', currency.code, currency.message);

    const closedOn = parseDateCell(cells.raw('closedOn'), slashOrder);
    if (!closedOn.ok) cells.issue('closedOn', closedOn.code, closedOn.message);
    const expectedCloseDate = parseDateCell(cells.raw('expectedCloseDate'), slashOrder);
    if (!expectedCloseDate.ok) cells.issue('expectedCloseDate', expectedCloseDate.code, expectedCloseDate.message);
    const meetingDate = parseDateCell(cells.raw('meetingDate'), slashOrder);
    if (!meetingDate.ok) cells.issue('meetingDate', meetingDate.code, meetingDate.message);

    const style = parseChoiceCell(cells.raw('counterpartStyle'), STYLE_VALUES, COUNTERPART_STYLES);
    if (!style.ok) cells.issue('counterpartStyle', style.code, style.message);
    const side = parseChoiceCell(cells.raw('side'), SIDE_VALUES, NEGOTIATION_SIDES);
    if (!side.ok) cells.issue('side', side.code, side.message);

    const stage = readStage(cells.raw('stage'));
    if (!stage.ok) cells.issue('stage', 'invalid-choice', stage.message);
    const outcomeCell = parseChoiceCell(cells.raw('outcome'), OUTCOME_VALUES, DEAL_OUTCOMES);
    if (!outcomeCell.ok) cells.issue('outcome', outcomeCell.code, outcomeCell.message);

    // Outcome: the outcome column, else what a closed stage says, else open.
    const stageReading = stage.ok ? stage.value : null;
    const outcomeValue = outcomeCell.ok ? outcomeCell.value : null;
    let outcome: DealOutcome = outcomeValue ?? stageReading?.outcome ?? 'open';
    if (outcomeValue !== null && stageReading?.stage === 'closed') {
      const stageOutcome = stageReading.outcome ?? 'closed';
      if (outcomeValue === 'open' || (stageReading.outcome !== null && stageReading.outcome !== outcomeValue)) {
        cells.issue('outcome', 'conflict', `The stage says ${stageOutcome} but the outcome says ${outcomeValue}.`);
      }
    }
    if (stageReading?.stage === 'closed' && stageReading.outcome === null && outcomeValue === null) {
      cells.issue('stage', 'required', 'A closed deal needs an outcome (won, lost, no-deal or walked-away).');
      outcome = 'open';
    }
    const isClosed = outcome !== 'open';
    const closedDate = closedOn.ok ? closedOn.value : null;
    if (isClosed && closedDate === null && closedOn.ok) {
      cells.issue('closedOn', 'required', 'A closed deal needs a close date.');
    }

    if (errors.length > issueCount) continue;

    const valueAmount = value.ok ? (value.value?.amount ?? null) : null;
    const symbolCurrency =
      (value.ok ? value.value?.currency : null) ?? (finalPrice.ok ? finalPrice.value?.currency : null) ?? null;
    const deal = createDeal(
      {
        ...emptyDealDraft(),
        title,
        counterpartOrg,
        counterpartStyle: style.ok ? style.value : null,
        side: (side.ok ? side.value : null) ?? 'sell',
        currency: (currency.ok ? currency.value : null) ?? symbolCurrency ?? options.defaultCurrency ?? 'CNY',
        value: valueAmount,
        stage: isClosed ? 'closed' : (stageReading?.stage ?? 'preparing'),
        outcome,
        meetingDate: meetingDate.ok ? meetingDate.value : null,
        expectedCloseDate: (expectedCloseDate.ok ? expectedCloseDate.value : null) ?? closedDate,
        tags,
        notes,
      },
      options.newId(),
      options.now,
    );
    const finalAmount = finalPrice.ok ? (finalPrice.value?.amount ?? null) : null;
    const walkAwayAmount = walkAway.ok ? (walkAway.value?.amount ?? null) : null;
    deals.push({
      ...deal,
      review: {
        ...deal.review,
        closedOn: isClosed ? closedDate : null,
        finalPrice: finalAmount ?? (outcome === 'won' ? valueAmount : null),
        lostReason,
      },
      worksheet: {
        ...deal.worksheet,
        numbers: {
          ...deal.worksheet.numbers,
          target: target.ok ? (target.value?.amount ?? null) : null,
          walkAway: walkAwayAmount,
          isWalkAwayManual: walkAwayAmount !== null,
        },
      },
    });
  }
  return { deals, errors };
}
