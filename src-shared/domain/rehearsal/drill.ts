// The price-concession drill: a scripted counterpart pushes on price for a few rounds.
//
// The counterpart's hidden walk-away is drawn from the user's estimate range with the seed.
// It opens by demanding a cut (seller side; a raise on the buyer side) and then reacts to how
// the user negotiates:
// - fast or growing concessions read as weakness: it does not move and pushes for more, and
//   afterwards needs more firm rounds before it believes the user's price is final;
// - holding firm, and asking for something in return, earns movement towards its walk-away;
// - it agrees when the user's price is within its walk-away and it judges it cannot get more:
//   the user has held firm long enough, the user came down to its own number, or time is up.
// Counterpart lines carry a message code and params (for tests and analytics) and a bilingual
// text built here, with prices formatted in the drill's currency.
import type { NegotiationSide } from '../deal';
import type { LocalizedText } from '../../playbook/types';
import { createRandom } from './seeded-random';

export type DrillConfig = {
  seed: number;
  side: NegotiationSide;
  opening: number;
  target: number;
  walkAway: number;
  /** The user's estimate of the counterpart's walk-away. */
  theirWalkAwayLow: number;
  theirWalkAwayHigh: number;
  currency: string; // ISO 4217
  maxRounds: number;
};

export const DRILL_LINE_CODES = [
  'opening-demand',
  'push-more',
  'move-for-trade',
  'small-move',
  'went-backwards',
  'final-offer',
  'split-difference',
  'deal',
  'stalemate',
  'walked',
] as const;
export type DrillLineCode = (typeof DRILL_LINE_CODES)[number];

/** One thing the counterpart says. `params.price` is their number; `percent` only in the opening. */
export type DrillLine = {
  code: DrillLineCode;
  params: { price?: number; percent?: number };
  text: LocalizedText;
};

export type DrillMove = { price: number; inReturn: string };

export type DrillMoveKind = 'firm' | 'small' | 'big' | 'backwards';

export type DrillRound = {
  round: number; // 1-based
  price: number;
  inReturn: string;
  /** How far the user moved towards the counterpart this round (negative: moved away). */
  concession: number;
  kind: DrillMoveKind;
  reply: DrillLine;
  /** The counterpart's number after its reply. */
  theirOffer: number;
};

export const DRILL_STATUSES = ['running', 'deal', 'stalemate', 'walked'] as const;
export type DrillStatus = (typeof DRILL_STATUSES)[number];

/** Plain, JSON-safe state; `theirWalkAway` is hidden from the user until the drill has ended. */
export type DrillState = {
  config: DrillConfig;
  theirWalkAway: number;
  theirAnchor: number;
  theirOffer: number;
  openingLine: DrillLine;
  /** The counterpart's latest line: the opening, a reply, or its answer to the user walking away. */
  currentLine: DrillLine;
  rounds: DrillRound[];
  status: DrillStatus;
  finalPrice: number | null;
  firmStreak: number;
  /** Fast or growing concessions seen; each one makes the counterpart push harder. */
  weakSignals: number;
  /** Rounds the user held an unacceptable price after the counterpart's final offer. */
  standoffs: number;
};

/** A concession above this share of the opening is a big one. */
const BIG_CONCESSION_SHARE = 0.05;
/** When the gap is within this share of the opening, the counterpart offers to split it. */
const SPLIT_SHARE = 0.04;
/** Once this close to its walk-away (share of the opening), the counterpart goes all the way and says so. */
const FINAL_SNAP_SHARE = 0.01;
const FIRM_ROUNDS_TO_AGREE = 2;
const STANDOFFS_TO_STALEMATE = 2;
const OPENING_DEMANDS = [15, 20, 25] as const;

/** How far (share of the remaining way to its walk-away) the counterpart moves after each kind of move. */
const MOVEMENT = {
  firm: { withAsk: 0.45, withoutAsk: 0.2 },
  small: { withAsk: 0.3, withoutAsk: 0.1 },
  big: { withAsk: 0, withoutAsk: 0 },
  backwards: { withAsk: 0, withoutAsk: 0 },
} as const satisfies Record<DrillMoveKind, { withAsk: number; withoutAsk: number }>;

/** Prices are rounded to about a hundredth of the opening's order of magnitude: 100,000 → 1,000. */
export function priceStep(opening: number): number {
  return 10 ** Math.max(0, Math.floor(Math.log10(opening)) - 2);
}

