// The History screen's period presets, turned into the from/to dates the statistics filter on.

export const PERIOD_PRESETS = ['all', '12m', '24m', 'this-year', 'last-year', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const isPeriodPreset = (value: string): value is PeriodPreset =>
  (PERIOD_PRESETS as readonly string[]).includes(value);

/** Today in the user's time zone as yyyy-mm-dd. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The same calendar day `years` years earlier (29 February becomes 28 February). */
function yearsBefore(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = year - years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${target}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** Dates for a preset; `custom` keeps the dates the user typed. */
export function periodDates(
  preset: PeriodPreset,
  today: string,
  custom: { from: string | null; to: string | null },
): { from: string | null; to: string | null } {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'all':
      return { from: null, to: null };
    case '12m':
      return { from: yearsBefore(today, 1), to: null };
    case '24m':
      return { from: yearsBefore(today, 2), to: null };
    case 'this-year':
      return { from: `${year}-01-01`, to: null };
    case 'last-year':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'custom':
      return custom;
  }
}
