// The prep sheet as plain data: sections of facts, lists and tables that the HTML and Markdown writers lay out.

export const PREP_SHEET_LANGUAGES = ['en', 'zh-CN'] as const;
export type PrepSheetLanguage = (typeof PREP_SHEET_LANGUAGES)[number];

/** `sharing` leaves out the walk-away, the BATNA value, private notes and every figure that would give them away. */
export const PREP_SHEET_VARIANTS = ['full', 'sharing'] as const;
export type PrepSheetVariant = (typeof PREP_SHEET_VARIANTS)[number];

/** Paper the printed sheet is laid out for. */
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const PREP_SHEET_SECTION_IDS = [
  'attendees',
  'numbers',
  'icon',
  'agenda',
  'objections',
  'concessions',
  'closing',
  'notes',
] as const;
export type PrepSheetSectionId = (typeof PREP_SHEET_SECTION_IDS)[number];

export type PrepSheetOptions = {
  language: PrepSheetLanguage;
  variant: PrepSheetVariant;
  now: Date;
  /** Overrides the deal's meeting date (ISO date); null prints none. */
  meetingDate?: string | null;
};

export type Tone = 'plain' | 'strong' | 'caution';

export type Fact = { label: string; value: string; note?: string; tone?: Tone };

export type ListItem = { text: string; detail?: string; tags: string[] };

export type TableRow = { cells: string[]; tags?: string[] };

/** Prices on one line: markers for single figures, bands for ranges; only figures the variant may show. */
export type PriceScale = {
  min: number;
  max: number;
  markers: { role: 'opening' | 'target' | 'walk-away'; label: string; value: number; display: string }[];
  bands: { role: 'their-walk-away' | 'zopa'; label: string; from: number; to: number }[];
};

export type PrepBlock =
  | { kind: 'facts'; facts: Fact[] }
  | { kind: 'scale'; scale: PriceScale }
  | { kind: 'list'; title?: string; ordered?: boolean; items: ListItem[] }
  | { kind: 'table'; title?: string; columns: string[]; rows: TableRow[] }
  | { kind: 'text'; title?: string; text: string };

export type PrepSection = {
  id: PrepSheetSectionId;
  heading: string;
  /** `grid`: the blocks sit side by side in two columns when the page allows. */
  layout: 'stack' | 'grid';
  blocks: PrepBlock[];
};

export type PrepSheet = {
  language: PrepSheetLanguage;
  variant: PrepSheetVariant;
  /** "Negotiation prep sheet", in the sheet's language. */
  documentTitle: string;
  dealTitle: string;
  counterpart: string;
  /** Meeting date, side, value, style, prepared on. */
  facts: Fact[];
  /** A short badge: "Full – confidential" or "Sharing copy". */
  variantLabel: string;
  /** What the variant leaves out, or that the full sheet is for the user only. */
  variantNote: string;
  /** One line for page footers: deal, date prepared, variant. */
  footer: string;
  /** Words around the page number and count: prefix 1 middle 2 suffix. */
  pageNumbering: { prefix: string; middle: string; suffix: string };
  sections: PrepSection[];
  /** Mentions of a withheld figure found in free text and replaced (sharing only). */
  withheldMentions: number;
};

export const EXPORT_FORMATS = ['pdf', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the export channels are asked for. */
export type PrepSheetRequest = {
  dealId: string;
  language: PrepSheetLanguage;
  variant: PrepSheetVariant;
  paper: PaperSize;
};

export type PrepSheetPreview = { html: string; withheldMentions: number };

export type PrepSheetExportResult = { status: 'saved'; path: string; format: ExportFormat } | { status: 'cancelled' };

export type PrepSheetPrintResult = { status: 'printed' | 'cancelled' };
