// What happened in one meeting: the debrief that feeds the History charts.
import type { ObjectionNature, ObjectionType } from '../playbook/types';

export type ObjectionResult = 'resolved' | 'partly' | 'unresolved';
export type ClosingAttemptResult = 'accepted' | 'declined' | 'deferred';

export type LoggedObjection = {
  id: string;
  cardId: string | null; // playbook card, or null when typed
  text: string;
  type: ObjectionType;
  nature: ObjectionNature;
  techniqueIds: string[];
  result: ObjectionResult;
};

export type ObservedSignal = {
  id: string;
  /** Built-in closing signal id, or null for a custom one described in `text`. */
  signalId: string | null;
  text: string;
};

export type ClosingAttempt = { id: string; methodId: string; result: ClosingAttemptResult };

export type LoggedConcession = { id: string; amount: number; received: string };

export type Meeting = {
  id: string;
  date: string; // ISO date
  attendees: string;
  notes: string;
  objections: LoggedObjection[];
  signals: ObservedSignal[];
  closingAttempts: ClosingAttempt[];
  concessions: LoggedConcession[];
};