export function formatPrice(value: number, currency: string, locale: string): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);
  } catch {
    return `${currency} ${value.toFixed(digits)}`;
  }
}

const TEMPLATES = {
  'opening-demand': {
    sell: {
      en: 'Honestly, we need {percent}% off. {price} is what works for us.',
      zh: '说实话，价格得降{percent}%，{price}我们才能接受。',
    },
    buy: {
      en: 'At that price we lose money. We need {percent}% more: {price}.',
      zh: '这个价格我们亏本，至少要加{percent}%：{price}。',
    },
  },
  'push-more': {
    en: 'You moved that fast, so there is clearly more room. We still need {price}.',
    zh: '您让得这么快，看来还有空间。我们还是需要{price}。',
  },
  'move-for-trade': {
    en: 'If we can agree on that, we could look at {price}.',
    zh: '如果这一点能谈妥，我们可以考虑{price}。',
  },
  'small-move': {
    en: 'We can stretch to {price}, but you have to meet us.',
    zh: '我们最多可以到{price}，但您也得有所表示。',
  },
  'went-backwards': {
    en: 'That is going backwards. Our number is still {price}.',
    zh: '这是在倒退啊。我们的数字还是{price}。',
  },
  'final-offer': {
    en: 'This is as far as we can go: {price}.',
    zh: '这是我们的极限了：{price}。',
  },
  'split-difference': {
    en: 'We are close. Let us meet in the middle at {price}.',
    zh: '我们已经很接近了，各让一步，{price}怎么样？',
  },
  deal: {
    en: 'All right, {price} it is. Let us put it in writing.',
    zh: '好吧，就{price}，我们落实到合同里吧。',
  },
  stalemate: {
    en: 'We are too far apart. We cannot go beyond {price}.',
    zh: '我们差距太大了，{price}已经是我们的极限。',
  },
  walked: {
    en: 'Understood. Let us know if anything changes.',
    zh: '明白了。有变化再联系我们。',
  },
} as const satisfies Record<Exclude<DrillLineCode, 'opening-demand'>, LocalizedText> & {
  'opening-demand': Record<NegotiationSide, LocalizedText>;
};

function line(code: DrillLineCode, params: DrillLine['params'], config: DrillConfig): DrillLine {
  const template = code === 'opening-demand' ? TEMPLATES[code][config.side] : TEMPLATES[code];
  const fill = (text: string, locale: string): string =>
    text
      .replace('{price}', params.price === undefined ? '' : formatPrice(params.price, config.currency, locale))
      .replace('{percent}', params.percent === undefined ? '' : String(params.percent));
  return { code, params, text: { en: fill(template.en, 'en-US'), zh: fill(template.zh, 'zh-CN') } };
}

function assertConfig(config: DrillConfig): void {
  const prices = [config.opening, config.target, config.walkAway, config.theirWalkAwayLow, config.theirWalkAwayHigh];
  if (!prices.every((price) => Number.isFinite(price) && price > 0)) {
    throw new RangeError('Drill prices must be positive numbers');
  }
  if (!Number.isInteger(config.maxRounds) || config.maxRounds < 1) {
    throw new RangeError('maxRounds must be a positive integer');
  }
}

/** Starts a drill; the counterpart's walk-away and opening demand come from the seed. */
export function startDrill(config: DrillConfig): DrillState {
  assertConfig(config);
  const random = createRandom(config.seed);
  const dir = config.side === 'sell' ? 1 : -1;
  const step = priceStep(config.opening);
  const low = Math.min(config.theirWalkAwayLow, config.theirWalkAwayHigh);
  const high = Math.max(config.theirWalkAwayLow, config.theirWalkAwayHigh);
  const drawn = Math.round((low + random() * (high - low)) / step) * step;
  const theirWalkAway = Math.min(high, Math.max(low, drawn));

  const demand = OPENING_DEMANDS[Math.floor(random() * OPENING_DEMANDS.length)] ?? 20;
  const asked = config.opening * (1 - (dir * demand) / 100);
  // Their first number is at least as demanding as their own walk-away, rounded their way.
  const anchorU = Math.min(Math.floor((dir * asked) / step) * step, dir * theirWalkAway);
  const theirAnchor = dir * anchorU;
  const percent = Math.round((Math.abs(config.opening - theirAnchor) / config.opening) * 100);
  const openingLine = line('opening-demand', { percent, price: theirAnchor }, config);

  return {
    config: { ...config },
    theirWalkAway,
    theirAnchor,
    theirOffer: theirAnchor,
    openingLine,
    currentLine: openingLine,
    rounds: [],
    status: 'running',
    finalPrice: null,
    firmStreak: 0,
    weakSignals: 0,
    standoffs: 0,
  };
}

