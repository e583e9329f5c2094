// FAB lines: which ones lead the prep sheet (the benefits tied to the customer's most important interests).
import type { FabLine, Interest, Worksheet } from '../worksheet-types';

export type LinkedFabLine = { line: FabLine; interest: Interest };

/**
 * Lines with a benefit linked to one of their interests, the most important interest first (the worksheet's
 * order breaking ties); at most `limit`.
 */
export function topFabLines(worksheet: Pick<Worksheet, 'fab' | 'interests'>, limit = 3): LinkedFabLine[] {
  const theirs = new Map(
    worksheet.interests.filter((interest) => interest.party === 'theirs').map((interest) => [interest.id, interest]),
  );
  return worksheet.fab
    .flatMap((line, index) => {
      const interest = line.interestId === null ? undefined : theirs.get(line.interestId);
      return interest && line.benefit.trim() !== '' ? [{ line, interest, index }] : [];
    })
    .sort((a, b) => b.interest.priority - a.interest.priority || a.index - b.index)
    .slice(0, Math.max(0, limit))
    .map(({ line, interest }) => ({ line, interest }));
}
