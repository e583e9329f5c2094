// Finds each side's BATNA among the worksheet's alternatives and the walk-away it suggests.
import type { NegotiationSide } from '../deal';
import type { Alternative, Party } from '../worksheet-types';
import { finiteOrNull, isBetter, oppositeSide } from './sides';
import { makeWarning, type WorksheetWarning } from './warnings';

/** A real BATNA less likely than this is flagged: a floor that will probably not hold. */
export const UNLIKELY_BATNA_BELOW = 0.5;

export type RankedAlternative = {
  alternative: Alternative;
  value: number;
  /** The stored likelihood clamped to 0..1 (a missing or invalid one counts as 0). */
  likelihood: number;
  /**
   * value × likelihood: the probability-weighted outcome, counting a failed alternative as 0.
   * For a seller it is what they can expect to receive elsewhere. For a buyer it is an expected
   * spend, not a cost to minimise (an unlikely fallback would look cheap), so the BATNA is chosen
   * by `value`, never by this figure; it is shown as information.
   */
  expectedValue: number;
};

export type Batna = {
  party: Party;
  /** The side that party negotiates from: theirs is the opposite of ours. */
  partySide: NegotiationSide;
  /** The best real alternative; the best hypothetical one when no real alternative has a value. */
  best: RankedAlternative | null;
  /** True when `best` is hypothetical: a plan B that is not yet secured. */
  isHypothetical: boolean;
  /** Every alternative of the party that has a value, best first. */
  ranked: RankedAlternative[];
  /** Alternatives of the party without a value; they cannot be compared. */
  unvalued: Alternative[];
  warnings: WorksheetWarning[];
};

const clampLikelihood = (likelihood: number): number => {
  const finite = finiteOrNull(likelihood);
  return finite === null ? 0 : Math.min(1, Math.max(0, finite));
};

/**
 * Best = highest value for a seller (what they would get elsewhere), lowest for a buyer (what they
 * would pay elsewhere). Ties go to the likelier alternative, then to a real one, then list order.
 * `ourSide` is the user's side; their alternatives are ranked from their (opposite) side.
 */
export const findBatna = (alternatives: readonly Alternative[], party: Party, ourSide: NegotiationSide): Batna => {
  const partySide = party === 'ours' ? ourSide : oppositeSide(ourSide);
  // Their alternatives are estimates, so what we find about them is advice, not a warning.
  const severity = party === 'ours' ? undefined : 'info';
  const warnings: WorksheetWarning[] = [];
  const ranked: RankedAlternative[] = [];
  const unvalued: Alternative[] = [];

  for (const alternative of alternatives) {
    if (alternative.party !== party) continue;
    const raw = alternative.likelihood;
    if (finiteOrNull(raw) === null || raw < 0 || raw > 1) {
      warnings.push(
        makeWarning(
          'likelihood-out-of-range',
          { party, alternativeId: alternative.id, likelihood: Number.isFinite(raw) ? raw : 0 },
          severity,
        ),
      );
    }
    const value = finiteOrNull(alternative.value);
    if (value === null) {
      unvalued.push(alternative);
      warnings.push(makeWarning('alternative-without-value', { party, alternativeId: alternative.id }));
      continue;
    }
    const likelihood = clampLikelihood(raw);
    ranked.push({ alternative, value, likelihood, expectedValue: value * likelihood });
  }

  ranked.sort((a, b) => {
    if (a.value !== b.value) return isBetter(a.value, b.value, partySide) ? -1 : 1;
    if (a.likelihood !== b.likelihood) return b.likelihood - a.likelihood;
    return Number(b.alternative.isReal) - Number(a.alternative.isReal);
  });

  const bestReal = ranked.find((r) => r.alternative.isReal) ?? null;
  const bestHypothetical = ranked.find((r) => !r.alternative.isReal) ?? null;
  const best = bestReal ?? bestHypothetical;

  if (best === null) {
    warnings.push(makeWarning('batna-missing', { party }, severity));
  } else if (bestReal === null) {
    warnings.push(
      makeWarning(
        'batna-hypothetical-only',
        { party, alternativeId: best.alternative.id, value: best.value },
        severity,
      ),
    );
  } else {
    if (bestReal.likelihood < UNLIKELY_BATNA_BELOW) {
      warnings.push(
        makeWarning(
          'batna-unlikely',
          { party, alternativeId: bestReal.alternative.id, likelihood: bestReal.likelihood },
          severity,
        ),
      );
    }
    if (bestHypothetical !== null && isBetter(bestHypothetical.value, bestReal.value, partySide)) {
      warnings.push(
        makeWarning('better-hypothetical-alternative', {
          party,
          alternativeId: bestHypothetical.alternative.id,
          value: bestHypothetical.value,
          batnaValue: bestReal.value,
        }),
      );
    }
  }

  return { party, partySide, best, isHypothetical: best !== null && bestReal === null, ranked, unvalued, warnings };
};

/** The value of our best REAL alternative: the only one we can walk away to today. */
export const realBatnaOf = (batna: Batna): RankedAlternative | null => (batna.isHypothetical ? null : batna.best);

export type WalkAwaySuggestion = {
  value: number | null;
  basis: 'real-batna' | 'none';
  alternativeId: string | null;
};

/**
 * Our walk-away follows our REAL BATNA: a deal worse than what we can get elsewhere today is not
 * worth taking. A hypothetical alternative is not available to walk away to, so it never suggests
 * a floor (the worksheet shows it as "if it becomes real"). It uses the BATNA's value, not its
 * expected value, because the walk-away is compared with concrete offers; an unlikely BATNA is
 * flagged separately (`batna-unlikely`).
 */
export const suggestWalkAway = (alternatives: readonly Alternative[], side: NegotiationSide): WalkAwaySuggestion => {
  const real = realBatnaOf(findBatna(alternatives, 'ours', side));
  return real === null
    ? { value: null, basis: 'none', alternativeId: null }
    : { value: real.value, basis: 'real-batna', alternativeId: real.alternative.id };
};
