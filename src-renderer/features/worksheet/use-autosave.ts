// Autosave for a screen: debounced while editing, flushed when the screen closes or the window unloads.
import { useEffect, useState } from 'react';
import { Autosaver, type SaveState } from './autosaver';

export function useAutosave<T>(value: T, save: (value: T) => Promise<void>): { state: SaveState; flush: () => void } {
  const [state, setState] = useState<SaveState>('saved');
  const [saver] = useState(() => new Autosaver(value, save, setState));
  useEffect(() => saver.change(value), [saver, value]);
  useEffect(() => {
    const flush = (): void => saver.flush();
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [saver]);
  return { state, flush: () => saver.flush() };
}
