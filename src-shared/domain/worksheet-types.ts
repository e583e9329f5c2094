// The ICON worksheet (Interests, Criteria, Options, No-agreement alternatives) of one deal.

export type Party = 'ours' | 'theirs';

export type Interest = {
  id: string;
  party: Party;
  text: string;
  kind: 'substantive' | 'relational';
  priority: 1 | 2 | 3 | 4 | 5; // 5 = most important
  isStated: boolean; // false = inferred by us
};

export const CRITERION_KINDS = ['law', 'policy', 'industry-practice', 'market-price', 'precedent', 'other'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export type Criterion = {
  id: string;
  kind: CriterionKind;
  standard: string;
  source: string;
  favours: 'us' | 'them' | 'neutral';
  /** Set when the criterion was added from a past deal's precedent. */
  precedentDealId: string | null;
};

export type OptionScore = -2 | -1 | 0 | 1 | 2;

export type ValueOption = {
  id: string;
  text: string;
  /** Score of this option against each interest id (−2 hurts … +2 serves well). */
  scores: Record<string, OptionScore>;
};

export type Alternative = {
  id: string;
  party: Party;
  description: string;
  isReal: boolean; // false = hypothetical, not yet secured
  value: number | null; // what it is worth, in the deal's currency
  likelihood: number; // 0..1
};

export type AlternativeAction = {
  id: string;
  goal: 'improve-ours' | 'weaken-theirs';
  text: string;
};

export type WorksheetNumbers = {
  opening: number | null;
  target: number | null;
  walkAway: number | null;
  /** False while the walk-away follows the BATNA suggestion. */
  isWalkAwayManual: boolean;
  theirWalkAwayLow: number | null;
  theirWalkAwayHigh: number | null;
};

export const SPIN_KINDS = ['situation', 'problem', 'implication', 'need-payoff'] as const;
export type SpinKind = (typeof SPIN_KINDS)[number];

export type SpinQuestion = { id: string; kind: SpinKind; text: string };

export type ExpectedObjection = {
  id: string;
  /** Playbook objection card id, or null when written for this deal. */
  cardId: string | null;
  text: string;
  answer: string;
  techniqueIds: string[];
};

export type Tradeable = { id: string; give: string; get: string };

export type ConcessionStep = { id: string; price: number | null; inReturn: string };

export type Worksheet = {
  interests: Interest[];
  criteria: Criterion[];
  options: ValueOption[];
  alternatives: Alternative[];
  actions: AlternativeAction[];
  numbers: WorksheetNumbers;
  spin: SpinQuestion[];
  expectedObjections: ExpectedObjection[];
  tradeables: Tradeable[];
  concessionSteps: ConcessionStep[];
  closingMethodId: string | null;
  /** FAB lines (feature, advantage, benefit) built in the Options section. */
  fab: FabLine[];
};

/**
 * One FAB line for presenting value: a feature of the offer, the advantage it gives, and the benefit to this
 * customer, tied to one of their interests (null until linked).
 */
export type FabLine = { id: string; feature: string; advantage: string; benefit: string; interestId: string | null };

export const emptyWorksheet = (): Worksheet => ({
  interests: [],
  criteria: [],
  options: [],
  alternatives: [],
  actions: [],
  numbers: {
    opening: null,
    target: null,
    walkAway: null,
    isWalkAwayManual: false,
    theirWalkAwayLow: null,
    theirWalkAwayHigh: null,
  },
  spin: [],
  expectedObjections: [],
  tradeables: [],
  concessionSteps: [],
  closingMethodId: null,
  fab: [],
});
