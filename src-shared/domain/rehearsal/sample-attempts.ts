// Sample rehearsal answers for "Load sample data": a few months of practice on price cards, improving over time.
import { createRng } from '../sample-deals';
import type { LocalizedText } from '../../playbook/types';
import type { RehearsalAttempt } from './records';
import { scoreRubric } from './rubric';

/** Sample attempts carry this id prefix, so removing sample data finds exactly them. */
export const SAMPLE_ATTEMPT_PREFIX = 'sample-attempt-';

export const isSampleAttempt = (attempt: Pick<RehearsalAttempt, 'id'>): boolean =>
  attempt.id.startsWith(SAMPLE_ATTEMPT_PREFIX);

export type SampleAttemptCard = { id: string; techniqueIds: readonly string[]; modelAnswers: readonly LocalizedText[] };

const DAY_MS = 86_400_000;

/**
 * About three answers a week for the last `weeks` weeks, on the given cards, answered with the card's own
 * techniques and model answers; later answers tick more of the rubric, as practice does.
 */
export function sampleAttempts(options: {
  cards: readonly SampleAttemptCard[];
  rubricIds: readonly string[];
  now: Date;
  language: 'en' | 'zh';
  weeks?: number;
  seed?: string;
}): RehearsalAttempt[] {
  const weeks = options.weeks ?? 16;
  const rng = createRng(options.seed ?? 'parley-sample-attempts');
  const cards = options.cards.filter((card) => card.modelAnswers.length > 0);
  if (cards.length === 0) return [];
  const nowMs = options.now.getTime();
  const attempts: RehearsalAttempt[] = [];
  const count = weeks * 3;
  for (let n = 0; n < count; n++) {
    const progress = n / count;
    const at = nowMs - (weeks * 7 - Math.floor((weeks * 7 * n) / count)) * DAY_MS + rng.int(8, 20) * 3_600_000;
    if (at >= nowMs) break;
    const card = rng.pick(cards);
    const answer = rng.pick(card.modelAnswers)[options.language];
    const ticks = options.rubricIds.filter(() => rng.chance(0.35 + 0.55 * progress));
    const score = scoreRubric(options.rubricIds, ticks);
    const limitSeconds = 60;
    attempts.push({
      id: `${SAMPLE_ATTEMPT_PREFIX}${n + 1}`,
      cardId: card.id,
      dealId: null,
      at: new Date(at).toISOString(),
      answer,
      techniqueIds: card.techniqueIds.slice(0, rng.chance(0.5) ? 1 : 2),
      elapsedSeconds: rng.int(Math.round(70 - 35 * progress), Math.round(95 - 40 * progress)),
      limitSeconds,
      rubricTicks: ticks,
      rubricSize: options.rubricIds.length,
      score,
      checks: [],
      rating: score >= 0.8 ? 'good' : score >= 0.5 ? 'hard' : 'again',
    });
  }
  return attempts;
}
