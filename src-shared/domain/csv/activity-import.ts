// Importing logged objections and closing signals from CSV, grouped per deal and meeting, and attaching them.
import type { Deal } from '../deal';
import type { LoggedObjection, Meeting, ObjectionResult, ObservedSignal } from '../meeting-types';
import {
  OBJECTION_NATURES,
  OBJECTION_TYPES,
  type LocalizedText,
  type ObjectionNature,
  type ObjectionType,
} from '../../playbook/types';
import {
  cellText,
  normaliseKey,
  parseChoiceCell,
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
  type RowReader,
} from './column-mapping';
import type { CsvRow } from './parse-csv';

const DEAL_ID_ALIASES = ['Deal ID', 'Opportunity ID', 'Deal Id', '商机ID', '商机编号'];
const DEAL_TITLE_ALIASES = [
  'Deal title',
  'Deal',
  'Deal Name',
  'Opportunity',
  'Opportunity Name',
  'Title',
  '商机名称',
  '商机',
  '项目名称',
];
const MEETING_DATE_ALIASES = [
  'Meeting date',
  'Date',
  'Visit Date',
  'Activity Date',
  'Meeting',
  '会面日期',
  '拜访日期',
  '日期',
];

export const OBJECTION_IMPORT_FIELDS = [
  { field: 'dealId', label: { en: 'Deal ID', zh: '商机ID' }, isRequired: false, aliases: DEAL_ID_ALIASES },
  { field: 'dealTitle', label: { en: 'Deal title', zh: '商机名称' }, isRequired: false, aliases: DEAL_TITLE_ALIASES },
  {
    field: 'meetingDate',
    label: { en: 'Meeting date', zh: '会面日期' },
    isRequired: true,
    aliases: MEETING_DATE_ALIASES,
  },
  {
    field: 'text',
    label: { en: 'Objection', zh: '异议内容' },
    isRequired: false,
    aliases: ['Objection', 'Objection text', 'What they said', '异议内容', '异议', '客户原话'],
  },
  {
    field: 'cardId',
    label: { en: 'Card ID', zh: '卡片ID' },
    isRequired: false,
    aliases: ['Card ID', 'Objection card', '卡片ID'],
  },
  {
    field: 'type',
    label: { en: 'Type', zh: '异议类型' },
    isRequired: true,
    aliases: ['Type', 'Objection type', '异议类型', '类型'],
  },
  {
    field: 'nature',
    label: { en: 'Nature', zh: '异议性质' },
    isRequired: false,
    aliases: ['Nature', 'Objection nature', '异议性质', '性质'],
  },
  {
    field: 'techniques',
    label: { en: 'Techniques', zh: '处理技巧' },
    isRequired: false,
    aliases: ['Techniques', 'Technique', 'Handling', 'Handled with', '处理技巧', '技巧', '处理方法'],
  },
  {
    field: 'result',
    label: { en: 'Result', zh: '结果' },
    isRequired: true,
    aliases: ['Result', 'Outcome', '结果', '处理结果'],
  },
] as const satisfies readonly ImportFieldSpec<string>[];
export type ObjectionImportField = (typeof OBJECTION_IMPORT_FIELDS)[number]['field'];

export const SIGNAL_IMPORT_FIELDS = [
  { field: 'dealId', label: { en: 'Deal ID', zh: '商机ID' }, isRequired: false, aliases: DEAL_ID_ALIASES },
  { field: 'dealTitle', label: { en: 'Deal title', zh: '商机名称' }, isRequired: false, aliases: DEAL_TITLE_ALIASES },
  {
    field: 'meetingDate',
    label: { en: 'Meeting date', zh: '会面日期' },
    isRequired: true,
    aliases: MEETING_DATE_ALIASES,
  },
  {
    field: 'signalId',
    label: { en: 'Signal ID', zh: '信号ID' },
    isRequired: false,
    aliases: ['Signal ID', '信号ID', '信号编号'],
  },
  {
    field: 'text',
    label: { en: 'Signal', zh: '成交信号' },
    isRequired: false,
    aliases: ['Signal', 'Closing signal', 'Signal text', 'Description', '成交信号', '信号', '信号描述'],
  },
] as const satisfies readonly ImportFieldSpec<string>[];
export type SignalImportField = (typeof SIGNAL_IMPORT_FIELDS)[number]['field'];

