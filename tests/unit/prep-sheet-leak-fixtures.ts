// A deal whose secret figures are typed into every free-text field in every style the amount reader knows.
import { AMOUNT_STYLES, formatAmount, readAmounts } from '../../src-shared/domain/amounts';
import type { Deal } from '../../src-shared/domain/deal';
import { completeDeal, FIGURES } from './prep-sheet-fixtures';

/** Far from every secret: these must still be printed in the sharing copy. */
export const CONTROLS = { opening: FIGURES.opening, listPrice: 1_500_000 } as const;

const SECRETS = [FIGURES.walkAway, FIGURES.batna];
/** Within 5 % of the walk-away or the BATNA: as telling as the figure itself. */
const NEAR = [1_100_000, 1_060_000, 1_030_000];

/** Every way the figures may be written: each style, in English and Chinese sentences. */
export const secretPhrases = (): string[] =>
  [...SECRETS, ...NEAR].flatMap((value) =>
    AMOUNT_STYLES.map((style) => formatAmount(value, style)).flatMap((figure) => [
      `our floor is ${figure}`,
      `底线是${figure}，不能再低`,
    ]),
  );

/** True when `text` still names a secret figure or one near it, in any form the reader understands. */
export const namesSecret = (text: string): string[] =>
  readAmounts(text)
    .filter((reading) => reading.kind === 'amount' && reading.change === null)
    .flatMap((reading) => [reading.value, reading.high ?? reading.value])
    .filter((value) => SECRETS.some((secret) => Math.abs(value - secret) <= 0.05 * secret))
    .map(String);

export function leakyDeal(): Deal {
  const deal = completeDeal();
  const phrases = secretPhrases();
  const ws = deal.worksheet;
  // Spread the phrases over every free-text field, several per field.
  const fields: ((text: string) => void)[] = [
    (text) => (ws.interests[0] = { ...ws.interests[0]!, text }),
    (text) => (ws.interests[4] = { ...ws.interests[4]!, text }),
    (text) => (ws.criteria[2] = { ...ws.criteria[2]!, standard: text }),
    (text) => (ws.criteria[1] = { ...ws.criteria[1]!, source: text }),
    (text) => (ws.options[0] = { ...ws.options[0]!, text }),
    (text) => (ws.alternatives[0] = { ...ws.alternatives[0]!, description: text }),
    (text) => (ws.alternatives[2] = { ...ws.alternatives[2]!, description: text }),
    (text) => (ws.tradeables[0] = { ...ws.tradeables[0]!, give: text }),
    (text) => (ws.tradeables[1] = { ...ws.tradeables[1]!, get: text }),
    (text) => (ws.concessionSteps[0] = { ...ws.concessionSteps[0]!, inReturn: text }),
    (text) => (ws.spin[0] = { ...ws.spin[0]!, text }),
    (text) => (ws.expectedObjections[0] = { ...ws.expectedObjections[0]!, answer: text }),
    (text) => (ws.expectedObjections[1] = { ...ws.expectedObjections[1]!, text }),
    (text) => (deal.counterpartOrg = text),
  ];
  const perField = Math.ceil(phrases.length / fields.length);
  fields.forEach((set, index) => {
    const mine = phrases.slice(index * perField, (index + 1) * perField);
    set([...mine, `list price ${formatAmount(CONTROLS.listPrice, 'grouped')}`].join('; '));
  });
  return deal;
}
