// Seeded pseudo-random numbers, so rehearsal decks and drills replay exactly for a given seed.

/** A generator of floats in [0, 1); every call advances it. */
export type RandomSource = () => number;

/** Folds any integer or string into a 32-bit seed (FNV-1a over the text form). */
export function hashSeed(...parts: ReadonlyArray<number | string>): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** mulberry32: tiny, fast and good enough to shuffle cards and pick a counterpart's limit. */
export function createRandom(seed: number | string): RandomSource {
  let state = typeof seed === 'number' && Number.isInteger(seed) ? seed >>> 0 : hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
