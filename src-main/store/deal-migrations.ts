// The steps that bring an older deal file up to the current schema, each named for what it adds.
import type { Migration } from './migrations';

/** Schema 1 → 2: deals gain a complaint and after-sales log (issue 17), empty for every existing deal. */
export const addComplaintLog: Migration = {
  from: 1,
  migrate: (file) => {
    const deal = file.deal;
    if (typeof deal !== 'object' || deal === null) return file;
    return { ...file, deal: { complaints: [], ...deal } };
  },
};

/** In order of `from`; the deal store and backup restore both run them. */
export const DEAL_MIGRATIONS: readonly Migration[] = [addComplaintLog];
