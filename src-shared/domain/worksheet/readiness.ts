// How ready a worksheet is for the meeting: a 0–100 score and the specific gaps, as codes.
import type { NegotiationSide } from '../deal';
import type { Worksheet } from '../worksheet-types';
import { findBatna, realBatnaOf } from './batna';
import { checkConcessions } from './concessions';
import { checkResolvedNumbers } from './number-warnings';
import { resolveNumbers } from './numbers';
import { hasText } from './sides';
import { hasErrors } from './warnings';

export const READINESS_CODES = [
  'no-our-interests',
  'no-their-interests',
  'no-criteria',
  'no-options',
  'no-real-batna', // no alternative of ours has a value
  'batna-hypothetical-only', // half credit: our best alternative is not secured
  'no-their-alternatives',
  'missing-opening',
  'missing-target',
  'missing-walk-away',
  'missing-their-range', // also when only one of low/high is known
  'no-spin-questions',
  'no-expected-objections',
  'objection-without-answer', // partial credit: the share of objections answered
  'no-tradeables',
  'numbers-inconsistent', // an error from `checkNumbers`
  'no-concession-plan',
  'concessions-inconsistent', // an error from `checkConcessions`
] as const;
export type ReadinessCode = (typeof READINESS_CODES)[number];

export const READINESS_ITEM_IDS = [
  'our-interests',
  'their-interests',
  'criteria',
  'options',
  'our-batna',
  'their-alternatives',
  'opening',
  'target',
  'walk-away',
  'their-range',
  'spin',
  'objections',
  'tradeables',
  'numbers-consistent',
  'concession-plan',
] as const;
export type ReadinessItemId = (typeof READINESS_ITEM_IDS)[number];

/**
 * Points per item, summing to 100. Interests and the BATNA weigh most (they are what ICON
 * preparation is about), then the numbers, then the talk track (SPIN, objections, trades).
 */
export const READINESS_WEIGHTS = {
  'our-interests': 10,
  'their-interests': 10,
  criteria: 8,
  options: 8,
  'our-batna': 10,
  'their-alternatives': 4,
  opening: 6,
  target: 6,
  'walk-away': 8,
  'their-range': 6,
  spin: 4,
  objections: 6,
  tradeables: 4,
  'numbers-consistent': 6,
  'concession-plan': 4,
} as const satisfies Record<ReadinessItemId, number>;

export type ReadinessItem = {
  id: ReadinessItemId;
  weight: number;
  /** 0..weight; partial for a hypothetical-only BATNA and partly answered objections. */
  earned: number;
  isMet: boolean;
  codes: ReadinessCode[];
  /** Entries the codes are about, e.g. the unanswered objections. */
  ids: string[];
};

export type Readiness = {
  /** 0–100, rounded down; 100 only when every item is met. */
  score: number;
  /** Every gap, in item order. */
  missing: ReadinessCode[];
  items: ReadinessItem[];
};

type ItemResult = { fraction: number; codes?: ReadinessCode[]; ids?: string[] };

const present = (condition: boolean, code: ReadinessCode): ItemResult =>
  condition ? { fraction: 1 } : { fraction: 0, codes: [code] };

export const assessReadiness = (worksheet: Worksheet, side: NegotiationSide): Readiness => {
  const numbers = resolveNumbers(worksheet, side);
  const ourBatna = findBatna(worksheet.alternatives, 'ours', side);
  const numberWarnings = checkResolvedNumbers(numbers, realBatnaOf(ourBatna), side);
  const plan = checkConcessions(worksheet, side);
  const interestsOf = (party: 'ours' | 'theirs'): boolean =>
    worksheet.interests.some((i) => i.party === party && hasText(i.text));
  const objections = worksheet.expectedObjections.filter((o) => hasText(o.text));
  const unanswered = objections.filter((o) => !hasText(o.answer));
  // Consistency is only earned once there is something to be consistent: a floor and a goal.
  const hasCoreNumbers = numbers.walkAway !== null && (numbers.opening !== null || numbers.target !== null);

  const results: Record<ReadinessItemId, ItemResult> = {
    'our-interests': present(interestsOf('ours'), 'no-our-interests'),
    'their-interests': present(interestsOf('theirs'), 'no-their-interests'),
    criteria: present(
      worksheet.criteria.some((c) => hasText(c.standard)),
      'no-criteria',
    ),
    options: present(
      worksheet.options.some((o) => hasText(o.text)),
      'no-options',
    ),
    'our-batna':
      ourBatna.best === null
        ? { fraction: 0, codes: ['no-real-batna'] }
        : ourBatna.isHypothetical
          ? { fraction: 0.5, codes: ['batna-hypothetical-only'], ids: [ourBatna.best.alternative.id] }
          : { fraction: 1 },
    'their-alternatives': present(
      worksheet.alternatives.some((a) => a.party === 'theirs' && (hasText(a.description) || a.value !== null)),
      'no-their-alternatives',
    ),
    opening: present(numbers.opening !== null, 'missing-opening'),
    target: present(numbers.target !== null, 'missing-target'),
    'walk-away': present(numbers.walkAway !== null, 'missing-walk-away'),
    'their-range': present(
      numbers.theirWalkAwayLow !== null && numbers.theirWalkAwayHigh !== null,
      'missing-their-range',
    ),
    spin: present(
      worksheet.spin.some((q) => hasText(q.text)),
      'no-spin-questions',
    ),
    objections:
      objections.length === 0
        ? { fraction: 0, codes: ['no-expected-objections'] }
        : unanswered.length === 0
          ? { fraction: 1 }
          : {
              fraction: 1 - unanswered.length / objections.length,
              codes: ['objection-without-answer'],
              ids: unanswered.map((o) => o.id),
            },
    tradeables: present(
      worksheet.tradeables.some((t) => hasText(t.give) && hasText(t.get)),
      'no-tradeables',
    ),
    'numbers-consistent': hasErrors(numberWarnings)
      ? { fraction: 0, codes: ['numbers-inconsistent'] }
      : { fraction: hasCoreNumbers ? 1 : 0 },
    'concession-plan': !plan.steps.some((s) => s.price !== null)
      ? { fraction: 0, codes: ['no-concession-plan'] }
      : hasErrors(plan.warnings)
        ? {
            fraction: 0,
            codes: ['concessions-inconsistent'],
            ids: plan.warnings.flatMap((w) =>
              w.severity === 'error' && 'stepId' in w.params ? [w.params.stepId] : [],
            ),
          }
        : { fraction: 1 },
  };

  const items = READINESS_ITEM_IDS.map((id): ReadinessItem => {
    const { fraction, codes = [], ids = [] } = results[id];
    const weight = READINESS_WEIGHTS[id];
    return { id, weight, earned: weight * fraction, isMet: fraction === 1, codes, ids };
  });
  // Rounded down (past float noise) so that a single gap can never round up to 100.
  const total = items.reduce((sum, item) => sum + item.earned, 0);
  return {
    score: Math.floor(total + 1e-9),
    missing: items.flatMap((item) => item.codes),
    items,
  };
};
