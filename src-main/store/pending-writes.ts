// Remembers writes still on their way to disk, so quitting can wait for them.

export class PendingWrites {
  private readonly pending = new Set<Promise<unknown>>();

  track<T>(write: Promise<T>): Promise<T> {
    this.pending.add(write);
    const forget = (): void => void this.pending.delete(write);
    write.then(forget, forget);
    return write;
  }

  /** Resolves when every write tracked so far has finished, failed ones included. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}
