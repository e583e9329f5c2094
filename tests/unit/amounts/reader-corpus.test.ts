import { describe, expect, it } from 'vitest';
import { readAmounts, type AmountReading } from '@shared/domain/amounts';
import { CORPUS } from './corpus';

const label = (reading: AmountReading): string =>
  [
    `${reading.kind}:${reading.value}${reading.high === null ? '' : `-${reading.high}`}`,
    reading.change === null ? null : reading.change === 'decrease' ? 'down' : 'up',
    reading.approximation === null ? null : `~${reading.approximation}`,
    reading.isConditional ? 'if' : null,
    reading.currency === null ? null : `cur=${reading.currency}`,
  ]
    .filter((part) => part !== null)
    .join(' ');

describe('the amount reader on the labelled corpus', () => {
  it('holds at least 300 phrases, none twice', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(CORPUS.map(([phrase]) => phrase)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS)('reads %j', (phrase, labels) => {
    expect(readAmounts(phrase).map(label)).toEqual(labels);
  });

  it('keeps each reading’s span in the text as typed', () => {
    for (const [phrase] of CORPUS) {
      for (const reading of readAmounts(phrase)) expect(phrase.slice(reading.start, reading.end)).toBe(reading.raw);
    }
  });
});
