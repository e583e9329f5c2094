// The "due today" count shown on the sidebar, refreshed when the user moves around and after each rated card.
import { useEffect, useState } from 'react';
import { call } from '../../ipc-client';

const listeners = new Set<() => void>();

/** Call after anything that changes card schedules, so every shown count reloads. */
export function refreshDueCount(): void {
  for (const listener of listeners) listener();
}

/** Cards due by the end of today; null until loaded (or when the backend cannot say). */
export function useDueCount(refreshKey: unknown): number | null {
  const [count, setCount] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const listener = (): void => setGeneration((value) => value + 1);
    listeners.add(listener);
    window.addEventListener('focus', listener);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('focus', listener);
    };
  }, []);
  useEffect(() => {
    let isCurrent = true;
    call('rehearsal:due-count', null).then(
      (value) => isCurrent && setCount(value),
      () => isCurrent && setCount(null),
    );
    return () => {
      isCurrent = false;
    };
  }, [refreshKey, generation]);
  return count;
}
