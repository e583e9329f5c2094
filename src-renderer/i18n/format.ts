// Numbers, money and dates formatted for the UI language (Intl does the work).
import { useTranslation } from 'react-i18next';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
const cached = <T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T => {
  let format = cache.get(key);
  if (!format) cache.set(key, (format = make()));
  return format as T;
};

export type Formatters = {
  number: (value: number) => string;
  money: (value: number | null, currency: string) => string;
  percent: (ratio: number) => string;
  date: (isoDate: string | null) => string;
  /** Compact, for table cells: 25 Nov 2026 / 2026/11/25. */
  shortDate: (isoDate: string | null) => string;
  dateTime: (iso: string) => string;
};

export function formatters(locale: string): Formatters {
  // Dates are calendar days: format them in UTC so no time zone shifts the day.
  const formatDay = (key: string, options: Intl.DateTimeFormatOptions, isoDate: string | null): string =>
    isoDate === null
      ? '—'
      : cached(key, () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })).format(
          new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
        );
  return {
    number: (value) => cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(value),
    money: (value, currency) => {
      if (value === null) return '—';
      try {
        return cached(
          `m:${locale}:${currency}`,
          () => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }),
        ).format(value);
      } catch {
        return `${cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(value)} ${currency}`;
      }
    },
    percent: (ratio) =>
      cached(`p:${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })).format(
        ratio,
      ),
    date: (isoDate) => formatDay(`d:${locale}`, { dateStyle: 'medium' }, isoDate),
    shortDate: (isoDate) =>
      formatDay(
        `sd:${locale}`,
        locale.startsWith('zh')
          ? { year: 'numeric', month: '2-digit', day: '2-digit' }
          : { year: 'numeric', month: 'short', day: 'numeric' },
        isoDate,
      ),
    dateTime: (iso) =>
      cached(`dt:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(
        new Date(iso),
      ),
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formatters(i18n.language);
}
