// Quitting waits for writes on their way to disk, then releases the data lock, and always completes: a write
// that never settles or a lock that cannot be removed must not keep the process (and its single-instance lock) alive.

export type QuitSteps = {
  /** Resolves when pending writes are on disk. */
  flush: () => Promise<void>;
  /** Releases the data lock; false (or a throw) when it could not. */
  close: () => boolean;
  /** Quits for real; called exactly once. */
  quit: () => void;
  /** How long to wait for the writes before quitting anyway. */
  flushTimeoutMs: number;
  report: (message: string) => void;
};

export type BeforeQuit = (event: { preventDefault: () => void }) => void;

/** The app's `before-quit` handler: holds the first quit until the writes are flushed, lets the second through. */
export function quitAfterFlush({ flush, close, quit, flushTimeoutMs, report }: QuitSteps): BeforeQuit {
  let phase: 'running' | 'flushing' | 'done' = 'running';
  return (event) => {
    if (phase === 'done') return;
    event.preventDefault();
    if (phase === 'flushing') return;
    phase = 'flushing';
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((done) => {
      timer = setTimeout(() => {
        report(`Quitting without waiting longer than ${flushTimeoutMs} ms for writes to finish.`);
        done();
      }, flushTimeoutMs);
    });
    void Promise.race([flush(), timeout])
      .catch((error: unknown) => report(`A write failed while quitting: ${String(error)}`))
      .finally(() => {
        clearTimeout(timer);
        try {
          if (!close()) report('The data lock could not be removed; the next start will take it over.');
        } catch (error) {
          report(`The data lock could not be released: ${String(error)}`);
        }
        phase = 'done';
        quit();
      });
  };
}
