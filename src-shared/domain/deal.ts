// The deal record: one negotiation with its worksheet, meetings and review, stored as one file.
import type { Worksheet } from './worksheet-types';
import type { Meeting } from './meeting-types';
import type { Complaint } from './complaints/complaint';

export const COUNTERPART_STYLES = ['analytical', 'driver', 'expressive', 'amiable'] as const;
export type CounterpartStyle = (typeof COUNTERPART_STYLES)[number];

export const DECISION_ROLES = ['decision-maker', 'influencer', 'user', 'gatekeeper', 'champion'] as const;
export type DecisionRole = (typeof DECISION_ROLES)[number];

export const DEAL_STAGES = ['preparing', 'negotiating', 'closed'] as const;
export type DealStage = (typeof DEAL_STAGES)[number];

/** `open` until the deal is closed one way or another. */
export const DEAL_OUTCOMES = ['open', 'won', 'lost', 'no-deal', 'walked-away'] as const;
export type DealOutcome = (typeof DEAL_OUTCOMES)[number];

/** Whether the user is the seller (wants a high price) or the buyer (wants a low one). */
export const NEGOTIATION_SIDES = ['sell', 'buy'] as const;
export type NegotiationSide = (typeof NEGOTIATION_SIDES)[number];

export type Contact = {
  id: string;
  name: string;
  role: string;
  decisionRole: DecisionRole;
  style: CounterpartStyle | null;
};

/** Post-deal review: the four questions every account manager answers, won or lost. */
export type DealReview = {
  finalPrice: number | null;
  closedOn: string | null; // ISO date (yyyy-mm-dd)
  lostReason: string;
  knewTheirNeeds: string;
  theyKnewUs: string;
  competitorsLearned: string;
  whereItFailed: string;
  lessons: string;
};

export type Deal = {
  id: string;
  title: string;
  counterpartOrg: string;
  contacts: Contact[];
  counterpartStyle: CounterpartStyle | null;
  side: NegotiationSide;
  currency: string; // ISO 4217, e.g. CNY, USD
  value: number | null;
  stage: DealStage;
  outcome: DealOutcome;
  meetingDate: string | null; // ISO date of the next (or key) meeting
  expectedCloseDate: string | null; // ISO date
  tags: string[];
  notes: string;
  isSample: boolean;
  /** When the deal was opened or created in the user's CRM (yyyy-mm-dd); places open deals in time. */
  openedOn: string | null;
  /** The deal's id in the CRM it was imported from, so importing the same file again updates it. */
  sourceId: string | null;
  worksheet: Worksheet;
  meetings: Meeting[];
  review: DealReview;
  /** Complaints and after-sales cases raised by this deal's client. */
  complaints: Complaint[];
  createdAt: string; // ISO timestamp
  updatedAt: string; // ISO timestamp
};

/** What the deal form edits; the rest of the record is owned by other screens. */
export type DealDraft = Pick<
  Deal,
  | 'title'
  | 'counterpartOrg'
  | 'contacts'
  | 'counterpartStyle'
  | 'side'
  | 'currency'
  | 'value'
  | 'stage'
  | 'outcome'
  | 'meetingDate'
  | 'expectedCloseDate'
  | 'tags'
  | 'notes'
>;
