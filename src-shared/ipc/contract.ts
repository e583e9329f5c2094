// The one IPC contract: every channel between renderer and backend, with its input and output.
import type { Deal, DealDraft } from '../domain/deal';
import type { DealListPage, DealQuery } from '../domain/deal-list';
import type { Settings } from '../domain/settings';
import type {
  PlaybookEntry,
  PlaybookEntryRef,
  PlaybookListing,
  PlaybookQuery,
  PlaybookSaveInput,
} from '../playbook/query';
import type { PrecedentSuggestion } from '../domain/worksheet/precedent';
import type { Worksheet } from '../domain/worksheet-types';
import type { RehearsalProgress } from '../domain/rehearsal/progress';
import type {
  AnswerCheckInput,
  AnswerReview,
  AttemptInput,
  AttemptResult,
  DrillMoveInput,
  DrillStartInput,
  DrillView,
  RehearsalAttempt,
  RehearsalOverview,
  RehearsalSession,
  RubricEntry,
  SessionOptions,
} from '../domain/rehearsal/records';
import type {
  ExportFormat,
  PrepSheetExportResult,
  PrepSheetPreview,
  PrepSheetPrintResult,
  PrepSheetRequest,
} from '../domain/prep-sheet/types';
import type {
  BackupImportInput,
  BackupImportResult,
  BackupPreview,
  CsvExportInput,
  DebriefOptions,
  DrillDown,
  DrillDownInput,
  FileSaveResult,
  HistoryView,
  ImportPreview,
  ImportRequest,
  ImportResult,
  ImportUndoResult,
  MeetingDraft,
  OutcomeInput,
  SampleDataResult,
} from '../domain/history/records';
import type { HistoryFilters } from '../domain/stats/history-filters';
import type { OverdueSummary } from '../domain/complaints/complaint-status';
import type {
  ComplaintRef,
  ComplaintResolveInput,
  ComplaintSaveInput,
  ComplaintStepInput,
} from '../domain/complaints/records';
import type { IpcResult } from './result';

/** A file that could not be read at start; it was moved aside, never overwritten. */
/** A data file that could not be read at start; `movedTo` is null when it could not be moved aside either. */
export type StoreProblem = { file: string; movedTo: string | null; reason: string };

/** Why the data folder was opened read-only: the system's error code (EROFS, EACCES, ENOSPC, …). */
export type ReadOnlyReason = { code: string };

export type AppStatus = {
  version: string;
  dataDir: string;
  dealCount: number;
  problems: StoreProblem[];
  /** Set when the data folder cannot be written: viewing, searching and exporting work, saving does not. */
  readOnly: ReadOnlyReason | null;
};

export type WorksheetSaved = { dealId: string; updatedAt: string };