export function suggestObjectionMapping(headers: readonly string[]): ColumnMapping<ObjectionImportField> {
  return suggestMappingFor<ObjectionImportField>(OBJECTION_IMPORT_FIELDS, headers);
}

export function suggestSignalMapping(headers: readonly string[]): ColumnMapping<SignalImportField> {
  return suggestMappingFor<SignalImportField>(SIGNAL_IMPORT_FIELDS, headers);
}

const TYPE_VALUES = synonymTable<ObjectionType>({
  need: ['Need', 'No need', '需求', '需求异议'],
  budget: ['Budget', 'Financial', 'Finance', 'Money', '财力', '预算', '资金', '财力异议'],
  authority: ['Authority', 'Decision', 'Decision maker', '权力', '决策权', '权力异议'],
  price: ['Price', 'Pricing', '价格', '价格异议'],
  product: ['Product', 'Quality', '产品', '产品异议'],
  vendor: ['Vendor', 'Salesperson', 'Supplier', 'Company', '营销员', '供应商', '厂商', '营销员异议'],
});
const NATURE_VALUES = synonymTable<ObjectionNature>({
  true: ['True', 'Real', 'Genuine', '真', '真实', '真实的异议'],
  false: ['False', 'Excuse', 'Fake', '假', '虚假', '借口', '假的异议'],
  hidden: ['Hidden', 'Concealed', '隐藏', '隐藏的', '隐藏的异议'],
});
const RESULT_VALUES = synonymTable<ObjectionResult>({
  resolved: ['Resolved', 'Yes', 'Solved', 'Handled', '已解决', '解决'],
  partly: ['Partly', 'Partial', 'Partially', 'Partly resolved', '部分解决', '部分'],
  unresolved: ['Unresolved', 'No', 'Not resolved', 'Open', '未解决'],
});
const RESULTS = ['resolved', 'partly', 'unresolved'] as const satisfies readonly ObjectionResult[];

export type ImportedMeeting = { date: string; objections: LoggedObjection[]; signals: ObservedSignal[] };

/** Everything imported for one deal, named by id or (when no id was given) by title. */
export type ImportedDealActivity = {
  dealId: string | null;
  dealTitle: string;
  lines: number[];
  meetings: ImportedMeeting[];
};

export type ActivityImportResult = { groups: ImportedDealActivity[]; errors: ImportIssue[] };

type ActivityOptions = ImportOptions & { newId: () => string };

export type ObjectionImportOptions = ActivityOptions & {
  /** The playbook's techniques; when given, techniques must be one of them (by id or name). */
  techniques?: ReadonlyArray<{ id: string; name?: LocalizedText }>;
};

export type SignalImportOptions = ActivityOptions & {
  /** The playbook's closing signals; a cell naming one (by id or description) links to it. */
  signals?: ReadonlyArray<{ id: string; description?: LocalizedText }>;
};

const titleKey = (title: string): string => title.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();

type GroupCollector = {
  add: (line: number, dealId: string, dealTitle: string, date: string) => ImportedMeeting;
  groups: ImportedDealActivity[];
};

function createGroups(): GroupCollector {
  const byKey = new Map<string, ImportedDealActivity>();
  const groups: ImportedDealActivity[] = [];
  return {
    groups,
    add: (line, dealId, dealTitle, date) => {
      const key = dealId !== '' ? `id:${dealId}` : `title:${titleKey(dealTitle)}`;
      let group = byKey.get(key);
      if (!group) {
        group = { dealId: dealId === '' ? null : dealId, dealTitle, lines: [], meetings: [] };
        byKey.set(key, group);
        groups.push(group);
      }
      if (group.dealTitle === '' && dealTitle !== '') group.dealTitle = dealTitle;
      group.lines.push(line);
      let meeting = group.meetings.find((entry) => entry.date === date);
      if (!meeting) {
        meeting = { date, objections: [], signals: [] };
        group.meetings.push(meeting);
        group.meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      }
      return meeting;
    },
  };
}

/** Text limits of logged activity (they mirror the deal schema the main process validates with). */
export const ACTIVITY_TEXT_LIMITS = { objectionText: 1000, signalText: 500, id: 100, techniques: 20 } as const;

