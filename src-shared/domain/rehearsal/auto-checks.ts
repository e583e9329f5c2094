// Automatic, deterministic checks of a typed rehearsal answer; heuristics, shown as "automatic".
//
// Figures are read by the one amount reader (../amounts). Rates and relative amounts are read as
// changes to the reference price (the opening, else the target): for an opening of 100,000,
// "10% off", "降一成" and "便宜1万" all mean an effective price of 90,000; "5% more" and "加5千"
// mean more. A rate with no word saying which way it moves the price ("99.9% uptime") is not a
// price. An absolute amount counts as a price only when it is within PRICE_WINDOW of the
// walk-away (so "500 for training" is not read as the deal price), and not in a clause about a
// competitor's quote or their budget. A range counts by its end that is worse for us.
import { type AmountReading, hasCondition, priceAfter, readAmounts } from '../amounts';
import type { NegotiationSide } from '../deal';
import type { WorksheetNumbers } from '../worksheet-types';

export { hasCondition } from '../amounts';

export const AUTO_CHECK_CODES = ['beyond-walk-away', 'unreciprocated-concession', 'no-question', 'overtime'] as const;
export type AutoCheckCode = (typeof AUTO_CHECK_CODES)[number];

export const AUTO_CHECK_SEVERITIES = ['error', 'warning', 'hint', 'info'] as const;
export type AutoCheckSeverity = (typeof AUTO_CHECK_SEVERITIES)[number];

export type AutoCheck = {
  code: AutoCheckCode;
  severity: AutoCheckSeverity;
  /**
   * beyond-walk-away: { raw, price, walkAway } · unreciprocated-concession: { term } ·
   * no-question: {} · overtime: { seconds }
   */
  params: Record<string, string | number>;
  /** Always true: these are heuristics, to be labelled as automatic in the UI. */
  isAutomatic: true;
};

export type AnswerContext = {
  side: NegotiationSide;
  numbers?: Pick<WorksheetNumbers, 'opening' | 'target' | 'walkAway'>;
  elapsedSeconds?: number;
  /** The answer clock; no overtime check when null or omitted. */
  limitSeconds?: number | null;
};

/** An amount is read as a price only within these multiples of the walk-away. */
export const PRICE_WINDOW = { min: 0.2, max: 5 } as const;

const SEVERITY_ORDER = {
  error: 0,
  warning: 1,
  hint: 2,
  info: 3,
} as const satisfies Record<AutoCheckSeverity, number>;

const CLAUSE_BREAK = /[.!?;。！？；\n]/u;
const NOT_OUR_PRICE =
  /\b(?:competitors?|others|other vendors?|another vendor|budget)\b|别家|别人|竞争对手|同行|其他家|友商|预算/iu;

function clauseOf(text: string, index: number, breaks: RegExp = CLAUSE_BREAK): string {
  let from = index;
  while (from > 0 && !breaks.test(text[from - 1] ?? '')) from -= 1;
  let to = index;
  while (to < text.length && !breaks.test(text[to] ?? '')) to += 1;
  return text.slice(from, to);
}

/** The price a reading stands for, or null when it is not about the deal's price. */
export function effectivePrice(
  amount: AmountReading,
  numbers: Pick<WorksheetNumbers, 'opening' | 'target' | 'walkAway'>,
  side: NegotiationSide,
  text = '',
): number | null {
  const reference = numbers.opening ?? numbers.target;
  if (amount.change !== null) return priceAfter(amount, reference);
  if (amount.kind === 'percent' || numbers.walkAway === null) return null;
  const value = amount.high === null ? amount.value : side === 'sell' ? amount.value : amount.high;
  const ratio = value / numbers.walkAway;
  if (ratio < PRICE_WINDOW.min || ratio > PRICE_WINDOW.max) return null;
  if (text !== '' && NOT_OUR_PRICE.test(clauseOf(text, amount.start))) return null;
  return value;
}

export function isBeyondWalkAway(price: number, walkAway: number, side: NegotiationSide): boolean {
  return side === 'sell' ? price < walkAway : price > walkAway;
}

/** Every price in the answer that crosses the walk-away (seller: below it; buyer: above it). */
export function pricesBeyondWalkAway(
  answer: string,
  side: NegotiationSide,
  numbers: Pick<WorksheetNumbers, 'opening' | 'target' | 'walkAway'>,
): Array<{ raw: string; price: number }> {
  const { walkAway } = numbers;
  if (walkAway === null) return [];
  return readAmounts(answer).flatMap((amount) => {
    const price = effectivePrice(amount, numbers, side, answer);
    return price !== null && isBeyondWalkAway(price, walkAway, side)
      ? [{ raw: amount.raw, price: Math.round(price * 100) / 100 }]
      : [];
  });
}

// Concession words, and what around them means they are not a concession after all.
const EN_CONCESSION_PHRASES =
  /\b(?:at no (?:extra |additional )?(?:cost|charge)|free of charge|no (?:extra|additional) (?:cost|charge))\b/iu;
const EN_CONCESSION =
  /\b(?:discount\w*|reduc\w*|lower(?:ed|ing)?|off|cut(?:ting)?|waiv\w*|free|extra|concessions?|give you)\b/giu;
const EN_VALUE_TALK = /^\s+(?:your|their|its|the risk|risks?|costs?|downtime|waste|churn)\b/iu;
const EN_NOT_OFF_BEFORE =
  /\b(?:sign(?:ed)?|kick(?:ed)?|better|worse|day|days|time|log|put|hold|show|pay|paid|well|far|turn(?:ed)?)\s+$/iu;
