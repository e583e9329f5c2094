// Complaint cases as CSV: the columns, reading rows into complaints, and attaching them to deals by id or source id.
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STEPS,
  type Complaint,
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintSeverity,
  type ComplaintStep,
  type Satisfaction,
} from '../complaints/complaint';
import type { Deal } from '../deal';
import { cellText, parseAmountCell, parseChoiceCell, parseDateCell, synonymTable } from './cell-values';
import { readLimited } from './activity-import';
import {
  createRowReader,
  suggestMappingFor,
  type ColumnMapping,
  type ImportFieldSpec,
  type ImportIssue,
  type ImportOptions,
  type RowReader,
} from './column-mapping';
import type { CsvRow } from './parse-csv';

const STEP_LABELS: Record<ComplaintStep, { en: string; zh: string }> = {
  listen: { en: 'Listened at', zh: '倾听时间' },
  acknowledge: { en: 'Acknowledged at', zh: '认同感受时间' },
  apologise: { en: 'Apologised at', zh: '致歉时间' },
  clarify: { en: 'Clarified at', zh: '澄清事实时间' },
  'agree-remedy': { en: 'Remedy agreed at', zh: '商定方案时间' },
  act: { en: 'Acted at', zh: '执行时间' },
  'follow-up': { en: 'Followed up at', zh: '回访确认时间' },
};

/** The CSV field holding the time a handling step was ticked. */
export const stepField = (step: ComplaintStep): `step:${ComplaintStep}` => `step:${step}`;

const STEP_FIELDS = COMPLAINT_STEPS.map((step) => ({
  field: stepField(step),
  label: STEP_LABELS[step],
  isRequired: false,
  aliases: [STEP_LABELS[step].en, STEP_LABELS[step].zh],
}));

const BASE_FIELDS = [
  {
    field: 'dealId',
    label: { en: 'Deal ID', zh: '商机ID' },
    isRequired: false,
    aliases: ['Deal ID', 'Deal Id', '商机ID', '商机编号'],
  },
  {
    field: 'sourceId',
    label: { en: 'Source ID', zh: '来源编号' },
    isRequired: false,
    aliases: ['Source ID', 'CRM ID', 'Opportunity ID', '来源编号', 'CRM编号'],
  },
  {
    field: 'dealTitle',
    label: { en: 'Deal title', zh: '商机名称' },
    isRequired: false,
    aliases: ['Deal title', '商机名称'],
  },
  {
    field: 'complaintId',
    label: { en: 'Complaint ID', zh: '投诉ID' },
    isRequired: false,
    aliases: ['Complaint ID', 'Case ID', '投诉ID', '投诉编号'],
  },
  {
    field: 'receivedOn',
    label: { en: 'Received on', zh: '受理日期' },
    isRequired: true,
    aliases: ['Received on', 'Received', 'Date', '受理日期', '投诉日期'],
  },
  {
    field: 'channel',
    label: { en: 'Channel', zh: '渠道' },
    isRequired: true,
    aliases: ['Channel', '渠道', '投诉渠道'],
  },
  {
    field: 'category',
    label: { en: 'Category', zh: '类别' },
    isRequired: true,
    aliases: ['Category', '类别', '投诉类别'],
  },
  {
    field: 'severity',
    label: { en: 'Severity', zh: '严重程度' },
    isRequired: false,
    aliases: ['Severity', '严重程度'],
  },
  {
    field: 'summary',
    label: { en: 'What happened', zh: '投诉内容' },
    isRequired: true,
    aliases: ['What happened', 'Summary', 'Complaint', '投诉内容', '事由'],
  },
  {
    field: 'wants',
    label: { en: 'What they want', zh: '客户诉求' },
    isRequired: false,
    aliases: ['What they want', 'Wants', '客户诉求', '诉求'],
  },
  { field: 'owner', label: { en: 'Owner', zh: '负责人' }, isRequired: false, aliases: ['Owner', '负责人', '处理人'] },
  {
    field: 'dueOn',
    label: { en: 'Follow-up due', zh: '跟进截止' },
    isRequired: false,
    aliases: ['Follow-up due', 'Due', '跟进截止', '截止日期'],
  },
  {
    field: 'resolvedOn',
    label: { en: 'Resolved on', zh: '解决日期' },
    isRequired: false,
    aliases: ['Resolved on', 'Resolved', '解决日期', '办结日期'],
  },
  {
    field: 'satisfaction',
    label: { en: 'Satisfaction (1–5)', zh: '满意度（1–5）' },
    isRequired: false,
    aliases: ['Satisfaction (1–5)', 'Satisfaction', '满意度（1–5）', '满意度'],
  },
  { field: 'notes', label: { en: 'Notes', zh: '备注' }, isRequired: false, aliases: ['Notes', '备注'] },
] as const satisfies readonly ImportFieldSpec<string>[];

