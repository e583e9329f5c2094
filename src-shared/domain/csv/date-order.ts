// Decides whether a column's d/m/y-style dates are day-first or month-first by looking at all of its cells.
import { cellText, DAY_MONTH_YEAR, foldWidth, type SlashDateOrder } from './cell-values';

/** `order` is what the column settles; `isAmbiguous` when every cell reads both ways (the user must choose). */
export type DateOrderReading = { order: SlashDateOrder | null; isAmbiguous: boolean };

const isRealDay = (day: number, month: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= 31;

/**
 * One cell with a day over 12 settles the order for the column ("25/3/2017" is day-first, so "3/4/2017" in
 * the same column is 3 April). Cells written with dots are always day-first and do not vote.
 */
export function inferDateOrder(values: Iterable<string>): DateOrderReading {
  let canBeDayFirst = true;
  let canBeMonthFirst = true;
  let hasCandidates = false;
  for (const raw of values) {
    const text = foldWidth(cellText(raw));
    if (text.includes('.')) continue;
    const match = DAY_MONTH_YEAR.exec(text);
    if (!match) continue;
    hasCandidates = true;
    const [first, second] = [Number(match[1]), Number(match[2])];
    if (!isRealDay(first, second)) canBeDayFirst = false;
    if (!isRealDay(second, first)) canBeMonthFirst = false;
    if (!canBeDayFirst && !canBeMonthFirst) break;
  }
  if (!hasCandidates) return { order: null, isAmbiguous: false };
  if (canBeDayFirst && canBeMonthFirst) return { order: null, isAmbiguous: true };
  if (canBeDayFirst) return { order: 'dmy', isAmbiguous: false };
  if (canBeMonthFirst) return { order: 'mdy', isAmbiguous: false };
  return { order: null, isAmbiguous: false };
}
