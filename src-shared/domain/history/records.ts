// What the debrief, the History screen, CSV import/export and backups exchange with the backend (and a blank meeting).
import type { ClosingSignal, LocalizedText, ObjectionNature, ObjectionType } from '../../playbook/types';
import type { SlashDateOrder } from '../csv/cell-values';
import type { ImportIssue } from '../csv/column-mapping';
import type { CsvDelimiter, CsvParseIssue, CsvRow } from '../csv/parse-csv';
import type { Complaint } from '../complaints/complaint';
import type { IssueCause, RowChoices } from '../csv/row-choices';
import type { StatusMap, StatusValueCount } from '../csv/status-values';
import type { DealOutcome, DealReview, DealStage } from '../deal';
import type { ClosingAttemptResult, Meeting, ObjectionResult } from '../meeting-types';
import type { HistoryFilters } from '../stats/history-filters';
import type { ComplaintStats } from '../stats/complaint-stats';
import type { HistoryStats } from '../stats/history-stats';
import type { BarSelection } from '../stats/select-deals';

// ---------------------------------------------------------------- debrief

/** A meeting as the debrief saves it: `id` null for a new one; a known id replaces that meeting. */
export type MeetingDraft = Omit<Meeting, 'id'> & { id: string | null };

/** A meeting on `date` with nothing logged yet. */
export const blankMeeting = (date: string): MeetingDraft => ({
  id: null,
  date,
  attendees: '',
  notes: '',
  objections: [],
  signals: [],
  closingAttempts: [],
  concessions: [],
});

export type OutcomeInput = { dealId: string; stage: DealStage; outcome: DealOutcome; review: DealReview };

export type RecentObjection = { cardId: string | null; text: string; type: ObjectionType; nature: ObjectionNature };

/** What the user picked most recently in their own (not sample) deals, most recent first. */
export type RecentChoices = {
  objections: RecentObjection[];
  techniqueIds: string[];
  signalIds: string[];
  methodIds: string[];
};

/** The playbook as the debrief needs it (custom entries included), plus the recent choices. */
export type DebriefOptions = {
  cards: { id: string; line: LocalizedText; type: ObjectionType; natures: ObjectionNature[]; techniqueIds: string[] }[];
  techniques: { id: string; name: LocalizedText }[];
  signals: Pick<ClosingSignal, 'id' | 'kind' | 'description'>[];
  methods: { id: string; name: LocalizedText }[];
  recent: RecentChoices;
};

// ---------------------------------------------------------------- statistics

/** Names for the ids a summary holds, from the user's playbook, so the screen needs no playbook of its own. */
export type HistoryLabels = {
  techniques: Record<string, LocalizedText>;
  cards: Record<string, LocalizedText>;
  methods: Record<string, LocalizedText>;
  signals: Record<string, LocalizedText>;
};

export type HistoryView = {
  stats: HistoryStats;
  complaints: ComplaintStats;
  labels: HistoryLabels;
  /** Every deal, before filters; and how many of them are sample deals. */
  allDeals: number;
  sampleDeals: number;
};

export type DrillDownInput = { filters: HistoryFilters; selection: BarSelection };

/** One logged item that puts a meeting behind the selected bar. */
export type DrillItem =
  | { kind: 'objection'; text: string; cardId: string | null; type: ObjectionType; result: ObjectionResult }
  | { kind: 'signal'; text: string; signalId: string | null }
  | { kind: 'attempt'; methodId: string; result: ClosingAttemptResult };

export type DrillMeeting = { id: string; date: string; items: DrillItem[] };

/** A complaint that puts a deal behind a complaint bar. */
export type DrillComplaint = Pick<
  Complaint,
  'id' | 'receivedOn' | 'category' | 'channel' | 'summary' | 'resolvedOn' | 'satisfaction'
>;

export type DrillDeal = {
  id: string;
  title: string;
  counterpartOrg: string;
  stage: DealStage;
  outcome: DealOutcome;
  /** The date that placed the deal in the period filter. */
  date: string;
  currency: string;
  value: number | null;
  finalPrice: number | null;
  isSample: boolean;
  /** The deal's meetings behind the bar, newest first (all of them for bars about the deal as a whole: none). */
  meetings: DrillMeeting[];
  complaints: DrillComplaint[];
};

export type DrillDown = { dealCount: number; deals: DrillDeal[] };

// ---------------------------------------------------------------- CSV import and export

export type TextEncodingName = 'utf-8' | 'gb18030';