export type Contract = {
  'app:status': { input: null; output: AppStatus };
  'app:dismiss-problems': { input: null; output: null };

  'settings:get': { input: null; output: Settings };
  'settings:update': { input: Partial<Settings>; output: Settings };

  'deals:list': { input: DealQuery; output: DealListPage };
  'deals:get': { input: { id: string }; output: Deal };
  'deals:create': { input: DealDraft; output: Deal };
  'deals:update': { input: { id: string; draft: DealDraft }; output: Deal };
  'deals:duplicate': { input: { id: string; title: string }; output: Deal };
  'deals:delete': { input: { id: string }; output: Deal };
  /** Puts back a deal returned by `deals:delete` (undo). */
  'deals:restore': { input: Deal; output: Deal };

  'playbook:list': { input: PlaybookQuery; output: PlaybookListing };
  'playbook:get': { input: PlaybookEntryRef; output: PlaybookEntry };
  /** Adds a custom entry (id null), changes one, or stores the user's version of a built-in. */
  'playbook:save': { input: PlaybookSaveInput; output: PlaybookEntry };
  /** Puts a built-in back as shipped (edit dropped, shown again). */
  'playbook:reset': { input: PlaybookEntryRef; output: PlaybookEntry };
  'playbook:set-hidden': { input: PlaybookEntryRef & { isHidden: boolean }; output: PlaybookEntry };
  /** Deletes a custom entry; built-ins can only be hidden. */
  'playbook:delete': { input: PlaybookEntryRef; output: PlaybookEntry };

  /** Replaces the deal's worksheet; rewrites that one deal file only. */
  'worksheet:save': { input: { dealId: string; worksheet: Worksheet }; output: WorksheetSaved };
  /** Closed deals from the history that can serve as precedent for this one. */
  'worksheet:precedents': { input: { dealId: string }; output: PrecedentSuggestion[] };

  /** Builds a session's deck with each card's line as the counterpart would say it. */
  'rehearsal:start': { input: SessionOptions; output: RehearsalSession };
  /** The automatic checks of an answer and each rating's next interval, for the reveal. */
  'rehearsal:check-answer': { input: AnswerCheckInput; output: AnswerReview };
  /** Keeps an answer; a rating (null in practice mode) reschedules the card. */
  'rehearsal:record-attempt': { input: AttemptInput; output: AttemptResult };
  /** The user's own earlier answers to one card, best first. */
  'rehearsal:attempts': { input: { cardId: string; limit: number }; output: RehearsalAttempt[] };
  /** Cards due by the end of today, for the sidebar. */
  'rehearsal:due-count': { input: null; output: number };
  'rehearsal:overview': { input: null; output: RehearsalOverview };
  /** Attempts per week, average rubric score and cards due, for the History charts. */
  'rehearsal:progress': { input: { weeks: number }; output: RehearsalProgress };
  'rehearsal:rubric': { input: null; output: RubricEntry[] };
  'rehearsal:update-rubric': { input: { items: RubricEntry[] }; output: RubricEntry[] };
  'rehearsal:drill-start': { input: DrillStartInput; output: DrillView };
  /** One round: the user's counter-offer and what they ask in return; a finished drill is saved. */
  'rehearsal:drill-respond': { input: DrillMoveInput; output: DrillView };
  /** The user walks away; the drill is saved. */
  'rehearsal:drill-stop': { input: { id: string }; output: DrillView };

  /** The prep sheet's self-contained HTML, for the in-app preview. */
  'export:prep-sheet-preview': { input: PrepSheetRequest; output: PrepSheetPreview };
  /** Asks where to save (the save dialog), then writes the PDF or Markdown file there. */
  'export:prep-sheet': { input: PrepSheetRequest & { format: ExportFormat }; output: PrepSheetExportResult };
  /** Sends the prep sheet to the system print dialog. */
  'export:prep-sheet-print': { input: PrepSheetRequest; output: PrepSheetPrintResult };

  /** Adds a debriefed meeting to the deal, or replaces the meeting with the same id. */
  'history:save-meeting': { input: { dealId: string; meeting: MeetingDraft }; output: Deal };
  'history:delete-meeting': { input: { dealId: string; meetingId: string }; output: Deal };
  /** Stage, outcome and the post-deal review. */
  'history:save-outcome': { input: OutcomeInput; output: Deal };
  /** The playbook entries a debrief offers, with the user's recent choices first. */
  'history:debrief-options': { input: null; output: DebriefOptions };
  /** Every History figure for the filters, as one compact summary (never the deals themselves). */
  'history:stats': { input: HistoryFilters; output: HistoryView };
  /** The deals and meetings behind one bar. */
  'history:drill-down': { input: DrillDownInput; output: DrillDown };
  /** Reads a CSV with a column mapping (suggested when null) and reports what an import would do. */
  'history:import-preview': { input: ImportRequest; output: ImportPreview };
  /** Imports the CSV only if it has no problem at all; otherwise nothing is written. */
  'history:import-commit': { input: ImportRequest; output: ImportResult };
  /** Undoes one import: removes the deals it added and restores the ones it changed. */
  'history:import-undo': { input: { importId: string }; output: ImportUndoResult };
  /** Stops the preview or commit in progress (a commit only before it reaches the disk). */
  'history:import-cancel': { input: null; output: null };
  /** Saves the rows an import would skip as a CSV with a reason column. */
  'history:import-skipped': { input: ImportRequest; output: FileSaveResult };
  'history:export-csv': { input: CsvExportInput; output: FileSaveResult };
  /** Saves every deal and workbench.json as one JSON file where the user chooses. */
  'history:export-backup': { input: { language: CsvExportInput['language'] }; output: FileSaveResult };
  /** Checks a backup file and says what a merge or a replace would do. */
  'history:backup-preview': { input: { text: string }; output: BackupPreview };
  'history:import-backup': { input: BackupImportInput; output: BackupImportResult };
  'history:load-sample': { input: null; output: SampleDataResult };
  'history:remove-sample': { input: null; output: SampleDataResult };

  /** Adds a complaint to the deal (id null) or changes one's details. */
  'complaints:save': { input: ComplaintSaveInput; output: Deal };
  'complaints:delete': { input: ComplaintRef; output: Deal };
  /** Ticks (or unticks) one handling step; the backend stamps the time. */
  'complaints:tick-step': { input: ComplaintStepInput; output: Deal };
  /** Closes a fully handled complaint today, with the customer's satisfaction. */
  'complaints:resolve': { input: ComplaintResolveInput; output: Deal };
  'complaints:reopen': { input: ComplaintRef; output: Deal };
  /** Overdue follow-ups: the sidebar's count and the deals of each client concerned. */
  'complaints:overdue': { input: null; output: OverdueSummary };
};

