// Saves the latest value shortly after the edits stop, one save at a time, and at once on flush.

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export const AUTOSAVE_DELAY_MS = 500;

export class Autosaver<T> {
  private saved: T;
  private latest: T;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private isSaving = false;
  private hasFailed = false;

  constructor(
    initial: T,
    private readonly save: (value: T) => Promise<void>,
    private readonly onState: (state: SaveState) => void,
    private readonly delay = AUTOSAVE_DELAY_MS,
  ) {
    this.saved = initial;
    this.latest = initial;
  }

  get isDirty(): boolean {
    return !Object.is(this.latest, this.saved);
  }

  change(value: T): void {
    this.latest = value;
    this.clearTimer();
    if (!this.isSaving && !this.isDirty) {
      // Undone back to what is on disk: nothing to write.
      this.hasFailed = false;
      this.onState('saved');
      return;
    }
    if (!this.isSaving) this.onState(this.hasFailed ? 'failed' : 'pending');
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  /** Saves now (leaving the screen, closing the window, retry); a save under way is followed by one more. */
  flush(): void {
    this.clearTimer();
    if (this.isSaving || !this.isDirty) return;
    const value = this.latest;
    this.isSaving = true;
    this.onState('saving');
    this.save(value).then(
      () => {
        this.saved = value;
        this.isSaving = false;
        this.hasFailed = false;
        if (!this.isDirty) this.onState('saved');
        // Edits made while saving: save them now unless the user is still typing.
        else if (this.timer === null) this.flush();
        else this.onState('pending');
      },
      () => {
        this.isSaving = false;
        this.hasFailed = true;
        this.onState('failed');
      },
    );
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