/** The cell's text; when too long the issue is reported and the text still returned (the row is dropped). */
export function readLimited<F extends string>(cells: RowReader<F>, field: F, max: number): string {
  const result = parseTextCell(cells.raw(field), max);
  if (!result.ok) cells.issue(field, result.code, result.message);
  return cellText(cells.raw(field));
}

/** The deal and meeting columns every activity row needs. */
function readDealAndDate(
  cells: RowReader<'dealId' | 'dealTitle' | 'meetingDate'>,
  options: ImportOptions,
): { dealId: string; dealTitle: string; date: string | null } {
  const dealId = cellText(cells.raw('dealId'));
  const dealTitle = cellText(cells.raw('dealTitle'));
  if (dealId === '' && dealTitle === '')
    cells.issue('dealTitle', 'required', 'Each row needs the deal title or deal ID.');
  const date = parseDateCell(cells.raw('meetingDate'), options.slashDateOrder ?? null);
  if (!date.ok) cells.issue('meetingDate', date.code, date.message);
  else if (date.value === null) cells.issue('meetingDate', 'required', 'Each row needs the meeting date.');
  return { dealId, dealTitle, date: date.ok ? date.value : null };
}

/** Playbook ids by their id or either language's name, compared the way cells are. */
function lookupByName<T extends { id: string }>(
  entries: readonly T[],
  namesOf: (entry: T) => (string | undefined)[],
): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const entry of entries) {
    for (const name of [entry.id, ...namesOf(entry)]) {
      if (name) lookup.set(normaliseKey(name), entry.id);
    }
  }
  return lookup;
}

/** Logged objections, one per row; rows with problems are left out and reported. */
export function mapRowsToObjections(
  rows: readonly CsvRow[],
  mapping: ColumnMapping<ObjectionImportField>,
  options: ObjectionImportOptions,
): ActivityImportResult {
  const errors: ImportIssue[] = [];
  const collector = createGroups();
  const techniqueLookup = lookupByName(options.techniques ?? [], (technique) => [
    technique.name?.en,
    technique.name?.zh,
  ]);

  for (const row of rows) {
    const issueCount = errors.length;
    const cells = createRowReader<ObjectionImportField>(row.cells, row.line, mapping, options.headers, errors);
    const { dealId, dealTitle, date } = readDealAndDate(cells, options);
    const text = readLimited(cells, 'text', ACTIVITY_TEXT_LIMITS.objectionText);
    const cardId = readLimited(cells, 'cardId', ACTIVITY_TEXT_LIMITS.id);
    if (text === '' && cardId === '')
      cells.issue('text', 'required', 'Each row needs the objection text or a card ID.');

    const type = parseChoiceCell(cells.raw('type'), TYPE_VALUES, OBJECTION_TYPES);
    if (!type.ok) cells.issue('type', type.code, type.message);
    else if (type.value === null) cells.issue('type', 'required', 'Each objection needs a type.');
    const nature = parseChoiceCell(cells.raw('nature'), NATURE_VALUES, OBJECTION_NATURES);
    if (!nature.ok) cells.issue('nature', nature.code, nature.message);
    const result = parseChoiceCell(cells.raw('result'), RESULT_VALUES, RESULTS);
    if (!result.ok) cells.issue('result', result.code, result.message);
    else if (result.value === null) cells.issue('result', 'required', 'Each objection needs a result.');

    const techniqueIds: string[] = [];
    const techniqueItems = parseListCell(cells.raw('techniques'));
    if (techniqueItems.length > ACTIVITY_TEXT_LIMITS.techniques) {
      cells.issue('techniques', 'too-long', `At most ${ACTIVITY_TEXT_LIMITS.techniques} techniques per objection.`);
    }
    for (const item of techniqueItems) {
      const id = options.techniques ? techniqueLookup.get(normaliseKey(item)) : item;
      if (id === undefined) cells.issue('techniques', 'invalid-choice', `"${item}" is not a known technique.`);
      else if (!techniqueIds.includes(id)) techniqueIds.push(id);
    }

    if (
      errors.length > issueCount ||
      date === null ||
      !type.ok ||
      type.value === null ||
      !result.ok ||
      result.value === null
    ) {
      continue;
    }
    collector.add(row.line, dealId, dealTitle, date).objections.push({
      id: options.newId(),
      cardId: cardId === '' ? null : cardId,
      text,
      type: type.value,
      nature: (nature.ok ? nature.value : null) ?? 'true',
      techniqueIds,
      result: result.value,
    });
  }
  return { groups: collector.groups, errors };
}

