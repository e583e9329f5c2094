// The filters of the History screen and the deal-size bands they use.
import type { CounterpartStyle } from '../deal';
import type { DealFacts } from './deal-facts';

/** Bands on the deal's value in its own currency (combine with the currency filter to compare like with like). */
export const SIZE_BANDS = ['under-100k', '100k-500k', '500k-2m', '2m-plus', 'unknown'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const SIZE_BAND_LIMITS = {
  'under-100k': { min: null, max: 100_000 },
  '100k-500k': { min: 100_000, max: 500_000 },
  '500k-2m': { min: 500_000, max: 2_000_000 },
  '2m-plus': { min: 2_000_000, max: null },
  unknown: { min: null, max: null },
} as const satisfies Record<SizeBand, { min: number | null; max: number | null }>;

/** Lower bound inclusive, upper bound exclusive; a deal without a value is `unknown`. */
export function sizeBandOf(value: number | null): SizeBand {
  if (value === null || !Number.isFinite(value)) return 'unknown';
  if (value < 100_000) return 'under-100k';
  if (value < 500_000) return '100k-500k';
  if (value < 2_000_000) return '500k-2m';
  return '2m-plus';
}

export const TREND_GRANULARITIES = ['month', 'quarter'] as const;
export type TrendGranularity = (typeof TREND_GRANULARITIES)[number];

/** Every field null (or omitted) means "any". Dates are inclusive yyyy-mm-dd, compared with `DealFacts.date`. */
export type HistoryFilters = {
  from: string | null;
  to: string | null;
  style: CounterpartStyle | null;
  tag: string | null;
  sizeBand: SizeBand | null;
  currency: string | null;
  granularity: TrendGranularity;
};

export const DEFAULT_HISTORY_FILTERS = {
  from: null,
  to: null,
  style: null,
  tag: null,
  sizeBand: null,
  currency: null,
  granularity: 'month',
} as const satisfies HistoryFilters;

export function normaliseFilters(filters: Partial<HistoryFilters> | undefined): HistoryFilters {
  const merged = { ...DEFAULT_HISTORY_FILTERS, ...filters };
  const blankToNull = (value: string | null | undefined): string | null => {
    const trimmed = value?.trim();
    return trimmed ? trimmed : null;
  };
  return {
    from: blankToNull(merged.from),
    to: blankToNull(merged.to),
    style: merged.style ?? null,
    tag: blankToNull(merged.tag),
    sizeBand: merged.sizeBand ?? null,
    currency: blankToNull(merged.currency)?.toUpperCase() ?? null,
    granularity: merged.granularity === 'quarter' ? 'quarter' : 'month',
  };
}

/** Whether one deal passes the (normalised) filters. */
export function matchesFilters(facts: DealFacts, filters: HistoryFilters): boolean {
  if (filters.from !== null && facts.date < filters.from) return false;
  if (filters.to !== null && facts.date > filters.to) return false;
  if (filters.style !== null && facts.style !== filters.style) return false;
  if (filters.currency !== null && facts.currency.toUpperCase() !== filters.currency) return false;
  if (filters.sizeBand !== null && sizeBandOf(facts.value) !== filters.sizeBand) return false;
  if (filters.tag !== null && !facts.tags.includes(filters.tag)) return false;
  return true;
}
