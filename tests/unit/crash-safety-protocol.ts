// What the crash test's child and parent agree on: how a deal's notes carry its save version.
import type { Deal } from '@shared/domain/deal';

const PADDING = 'Concession log: traded payment terms for volume; anchored on total cost of ownership. ';

/** Notes that carry the version and grow with it, so files get bigger over the run (up to ~18 KB). */
export const notesFor = (version: number): string =>
  `v${version} ` + PADDING.repeat(Math.ceil(18_000 / PADDING.length)).slice(0, Math.min(18_000, version * 60));

export const versionOf = (deal: Pick<Deal, 'notes'>): number => Number(/^v(\d+) /.exec(deal.notes)?.[1] ?? 0);

/** Rows in each file crash-safety-import-child.ts imports: every import's rows are counted by this. */
export const ROWS_PER_IMPORT = 120;
