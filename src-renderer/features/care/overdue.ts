// Overdue complaint follow-ups for the sidebar, the deals list and the deal page.
import { liveValue } from '../../app/live-value';
import { call } from '../../ipc-client';

const overdue = liveValue(() => call('complaints:overdue', null));

/** Call after a complaint changes, so every shown count reloads. */
export const refreshOverdue = overdue.refresh;

/** The overdue count and the deals of each client concerned; null until loaded. */
export const useOverdue = overdue.useValue;