export const COMPLAINT_IMPORT_FIELDS: readonly ImportFieldSpec<ComplaintImportField>[] = [
  ...BASE_FIELDS,
  ...STEP_FIELDS,
];
export type ComplaintImportField = (typeof BASE_FIELDS)[number]['field'] | `step:${ComplaintStep}`;

export function suggestComplaintMapping(headers: readonly string[]): ColumnMapping<ComplaintImportField> {
  return suggestMappingFor<ComplaintImportField>(COMPLAINT_IMPORT_FIELDS, headers);
}

const CHANNEL_VALUES = synonymTable<ComplaintChannel>({
  visit: ['Visit', 'In person', '上门', '拜访'],
  phone: ['Phone', 'Call', 'Telephone', '电话'],
  counter: ['Counter', 'Branch', '柜台', '网点'],
  letter: ['Letter', 'Mail', '信函', '来信'],
  online: ['Online', 'Email', 'Web', 'App', '网络', '线上'],
  regulator: ['Regulator', '监管', '监管转办'],
});
const CATEGORY_VALUES = synonymTable<ComplaintCategory>({
  quality: ['Quality', 'Product', 'Service', '质量', '产品或服务质量'],
  fees: ['Fees', 'Price', 'Fees and price', '收费', '价格', '收费与价格'],
  attitude: ['Attitude', 'Staff attitude', '态度', '服务态度'],
  waiting: ['Waiting', 'Process', 'Waiting time', '等待', '流程', '等候时间与流程'],
  billing: ['Billing', 'Charges', '账单', '扣费', '账单与扣费'],
  other: ['Other', '其他'],
});
const SEVERITY_VALUES = synonymTable<ComplaintSeverity>({
  low: ['Low', '低', '轻微'],
  medium: ['Medium', '中', '一般'],
  high: ['High', '高', '严重'],
});

/** Text limits of a complaint (they mirror the complaint schema the main process validates with). */
export const COMPLAINT_TEXT_LIMITS = { id: 100, summary: 2000, wants: 2000, owner: 120, notes: 20_000 } as const;

/** One complaint read from one row, with the deal it names. */
export type ImportedComplaint = {
  line: number;
  dealId: string;
  sourceId: string;
  dealTitle: string;
  complaint: Complaint;
};

export type ComplaintImportResult = { complaints: ImportedComplaint[]; errors: ImportIssue[] };

function readDate(
  cells: RowReader<ComplaintImportField>,
  field: ComplaintImportField,
  options: ImportOptions,
): string | null {
  const date = parseDateCell(cells.raw(field), options.slashDateOrder ?? null);
  if (!date.ok) cells.issue(field, date.code, date.message);
  return date.ok ? date.value : null;
}

function readChoice<T extends string>(
  cells: RowReader<ComplaintImportField>,
  field: ComplaintImportField,
  synonyms: Record<string, T>,
  allowed: readonly T[],
): T | null {
  const choice = parseChoiceCell(cells.raw(field), synonyms, allowed);
  if (!choice.ok) cells.issue(field, choice.code, choice.message);
  return choice.ok ? choice.value : null;
}

/** A satisfaction score read by the amount reader, then held to a whole number from 1 to 5. */
function readSatisfaction(cells: RowReader<ComplaintImportField>): Satisfaction | null {
  const read = parseAmountCell(cells.raw('satisfaction'));
  if (!read.ok) {
    cells.issue('satisfaction', read.code, read.message);
    return null;
  }
  if (read.value === null) return null;
  const score = read.value.amount;
  if (!Number.isInteger(score) || score < 1 || score > 5) {
    cells.issue(
      'satisfaction',
      'invalid-choice',
      `"${cellText(cells.raw('satisfaction'))}" is not a score from 1 to 5.`,
    );
    return null;
  }
  return score as Satisfaction;
}

/**
 * Complaints, one per row; rows with problems are left out and reported. Step times are kept as written
 * (ISO timestamps, as exported) for the main process's complaint schema to check.
 */
