// The "due today" count shown on the sidebar, refreshed when the user moves around and after each rated card.
import { liveValue } from '../../app/live-value';
import { call } from '../../ipc-client';

const dueCount = liveValue(() => call('rehearsal:due-count', null));

/** Call after anything that changes card schedules, so every shown count reloads. */
export const refreshDueCount = dueCount.refresh;

/** Cards due by the end of today; null until loaded (or when the backend cannot say). */
export const useDueCount = dueCount.useValue;