/** The last concession (towards the counterpart) the user made before this round, or 0. */
function lastConcession(rounds: readonly DrillRound[]): number {
  for (let i = rounds.length - 1; i >= 0; i -= 1) {
    const concession = rounds[i]?.concession ?? 0;
    if (concession > 0) return concession;
  }
  return 0;
}

/** Classifies a move: held, small step, big or growing step, or a step back. */
export function classifyMove(
  previousPrice: number,
  price: number,
  previousConcession: number,
  config: Pick<DrillConfig, 'side' | 'opening'>,
): { kind: DrillMoveKind; concession: number; isGrowing: boolean } {
  const dir = config.side === 'sell' ? 1 : -1;
  const epsilon = config.opening * 1e-9;
  const concession = dir * (previousPrice - price);
  if (concession < -epsilon) return { kind: 'backwards', concession, isGrowing: false };
  if (concession <= epsilon) return { kind: 'firm', concession: 0, isGrowing: false };
  const isGrowing = previousConcession > 0 && concession > previousConcession + epsilon;
  const isBig = isGrowing || concession > BIG_CONCESSION_SHARE * config.opening + epsilon;
  return { kind: isBig ? 'big' : 'small', concession, isGrowing };
}

/**
 * Plays one round: the user's price and what they ask in return, and the counterpart's reply.
 * A drill that has ended is returned unchanged. Throws on a price that is not a positive number.
 */
export function respond(state: DrillState, move: DrillMove): DrillState {
  if (state.status !== 'running') return state;
  if (!Number.isFinite(move.price) || move.price <= 0) throw new RangeError('The price must be a positive number');

  const { config } = state;
  const dir = config.side === 'sell' ? 1 : -1;
  const u = (price: number): number => dir * price; // higher u is better for the user
  const step = priceStep(config.opening);
  const epsilon = config.opening * 1e-9;
  const round = state.rounds.length + 1;
  const previousPrice = state.rounds.at(-1)?.price ?? config.opening;
  const hasAsk = move.inReturn.trim() !== '';

  const { kind, concession } = classifyMove(previousPrice, move.price, lastConcession(state.rounds), config);
  const weakSignals = state.weakSignals + (kind === 'big' ? 1 : 0);
  const firmStreak = kind === 'firm' ? state.firmStreak + 1 : 0;
  const firmRoundsNeeded = FIRM_ROUNDS_TO_AGREE + (weakSignals > 0 ? 1 : 0);
  const userU = u(move.price);
  const limitU = u(state.theirWalkAway);
  const isAcceptable = userU <= limitU + epsilon;
  const wasFinal = u(state.theirOffer) >= limitU - epsilon;

  const finish = (
    status: DrillStatus,
    reply: DrillLine,
    theirOffer: number,
    standoffs = state.standoffs,
  ): DrillState => ({
    ...state,
    theirOffer,
    currentLine: reply,
    rounds: [
      ...state.rounds,
      { round, price: move.price, inReturn: move.inReturn, concession, kind, reply, theirOffer },
    ],
    status,
    finalPrice: status === 'deal' ? move.price : null,
    firmStreak,
    weakSignals,
    standoffs,
  });
  const agree = (): DrillState => finish('deal', line('deal', { price: move.price }, config), move.price);

  // They take it when the user came to (or past) their own number, or has proven to be firm.
  if (isAcceptable && userU <= u(state.theirOffer) + epsilon) return agree();
  if (isAcceptable && firmStreak >= firmRoundsNeeded) return agree();

  const rate = MOVEMENT[kind][hasAsk ? 'withAsk' : 'withoutAsk'];
  const offerU = u(state.theirOffer);
  let nextU = offerU;
  if (rate > 0 && offerU < limitU) {
    nextU = Math.floor((offerU + rate * (limitU - offerU)) / step) * step;
    if (nextU <= offerU) nextU = offerU + step; // a rewarded move always shows
    if (limitU - nextU < Math.max(step, FINAL_SNAP_SHARE * config.opening)) nextU = limitU;
    nextU = Math.min(nextU, limitU);
  }
  if (isAcceptable && nextU >= userU - epsilon) return agree();

  if (round >= config.maxRounds) {
    if (isAcceptable) return agree();
    return finish('stalemate', line('stalemate', { price: dir * nextU }, config), dir * nextU);
  }

  const standoffs =
    !isAcceptable && wasFinal && (kind === 'firm' || kind === 'backwards') ? state.standoffs + 1 : state.standoffs;
  if (standoffs >= STANDOFFS_TO_STALEMATE) {
    return finish('stalemate', line('stalemate', { price: dir * nextU }, config), dir * nextU, standoffs);
  }

  let code: DrillLineCode;
  const gap = userU - nextU;
  const middleU = Math.floor((nextU + gap / 2) / step) * step;
  if (rate > 0 && gap > 0 && gap <= SPLIT_SHARE * config.opening && middleU > nextU && middleU <= limitU) {
    nextU = middleU;
    code = 'split-difference';
  } else if (nextU >= limitU - epsilon) {
    code = 'final-offer';
  } else if (kind === 'big') {
    code = 'push-more';
  } else if (kind === 'backwards') {
    code = 'went-backwards';
  } else {
    code = hasAsk ? 'move-for-trade' : 'small-move';
  }
  const theirOffer = dir * nextU;
  return finish('running', line(code, { price: theirOffer }, config), theirOffer, standoffs);
}

