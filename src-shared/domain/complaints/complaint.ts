// A complaint or after-sales case about a deal's client, handled step by step until the customer is satisfied.

export const COMPLAINT_CHANNELS = ['visit', 'phone', 'counter', 'letter', 'online', 'regulator'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_CATEGORIES = ['quality', 'fees', 'attitude', 'waiting', 'billing', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_SEVERITIES = ['low', 'medium', 'high'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];

/** The steps of good complaint handling, in the order they are taken. */
export const COMPLAINT_STEPS = [
  'listen',
  'acknowledge',
  'apologise',
  'clarify',
  'agree-remedy',
  'act',
  'follow-up',
] as const;
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number];

/** 1 (very unhappy) to 5 (very satisfied), asked when the case is closed. */
export type Satisfaction = 1 | 2 | 3 | 4 | 5;

/** A satisfaction at or above this counts as "satisfied" in History. */
export const SATISFIED_FROM = 4;

export type ComplaintStepDone = { step: ComplaintStep; doneAt: string /* ISO timestamp */ };

export type Complaint = {
  id: string;
  receivedOn: string; // ISO date
  channel: ComplaintChannel;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  /** What happened, in the customer's words where possible. */
  summary: string;
  /** What the customer wants done. */
  wants: string;
  owner: string;
  /** When the next follow-up is due; past it and unresolved, the case is overdue. */
  dueOn: string | null; // ISO date
  steps: ComplaintStepDone[];
  resolvedOn: string | null; // ISO date
  satisfaction: Satisfaction | null;
  notes: string;
};

/** What the complaint form edits; steps and resolution are ticked on their own, stamped by the clock. */
export type ComplaintDraft = Omit<Complaint, 'id' | 'steps' | 'resolvedOn' | 'satisfaction'> & { id: string | null };

export const blankComplaint = (receivedOn: string): ComplaintDraft => ({
  id: null,
  receivedOn,
  channel: 'phone',
  category: 'quality',
  severity: 'medium',
  summary: '',
  wants: '',
  owner: '',
  dueOn: null,
  notes: '',
});
