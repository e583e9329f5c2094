// The answer clock: seconds since the card appeared, ticking while the user is answering.
import { useCallback, useEffect, useState } from 'react';

const TICK_MS = 250;

export function useStopwatch(isRunning: boolean): { elapsed: number; read: () => number } {
  const [startedAt] = useState(() => Date.now());
  const [elapsed, setElapsed] = useState(0);
  const read = useCallback(() => (Date.now() - startedAt) / 1000, [startedAt]);
  useEffect(() => {
    if (!isRunning) return;
    const timer = window.setInterval(() => setElapsed(read()), TICK_MS);
    return () => window.clearInterval(timer);
  }, [isRunning, read]);
  return { elapsed, read };
}
