// The deal-file migration that adds the complaint log, kept as its own named step so it can be renumbered.
import type { Migration } from './migrations';

/** 3 → 4: deals gain a complaint and after-sales log (issue 17), empty for every existing deal. */
export const addComplaintLog: Migration = {
  from: 3,
  migrate: (file) => {
    const deal = file.deal;
    if (typeof deal !== 'object' || deal === null) return file;
    return { ...file, deal: { complaints: [], ...deal } };
  },
};