export function mapRowsToComplaints(
  rows: readonly CsvRow[],
  mapping: ColumnMapping<ComplaintImportField>,
  options: ImportOptions & { newId: () => string },
): ComplaintImportResult {
  const errors: ImportIssue[] = [];
  const complaints: ImportedComplaint[] = [];
  for (const row of rows) {
    const issueCount = errors.length;
    const cells = createRowReader<ComplaintImportField>(row.cells, row.line, mapping, options.headers, errors);
    const dealId = readLimited(cells, 'dealId', COMPLAINT_TEXT_LIMITS.id);
    const sourceId = readLimited(cells, 'sourceId', 200);
    const dealTitle = cellText(cells.raw('dealTitle'));
    if (dealId === '' && sourceId === '') cells.issue(null, 'required', 'Each row needs the deal ID or its source ID.');
    const complaintId = readLimited(cells, 'complaintId', COMPLAINT_TEXT_LIMITS.id);
    const receivedOn = readDate(cells, 'receivedOn', options);
    if (receivedOn === null && errors.length === issueCount)
      cells.issue('receivedOn', 'required', 'Each complaint needs the date it was received.');
    const channel = readChoice(cells, 'channel', CHANNEL_VALUES, COMPLAINT_CHANNELS);
    if (channel === null && cellText(cells.raw('channel')) === '')
      cells.issue('channel', 'required', 'Each complaint needs a channel.');
    const category = readChoice(cells, 'category', CATEGORY_VALUES, COMPLAINT_CATEGORIES);
    if (category === null && cellText(cells.raw('category')) === '')
      cells.issue('category', 'required', 'Each complaint needs a category.');
    const severity = readChoice(cells, 'severity', SEVERITY_VALUES, COMPLAINT_SEVERITIES) ?? 'medium';
    const summary = readLimited(cells, 'summary', COMPLAINT_TEXT_LIMITS.summary);
    if (summary === '') cells.issue('summary', 'required', 'Each complaint needs what happened.');
    const wants = readLimited(cells, 'wants', COMPLAINT_TEXT_LIMITS.wants);
    const owner = readLimited(cells, 'owner', COMPLAINT_TEXT_LIMITS.owner);
    const dueOn = readDate(cells, 'dueOn', options);
    const resolvedOn = readDate(cells, 'resolvedOn', options);
    const satisfaction = readSatisfaction(cells);
    const notes = readLimited(cells, 'notes', COMPLAINT_TEXT_LIMITS.notes);
    const steps = COMPLAINT_STEPS.flatMap((step) => {
      const doneAt = cellText(cells.raw(stepField(step)));
      return doneAt === '' ? [] : [{ step, doneAt }];
    });

    if (errors.length > issueCount || receivedOn === null || channel === null || category === null) continue;
    complaints.push({
      line: row.line,
      dealId,
      sourceId,
      dealTitle,
      complaint: {
        id: complaintId === '' ? options.newId() : complaintId,
        receivedOn,
        channel,
        category,
        severity,
        summary,
        wants,
        owner,
        dueOn,
        steps,
        resolvedOn,
        satisfaction,
        notes,
      },
    });
  }
  return { complaints, errors };
}

export type UnmatchedComplaints = { dealId: string; sourceId: string; dealTitle: string; lines: number[] };

/**
 * Adds imported complaints to existing deals, found by deal id, else by CRM source id. A complaint whose
 * id the deal already holds replaces it (so importing the same file twice adds nothing); others are added.
 * Returns only the deals that changed, and the rows that named no deal.
 */
export function attachComplaints(
  deals: readonly Deal[],
  imported: readonly ImportedComplaint[],
  options: { now: Date },
): { deals: Deal[]; unmatched: UnmatchedComplaints[] } {
  const byId = new Map(deals.map((deal) => [deal.id, deal]));
  const bySource = new Map(deals.flatMap((deal) => (deal.sourceId ? [[deal.sourceId, deal] as const] : [])));
  const changed = new Map<string, Deal>();
  const unmatched = new Map<string, UnmatchedComplaints>();
  const stamp = options.now.toISOString();

  for (const entry of imported) {
    const target = (entry.dealId !== '' ? byId.get(entry.dealId) : undefined) ?? bySource.get(entry.sourceId);
    if (!target) {
      const key = `${entry.dealId}\u0000${entry.sourceId}`;
      const group = unmatched.get(key) ?? {
        dealId: entry.dealId,
        sourceId: entry.sourceId,
        dealTitle: entry.dealTitle,
        lines: [],
      };
      group.lines.push(entry.line);
      unmatched.set(key, group);
      continue;
    }
    const current = changed.get(target.id) ?? target;
    const others = current.complaints.filter((complaint) => complaint.id !== entry.complaint.id);
    const complaints = [...others, entry.complaint].sort((a, b) =>
      a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0,
    );
    changed.set(target.id, { ...current, complaints, updatedAt: stamp });
  }
  return { deals: [...changed.values()], unmatched: [...unmatched.values()] };
}
