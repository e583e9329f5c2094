// Money, dates and percentages in the prep sheet's language (Intl; no clock, no I/O).
import { formatPrice } from '../rehearsal/drill';
import type { PrepSheetLanguage } from './types';

export type SheetFormat = {
  money: (value: number) => string;
  /** "low – high" with the currency once, or one figure when both ends are the same. */
  moneyRange: (low: number, high: number) => string;
  date: (isoDate: string, style: 'full' | 'medium') => string;
  percent: (ratio: number) => string;
};

export function sheetFormat(language: PrepSheetLanguage, currency: string): SheetFormat {
  const locale = language;
  const plain = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
  // Whole amounts print without decimals; unit prices keep their cents.
  const money = (value: number): string => formatPrice(value, currency, locale);
  return {
    money,
    // The currency symbol once: "CN¥1,150,000 – 1,300,000".
    moneyRange: (low, high) =>
      low === high ? money(low) : `${money(low)} – ${plain(Number.isInteger(high) ? 0 : 2).format(high)}`,
    // Calendar days: formatted in UTC so no time zone moves the day.
    date: (isoDate, style) =>
      new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(
        new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
      ),
    percent: (ratio) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio),
  };
}
