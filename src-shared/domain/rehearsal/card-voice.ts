// Puts a playbook line into this counterpart's mouth: their style's way of opening and, on price, the deal's own number.
import type { CounterpartStyle, Deal } from '../deal';
import type { LocalizedText } from '../../playbook/types';
import { findBatna, resolveNumbers, topInterestIds } from '../worksheet';
import type { RehearsalCard } from './deck';
import { formatPrice } from './drill';
import type { RehearsalDealContext } from './records';

/** The most of their top interests the card screen lists. */
const MAX_TOP_INTERESTS = 4;

export function dealContextOf(deal: Deal): RehearsalDealContext {
  const { worksheet, side } = deal;
  const numbers = resolveNumbers(worksheet, side);
  const best = findBatna(worksheet.alternatives, 'ours', side).best;
  const top = new Set(topInterestIds(worksheet.interests, 'theirs'));
  const theirTopInterests = worksheet.interests
    .filter((interest) => top.has(interest.id) && interest.text.trim() !== '')
    .sort((a, b) => b.priority - a.priority)
    .slice(0, MAX_TOP_INTERESTS)
    .map((interest) => interest.text);
  return {
    id: deal.id,
    title: deal.title,
    counterpartOrg: deal.counterpartOrg,
    side,
    currency: deal.currency,
    value: deal.value,
    style: deal.counterpartStyle,
    opening: numbers.opening,
    target: numbers.target,
    walkAway: numbers.walkAway,
    batna: best && { description: best.alternative.description, value: best.value, isReal: best.alternative.isReal },
    theirTopInterests,
  };
}

type Voice = { opener: LocalizedText; price: LocalizedText };

const VOICES = {
  analytical: {
    opener: { en: 'I have gone through your proposal line by line.', zh: '你们的方案我逐项核对过了。' },
    price: { en: 'At {price}, the figures do not work for us yet.', zh: '按{price}算，这笔账我们还算不过来。' },
  },
  driver: {
    opener: { en: 'Let me be direct.', zh: '我就直说了。' },
    price: { en: '{price} is not a number I will sign.', zh: '{price}这个数，我签不了。' },
  },
  expressive: {
    opener: { en: 'I really like what you have shown us, honestly.', zh: '你们的东西我是真挺喜欢的。' },
    price: { en: 'But {price}? That is a lot to ask!', zh: '可是{price}也太多了吧！' },
  },
  amiable: {
    opener: { en: 'I would genuinely like to work with you.', zh: '说实话，我挺想跟你们合作的。' },
    price: { en: '{price} would be hard for me to explain to my team.', zh: '{price}这个数，我不好跟同事交代。' },
  },
} as const satisfies Record<CounterpartStyle, Voice>;

const PLAIN_PRICE: LocalizedText = { en: 'Your quote says {price}.', zh: '你们报的是{price}。' };

const join = (parts: ReadonlyArray<string | null>, separator: string): string =>
  parts.filter((part): part is string => part !== null && part !== '').join(separator);

/**
 * The line as the counterpart would say it. Lines the user wrote for a deal stay exactly as
 * typed; a playbook line gets the deal's counterpart style and, when the user sells and the card
 * is about price, the number on the table (the opening, else the deal value).
 */
export function spokenLine(card: RehearsalCard, deal: RehearsalDealContext | null): LocalizedText {
  if (card.source === 'deal' || deal === null) return card.line;
  const voice = deal.style === null ? null : VOICES[deal.style];
  const price = deal.side === 'sell' && card.type === 'price' ? (deal.opening ?? deal.value) : null;
  const priceLine = (language: keyof LocalizedText, locale: string): string | null =>
    price === null
      ? null
      : (voice?.price ?? PLAIN_PRICE)[language].replace('{price}', formatPrice(price, deal.currency, locale));
  return {
    en: join([voice?.opener.en ?? null, card.line.en, priceLine('en', 'en-US')], ' '),
    zh: join([voice?.opener.zh ?? null, card.line.zh, priceLine('zh', 'zh-CN')], ''),
  };
}