const EN_NOT_OFF_AFTER = /^\s+(?:the (?:table|record|top|shelf)|track|topic)\b/iu;
const EN_NOT_FREE_BEFORE = /(?:-|\bfeel\s+)$/iu;
const EN_NEGATION = /(?:\b(?:no|not|never|cannot|unable|without|nor)\b|n['’]t\b)/iu;
const ZH_CONCESSION = /优惠|打折|折扣|降价|便宜|让利|减免|免费|赠送|让步/gu;
const ZH_NOT_A_CONCESSION = /(?:不|没|无法|别|未|拒绝|更|最|比[^，,。]{0,4})[^，,。]{0,3}$/u;
/** "included free maintenance", "价格已含免费维护": what the offer already holds is not given away now. */
const ALREADY_INCLUDED =
  /\b(?:includ\w*|comes? with|already)\s+(?:\w+\s+){0,2}$|(?:已含|包含|含有|已包括|包括)[^，,。]{0,4}$/iu;

/** The first word or phrase in the answer that gives something away, or null. */
export function findConcession(answer: string): string | null {
  const text = answer.normalize('NFKC');
  const phrase = EN_CONCESSION_PHRASES.exec(text);
  if (phrase) return phrase[0];
  for (const match of text.matchAll(EN_CONCESSION)) {
    const term = match[0];
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + term.length);
    const clauseBefore = clauseOf(before + ' ', before.length, /[,.!?;，。！？；\n]/u).slice(-30);
    if (EN_NEGATION.test(clauseBefore)) continue;
    const word = term.toLowerCase();
    if (/^(?:reduc|lower|cut)/u.test(word) && EN_VALUE_TALK.test(after)) continue;
    if (word === 'off' && (EN_NOT_OFF_BEFORE.test(before) || EN_NOT_OFF_AFTER.test(after))) continue;
    if (word === 'free' && EN_NOT_FREE_BEFORE.test(before)) continue;
    if (ALREADY_INCLUDED.test(before.slice(-40))) continue;
    return term;
  }
  for (const match of text.matchAll(ZH_CONCESSION)) {
    const before = text.slice(Math.max(0, match.index - 8), match.index);
    if (ZH_NOT_A_CONCESSION.test(before) || ALREADY_INCLUDED.test(before)) continue;
    return match[0];
  }
  return null;
}

const EN_QUESTION =
  /\b(?:what|why|how|which|who|when|where|could you|would you|can you|do you|did you|are you|is it|is there|have you|shall we|may i|tell me)\b/iu;
const ZH_QUESTION = /吗|呢|什么|为什么|如何|哪|怎么|多少|是否|能否|可否|是不是|有没有|能不能/u;

export function asksQuestion(answer: string): boolean {
  const text = answer.normalize('NFKC');
  return text.includes('?') || EN_QUESTION.test(text) || ZH_QUESTION.test(text);
}

const check = (code: AutoCheckCode, severity: AutoCheckSeverity, params: AutoCheck['params'] = {}): AutoCheck => ({
  code,
  severity,
  params,
  isAutomatic: true,
});

/** All automatic checks of one answer, most severe first. A blank answer is only checked for time. */
export function checkAnswer(answer: string, context: AnswerContext): AutoCheck[] {
  const checks: AutoCheck[] = [];
  const { side, numbers, elapsedSeconds, limitSeconds } = context;

  if (answer.trim() !== '') {
    if (numbers && numbers.walkAway !== null) {
      const seen = new Set<string>();
      for (const { raw, price } of pricesBeyondWalkAway(answer, side, numbers)) {
        if (seen.has(raw)) continue;
        seen.add(raw);
        checks.push(check('beyond-walk-away', 'error', { raw, price, walkAway: numbers.walkAway }));
      }
    }
    const concession = findConcession(answer) ?? priceConcession(answer, side, numbers);
    // A condition anywhere in the answer ("but only with a 3-year commitment", "但是要签三年") asks for something back.
    if (concession !== null && !hasCondition(answer)) {
      checks.push(check('unreciprocated-concession', 'warning', { term: concession }));
    }
    if (!asksQuestion(answer)) checks.push(check('no-question', 'hint'));
  }

  if (limitSeconds != null && elapsedSeconds !== undefined && elapsedSeconds > limitSeconds) {
    checks.push(check('overtime', 'info', { seconds: Math.ceil(elapsedSeconds - limitSeconds) }));
  }
  return checks.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/**
 * A figure that moves the price towards the counterpart is a concession even without the word:
 * "降5个点", "9折" or "knock 5k off" from a seller, "加5%" or "上浮两个点" from a buyer, or a price
 * past our opening.
 */
function priceConcession(answer: string, side: NegotiationSide, numbers: AnswerContext['numbers']): string | null {
  const towardThem = side === 'sell' ? 'decrease' : 'increase';
  const opening = numbers?.opening ?? null;
  const moved = readAmounts(answer).find((amount) => {
    if (amount.change !== null) return amount.change === towardThem;
    if (!numbers || opening === null) return false;
    const price = effectivePrice(amount, { ...numbers, walkAway: numbers.walkAway ?? opening }, side, answer);
    return price !== null && (side === 'sell' ? price < opening : price > opening);
  });
  return moved?.raw ?? null;
}
