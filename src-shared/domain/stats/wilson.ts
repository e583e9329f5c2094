// Confidence bounds for the small-sample rates History shows, so a 2/2 never reads as "100 %".

export type Interval = { low: number; high: number };

/**
 * Wilson score interval for `successes` out of `n` (default z = 1.96, 95 %).
 * With no observations the interval is the whole range [0, 1]. Successes may be fractional.
 */
export function wilsonInterval(successes: number, n: number, z = 1.96): Interval {
  if (!(n > 0)) return { low: 0, high: 1 };
  const s = Math.min(Math.max(successes, 0), n);
  const p = s / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return {
    low: s === 0 ? 0 : Math.max(0, centre - half),
    high: s === n ? 1 : Math.min(1, centre + half),
  };
}

/** Below this many observations a figure is flagged as a small sample. */
export const SMALL_SAMPLE_N = 5;

/** A proportion with its n and 95 % Wilson interval; `rate` is null when n = 0. */
export type Rate = {
  successes: number;
  n: number;
  rate: number | null;
  low: number;
  high: number;
  isSmallSample: boolean;
};

const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

/** Builds a `Rate`, rounded to 4 decimals so summaries stay small and stable. */
export function toRate(successes: number, n: number): Rate {
  const { low, high } = wilsonInterval(successes, n);
  return {
    successes,
    n,
    rate: n > 0 ? round4(successes / n) : null,
    low: round4(low),
    high: round4(high),
    isSmallSample: n < SMALL_SAMPLE_N,
  };
}
