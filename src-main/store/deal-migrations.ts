// A named step of the deal file's migrations (listed in deal-store's DEAL_MIGRATIONS), kept apart so it can be renumbered.
import type { Migration } from './migrations';

/** Schema 2 → 3: deals gain a complaint and after-sales log (issue 17), empty for every existing deal. */
export const addComplaintLog: Migration = {
  from: 2,
  migrate: (file) => {
    const deal = file.deal;
    if (typeof deal !== 'object' || deal === null) return file;
    return { ...file, deal: { complaints: [], ...deal } };
  },
};