/** Observed closing signals, one per row; a signal id or a known description links to the playbook. */
export function mapRowsToSignals(
  rows: readonly CsvRow[],
  mapping: ColumnMapping<SignalImportField>,
  options: SignalImportOptions,
): ActivityImportResult {
  const errors: ImportIssue[] = [];
  const collector = createGroups();
  const signalLookup = lookupByName(options.signals ?? [], (signal) => [
    signal.description?.en,
    signal.description?.zh,
  ]);

  for (const row of rows) {
    const issueCount = errors.length;
    const cells = createRowReader<SignalImportField>(row.cells, row.line, mapping, options.headers, errors);
    const { dealId, dealTitle, date } = readDealAndDate(cells, options);
    const rawId = readLimited(cells, 'signalId', ACTIVITY_TEXT_LIMITS.id);
    const text = readLimited(cells, 'text', ACTIVITY_TEXT_LIMITS.signalText);
    let signalId: string | null = null;
    if (rawId !== '') {
      signalId = options.signals ? (signalLookup.get(normaliseKey(rawId)) ?? null) : rawId;
      if (signalId === null) cells.issue('signalId', 'invalid-choice', `"${rawId}" is not a known closing signal.`);
    } else if (text !== '') {
      signalId = signalLookup.get(normaliseKey(text)) ?? null;
    } else {
      cells.issue('text', 'required', 'Each row needs a signal ID or a description.');
    }
    if (errors.length > issueCount || date === null) continue;
    collector.add(row.line, dealId, dealTitle, date).signals.push({
      id: options.newId(),
      signalId,
      text: signalId !== null && rawId === '' ? '' : text,
    });
  }
  return { groups: collector.groups, errors };
}

export type UnmatchedActivity = { group: ImportedDealActivity; reason: 'not-found' | 'ambiguous' };

/**
 * Adds imported activity to existing deals: by id when given, else by title (case-insensitive,
 * which must name exactly one deal). Same-date meetings are extended, others created. Returns only
 * the deals that changed, and the groups that found no single deal.
 */
export function attachActivity(
  deals: readonly Deal[],
  groups: readonly ImportedDealActivity[],
  options: { newId: () => string; now: Date },
): { deals: Deal[]; unmatched: UnmatchedActivity[] } {
  const byId = new Map(deals.map((deal) => [deal.id, deal]));
  const byTitle = new Map<string, Deal[]>();
  for (const deal of deals) {
    const key = titleKey(deal.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), deal]);
  }
  const changed = new Map<string, Deal>();
  const unmatched: UnmatchedActivity[] = [];
  const stamp = options.now.toISOString();

  for (const group of groups) {
    let target: Deal | undefined;
    if (group.dealId !== null) target = byId.get(group.dealId);
    if (!target && group.dealTitle !== '') {
      const candidates = byTitle.get(titleKey(group.dealTitle)) ?? [];
      if (candidates.length > 1) {
        unmatched.push({ group, reason: 'ambiguous' });
        continue;
      }
      target = candidates[0];
    }
    if (!target) {
      unmatched.push({ group, reason: 'not-found' });
      continue;
    }
    const current = changed.get(target.id) ?? target;
    const meetings: Meeting[] = current.meetings.map((meeting) => ({ ...meeting }));
    for (const imported of group.meetings) {
      const existing = meetings.find((meeting) => meeting.date === imported.date);
      if (existing) {
        existing.objections = [...existing.objections, ...imported.objections];
        existing.signals = [...existing.signals, ...imported.signals];
      } else {
        meetings.push({
          id: options.newId(),
          date: imported.date,
          attendees: '',
          notes: '',
          objections: imported.objections,
          signals: imported.signals,
          closingAttempts: [],
          concessions: [],
        });
      }
    }
    meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    changed.set(target.id, { ...current, meetings, updatedAt: stamp });
  }
  return { deals: [...changed.values()], unmatched };
}