export const IMPORT_KINDS = ['deals', 'objections', 'signals', 'complaints'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Field → 0-based column, or null when not imported. */
export type FieldMapping = Record<string, number | null>;

export type ImportRequest = {
  kind: ImportKind;
  /** The file's bytes in base64: the main process detects the encoding (UTF-8 with or without BOM, or GB18030). */
  base64?: string;
  /** Or its text, already decoded (tests, pasted text). */
  text?: string;
  /** Null asks for the suggested mapping (or the one remembered for these headers). */
  mapping: FieldMapping | null;
  /** The fallback day/month order for date columns whose own cells do not settle it. */
  slashDateOrder: SlashDateOrder | null;
  /** Day/month order chosen for a date field whose column is ambiguous. */
  dateOrders?: Record<string, SlashDateOrder>;
  /** What each stage or outcome value means (keys as in `StatusValueCount.key`). */
  statusMap?: StatusMap;
  /** The currency of amounts that name none; null uses the default the preview shows. */
  currency?: string | null;
  /** What to do with the rows that have problems. */
  choices?: RowChoices;
};

export type ImportFieldInfo = { field: string; label: LocalizedText; isRequired: boolean };

/** Imported activity that names no single existing deal. */
export type UnmatchedActivity = {
  dealId: string | null;
  dealTitle: string;
  lines: number[];
  reason: 'not-found' | 'ambiguous';
};

/** A mapped date column and how its day/month order was settled. */
export type DateColumnInfo = { field: string; column: string; order: SlashDateOrder | null; isAmbiguous: boolean };

export type ImportPreview = {
  kind: ImportKind;
  encoding: TextEncodingName;
  headers: string[];
  delimiter: CsvDelimiter;
  fields: ImportFieldInfo[];
  suggested: FieldMapping;
  /** The mapping this preview used. */
  mapping: FieldMapping;
  /** The mapping, value meanings and currency came from an earlier import of a file with these headers. */
  isRemembered: boolean;
  missingRequired: string[];
  rowCount: number;
  /** The first rows, as read. */
  rows: CsvRow[];
  parseIssues: CsvParseIssue[];
  /** The first problems no choice covers, by line; `issueCount` counts them all. */
  issues: ImportIssue[];
  issueCount: number;
  /** Every problem found, grouped by cause, with how many rows each affects (before choices). */
  causes: IssueCause[];
  /** Data rows with at least one problem no choice covers. */
  rowsWithProblems: number;
  unmatched: UnmatchedActivity[];
  /** Distinct values of the mapped stage and outcome columns, with counts and the meaning in use. */
  statusValues: { field: string; column: string; values: StatusValueCount[] }[];
  statusMap: StatusMap;
  dateColumns: DateColumnInfo[];
  /** The currency used for amounts that name none. */
  currency: string;
  /** What a commit would do now: deals created (deal import) or deals given new activity. */
  willCreate: number;
  willUpdate: number;
  /** Rows matching a deal (by CRM id) that the import would not change. */
  unchanged: number;
  willSkip: number;
  /** Nothing blocks a commit. */
  isReady: boolean;
};

export type ImportResult = {
  kind: ImportKind;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Names the import for "Undo import"; null when it changed nothing. */
  importId: string | null;
};

export type ImportUndoResult = { removed: number; restored: number };

export type CsvExportInput = { kind: ImportKind; language: 'en' | 'zh' };

export type FileSaveResult = { status: 'saved'; path: string; count: number } | { status: 'cancelled' };

// ---------------------------------------------------------------- backup

export const BACKUP_MODES = ['merge', 'replace'] as const;
export type BackupMode = (typeof BACKUP_MODES)[number];

/**
 * What a merge does with each deal of the backup: new ids are added; for an id both have, the copy
 * changed last wins (`updated` when it is the backup's, `kept` when it is this computer's);
 * `unchanged` when both were saved at the same moment.
 */
export type MergeCounts = { added: number; updated: number; kept: number; unchanged: number };

export type BackupPreview = {
  exportedAt: string;
  appVersion: string;
  deals: number;
  sampleDeals: number;
  merge: MergeCounts & { playbookEntries: number };
  /** Deals here now: all replaced by a `replace`, which also removes those not in the backup. */
  localDeals: number;
  localOnly: number;
};

export type BackupImportInput = { text: string; mode: BackupMode; confirmReplace: boolean };

export type BackupImportResult = MergeCounts & {
  mode: BackupMode;
  removed: number;
  playbookEntries: number;
  /** A replace first saves the data it replaces to this file in the data folder. */
  safetyCopy: string | null;
};

export type SampleDataResult = { added: number; removed: number };
