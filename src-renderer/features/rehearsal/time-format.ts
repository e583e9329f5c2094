// Durations, rating intervals and due dates as the rehearsal screens show them, in the UI language.
import type { IntervalLabel } from '@shared/domain/rehearsal/scheduling';

/** 75 → "1:15"; negative durations are shown as 0:00. */
export function clockTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** "10 min", "3 days", "2 个月" – the interval a rating button would schedule. */
export function intervalText(interval: IntervalLabel, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: interval.unit, unitDisplay: 'short' }).format(
    interval.value,
  );
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "in 10 minutes", "tomorrow", "3天后"; null when the date has come (the card is due now). */
export function dueText(iso: string, now: Date, locale: string): string | null {
  const ms = Date.parse(iso) - now.getTime();
  if (ms <= 0) return null;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (ms < HOUR) return format.format(Math.max(1, Math.round(ms / MINUTE)), 'minute');
  if (ms < DAY) return format.format(Math.round(ms / HOUR), 'hour');
  const days = Math.round(ms / DAY);
  if (days <= 30) return format.format(days, 'day');
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}
