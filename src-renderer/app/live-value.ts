// A value read from the backend that several screens show (counts in the sidebar), reloaded on demand and on focus.
import { useEffect, useState } from 'react';

export type LiveValue<T> = {
  /** Call after anything that changes the value, so every place that shows it reloads. */
  refresh: () => void;
  /** Null until loaded (or when the backend cannot say); reloads when `refreshKey` changes. */
  useValue: (refreshKey: unknown) => T | null;
};

export function liveValue<T>(load: () => Promise<T>): LiveValue<T> {
  const listeners = new Set<() => void>();
  return {
    refresh: () => {
      for (const listener of listeners) listener();
    },
    useValue: (refreshKey) => {
      const [value, setValue] = useState<T | null>(null);
      const [generation, setGeneration] = useState(0);
      useEffect(() => {
        const listener = (): void => setGeneration((current) => current + 1);
        listeners.add(listener);
        window.addEventListener('focus', listener);
        return () => {
          listeners.delete(listener);
          window.removeEventListener('focus', listener);
        };
      }, []);
      useEffect(() => {
        let isCurrent = true;
        load().then(
          (loaded) => isCurrent && setValue(loaded),
          () => isCurrent && setValue(null),
        );
        return () => {
          isCurrent = false;
        };
      }, [refreshKey, generation]);
      return value;
    },
  };
}
