// Scores options against both sides' interests to find mutual gains and cheap things to trade.
import type { Interest, Party, ValueOption } from '../worksheet-types';

/** A trade candidate may cost us at most this share of the most it could cost us. */
export const TRADE_CANDIDATE_MAX_COST_SHARE = 0.25;
/** Interests at or above this priority are "top"; a party with none uses its highest priority. */
export const TOP_INTEREST_PRIORITY = 4;

export type OptionQuadrant = 'mutual-gain' | 'helps-them' | 'helps-us' | 'no-gain';

export type OptionAssessment = {
  optionId: string;
  text: string;
  /** Σ priority × score over our interests (a missing score counts as 0). */
  ourBenefit: number;
  /** Σ priority × |score| over our interests the option hurts (≥ 0). */
  ourCost: number;
  /** Σ priority × score over their interests. */
  theirBenefit: number;
  /** `ourBenefit` divided by the most it could be (2 × Σ priorities): −1..1, 0 without interests. */
  ourScore: number;
  theirScore: number;
  /** `ourCost` divided by the most it could be: 0..1. */
  ourCostShare: number;
  servesTheirTopInterestIds: string[];
  hurtsOurTopInterestIds: string[];
  /** Helps their top interests at little cost to ours: something to offer in exchange. */
  isTradeCandidate: boolean;
  quadrant: OptionQuadrant;
  /** 1 = best joint value (ourScore + theirScore). */
  rank: number;
};

export type OptionMatrix = {
  /** Best first. */
  options: OptionAssessment[];
  ourTopInterestIds: string[];
  theirTopInterestIds: string[];
  tradeCandidateIds: string[];
};

export const topInterestIds = (interests: readonly Interest[], party: Party): string[] => {
  const own = interests.filter((i) => i.party === party);
  const highest = Math.max(0, ...own.map((i) => i.priority));
  const threshold = Math.min(TOP_INTEREST_PRIORITY, highest);
  return own.filter((i) => i.priority >= threshold).map((i) => i.id);
};

/** Scores outside −2…+2 or non-integers (hand-edited files) are clamped and rounded. */
const scoreOf = (option: ValueOption, interestId: string): number => {
  const raw: number | undefined = option.scores[interestId];
  return typeof raw === 'number' && Number.isFinite(raw) ? Math.max(-2, Math.min(2, Math.round(raw))) : 0;
};

export type OptionMatrixInput = { interests: readonly Interest[]; options: readonly ValueOption[] };

export const assessOptions = ({ interests, options }: OptionMatrixInput): OptionMatrix => {
  const ours = interests.filter((i) => i.party === 'ours');
  const theirs = interests.filter((i) => i.party === 'theirs');
  const maxOf = (list: readonly Interest[]): number => 2 * list.reduce((sum, i) => sum + i.priority, 0);
  const ourMax = maxOf(ours);
  const theirMax = maxOf(theirs);
  const ourTop = new Set(topInterestIds(interests, 'ours'));
  const theirTop = new Set(topInterestIds(interests, 'theirs'));
  const share = (value: number, max: number): number => (max === 0 ? 0 : value / max);

  const assessed = options.map((option, index) => {
    const weighted = (list: readonly Interest[]): number =>
      list.reduce((sum, i) => sum + i.priority * scoreOf(option, i.id), 0);
    const ourBenefit = weighted(ours);
    const ourCost = ours.reduce((sum, i) => sum + i.priority * Math.max(0, -scoreOf(option, i.id)), 0);
    const theirBenefit = weighted(theirs);
    const servesTheirTopInterestIds = theirs
      .filter((i) => theirTop.has(i.id) && scoreOf(option, i.id) > 0)
      .map((i) => i.id);
    const hurtsOurTopInterestIds = ours.filter((i) => ourTop.has(i.id) && scoreOf(option, i.id) < 0).map((i) => i.id);
    const ourCostShare = share(ourCost, ourMax);
    const quadrant: OptionQuadrant =
      ourBenefit > 0 && theirBenefit > 0
        ? 'mutual-gain'
        : theirBenefit > 0
          ? 'helps-them'
          : ourBenefit > 0
            ? 'helps-us'
            : 'no-gain';
    const assessment: OptionAssessment = {
      optionId: option.id,
      text: option.text,
      ourBenefit,
      ourCost,
      theirBenefit,
      ourScore: share(ourBenefit, ourMax),
      theirScore: share(theirBenefit, theirMax),
      ourCostShare,
      servesTheirTopInterestIds,
      hurtsOurTopInterestIds,
      isTradeCandidate:
        theirBenefit > 0 &&
        servesTheirTopInterestIds.length > 0 &&
        hurtsOurTopInterestIds.length === 0 &&
        ourCostShare <= TRADE_CANDIDATE_MAX_COST_SHARE,
      quadrant,
      rank: 0,
    };
    return { assessment, index };
  });

  assessed.sort(
    (a, b) =>
      b.assessment.ourScore + b.assessment.theirScore - (a.assessment.ourScore + a.assessment.theirScore) ||
      b.assessment.theirScore - a.assessment.theirScore ||
      a.index - b.index,
  );
  const ranked = assessed.map(({ assessment }, i) => ({ ...assessment, rank: i + 1 }));
  return {
    options: ranked,
    ourTopInterestIds: [...ourTop],
    theirTopInterestIds: [...theirTop],
    tradeCandidateIds: ranked.filter((o) => o.isTradeCandidate).map((o) => o.optionId),
  };
};
