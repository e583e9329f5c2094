// Test time limits, scaled by PARLEY_TIMEOUT_FACTOR on a slow or busy machine (e.g. 3 when both cores are taken).
const factor = Number(process.env.PARLEY_TIMEOUT_FACTOR ?? 1);

export const TIMEOUT_FACTOR = Number.isFinite(factor) && factor >= 1 ? factor : 1;

/** `ms` on an idle machine, times the factor. */
export const scaled = (ms: number): number => Math.round(ms * TIMEOUT_FACTOR);

/** The crash test kills a child `kills` times; each round is a start, some saves and a check (~0.8 s here). */
export const crashTestTimeoutMs = (kills: number): number => scaled(60_000 + kills * 2_000);