/** The user ends the drill without a deal. */
export function stopDrill(state: DrillState): DrillState {
  if (state.status !== 'running') return state;
  return { ...state, status: 'walked', finalPrice: null, currentLine: line('walked', {}, state.config) };
}

export const DRILL_FLAG_CODES = ['unreciprocated-concession', 'growing-concession', 'beyond-walk-away'] as const;
export type DrillFlagCode = (typeof DRILL_FLAG_CODES)[number];

export type DrillFlag = { code: DrillFlagCode; round: number; params: { price: number; concession: number } };

export type DrillSummary = {
  side: NegotiationSide;
  currency: string;
  /** The user's concession curve; round 0 is the opening. */
  points: Array<{ round: number; price: number }>;
  /** The counterpart's numbers; round 0 is its opening demand. */
  theirPoints: Array<{ round: number; price: number }>;
  opening: number;
  target: number;
  walkAway: number;
  flags: DrillFlag[];
  outcome: DrillStatus;
  finalPrice: number | null;
  /** Revealed once the drill has ended, null while it runs. */
  theirWalkAway: number | null;
  /** From the opening to the last price, towards the counterpart. */
  totalConcession: number;
  rounds: number;
};

/** The concession curve and what went wrong along it, for the debrief. */
export function summariseDrill(state: DrillState): DrillSummary {
  const { config, rounds } = state;
  const dir = config.side === 'sell' ? 1 : -1;
  const flags: DrillFlag[] = [];
  let previousConcession = 0;
  for (const entry of rounds) {
    const params = { price: entry.price, concession: entry.concession };
    if (entry.concession > 0 && entry.inReturn.trim() === '') {
      flags.push({ code: 'unreciprocated-concession', round: entry.round, params });
    }
    if (entry.concession > 0 && previousConcession > 0 && entry.concession > previousConcession) {
      flags.push({ code: 'growing-concession', round: entry.round, params });
    }
    if (dir * entry.price < dir * config.walkAway) {
      flags.push({ code: 'beyond-walk-away', round: entry.round, params });
    }
    if (entry.concession > 0) previousConcession = entry.concession;
  }
  const lastPrice = rounds.at(-1)?.price ?? config.opening;
  return {
    side: config.side,
    currency: config.currency,
    points: [
      { round: 0, price: config.opening },
      ...rounds.map((entry) => ({ round: entry.round, price: entry.price })),
    ],
    theirPoints: [
      { round: 0, price: state.theirAnchor },
      ...rounds.map((entry) => ({ round: entry.round, price: entry.theirOffer })),
    ],
    opening: config.opening,
    target: config.target,
    walkAway: config.walkAway,
    flags,
    outcome: state.status,
    finalPrice: state.finalPrice,
    theirWalkAway: state.status === 'running' ? null : state.theirWalkAway,
    totalConcession: dir * (config.opening - lastPrice),
    rounds: rounds.length,
  };
}