export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = Contract[C]['input'];
export type ChannelOutput<C extends Channel> = Contract[C]['output'];

/** The runtime allowlist: the preload exposes these and nothing else. */
export const CHANNELS = [
  'app:status',
  'app:dismiss-problems',
  'settings:get',
  'settings:update',
  'deals:list',
  'deals:get',
  'deals:create',
  'deals:update',
  'deals:duplicate',
  'deals:delete',
  'deals:restore',
  'playbook:list',
  'playbook:get',
  'playbook:save',
  'playbook:reset',
  'playbook:set-hidden',
  'playbook:delete',
  'worksheet:save',
  'worksheet:precedents',
  'rehearsal:start',
  'rehearsal:check-answer',
  'rehearsal:record-attempt',
  'rehearsal:attempts',
  'rehearsal:due-count',
  'rehearsal:overview',
  'rehearsal:progress',
  'rehearsal:rubric',
  'rehearsal:update-rubric',
  'rehearsal:drill-start',
  'rehearsal:drill-respond',
  'rehearsal:drill-stop',
  'export:prep-sheet-preview',
  'export:prep-sheet',
  'export:prep-sheet-print',
  'history:save-meeting',
  'history:delete-meeting',
  'history:save-outcome',
  'history:debrief-options',
  'history:stats',
  'history:drill-down',
  'history:import-preview',
  'history:import-commit',
  'history:import-undo',
  'history:import-cancel',
  'history:import-skipped',
  'history:export-csv',
  'history:export-backup',
  'history:backup-preview',
  'history:import-backup',
  'history:load-sample',
  'history:remove-sample',
  'complaints:save',
  'complaints:delete',
  'complaints:tick-step',
  'complaints:resolve',
  'complaints:reopen',
  'complaints:overdue',
] as const satisfies readonly Channel[];

// Fails the typecheck when a channel of the contract is missing from CHANNELS.
type AssertTrue<T extends true> = T;
export type EveryChannelListed = AssertTrue<
  [Exclude<Channel, (typeof CHANNELS)[number]>] extends [never] ? true : false
>;

/** What `window.parley` offers: each channel resolves to a result envelope. */
export type ParleyApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
};

/** Commands the app menu sends to the renderer. */
export const MENU_COMMANDS = [
  'new-deal',
  'open-settings',
  'go-deals',
  'go-rehearse',
  'go-history',
  'go-playbook',
  'toggle-privacy',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_COMMAND_EVENT = 'menu:command';

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);

// ---------------------------------------------------------------- main → renderer events

/** How far a long import step has got: characters read, then rows checked (or written), and the pace. */
export type ImportProgress = { phase: 'reading' | 'checking'; done: number; total: number; perSecond: number };

/** Every event the main process sends the renderer, with its payload. */
export type ParleyEvents = { 'import:progress': ImportProgress };
export type EventName = keyof ParleyEvents;
export const EVENTS = ['import:progress'] as const satisfies readonly EventName[];

/** Sends an event to the renderer (a no-op where there is none). */
export type EmitEvent = <E extends EventName>(name: E, payload: ParleyEvents[E]) => void;
