// A data folder's protection: off, locked or unlocked. Holds the data key only while unlocked; turns protection on
// and off (whole-folder conversion), changes and resets the passphrase, and slows down repeated wrong attempts.
import { convertFolder, finishConversion } from './convert-folder';
import { encryptedCodec, plainCodec, type FileCodec } from './file-codec';
import { readVaultKeys, writeVaultKeys } from './vault-file';
import {
  createVaultKeys,
  rewrapPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type VaultKeys,
  WrongSecretError,
} from './vault-keys';

export type VaultState = 'off' | 'locked' | 'unlocked';

export class VaultLockedError extends Error {
  constructor() {
    super('The data folder is locked: unlock it with the passphrase first.');
    this.name = 'VaultLockedError';
  }
}

export class TooManyAttemptsError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`Too many wrong attempts: try again in ${Math.ceil(retryAfterMs / 1000)} s.`);
    this.name = 'TooManyAttemptsError';
  }
}

/** The wait after the n-th wrong attempt in a row: none for the first two, then 1 s doubling up to 60 s. */
export const waitAfterFailures = (failures: number): number =>
  failures < 3 ? 0 : Math.min(60_000, 1000 * 2 ** (failures - 3));

export const MIN_PASSPHRASE_LENGTH = 8;

export class FolderVault {
  private dataKey: Buffer | null = null;
  private failures = 0;
  private notBefore = 0;

  private constructor(
    readonly dataDir: string,
    private keys: VaultKeys | null,
  ) {}

  /** Finishes a conversion a crash interrupted, then reads whether the folder is protected. */
  static async open(dataDir: string): Promise<FolderVault> {
    await finishConversion(dataDir);
    return new FolderVault(dataDir, await readVaultKeys(dataDir));
  }

  get state(): VaultState {
    return this.keys === null ? 'off' : this.dataKey === null ? 'locked' : 'unlocked';
  }

  /** How files are read and written now; there is none while locked. */
  codec(): FileCodec {
    if (this.keys === null) return plainCodec;
    if (this.dataKey === null) throw new VaultLockedError();
    return encryptedCodec(this.dataKey);
  }

  async unlock(passphrase: string, now: number): Promise<void> {
    await this.tryWithThrottle(now, async (keys) => unlockWithPassphrase(keys, passphrase));
  }

  /** Drops the data key from memory. */
  lock(): void {
    this.dataKey?.fill(0);
    this.dataKey = null;
  }

  /** Turns protection on for the whole folder; returns the recovery key, shown once and never stored. */
  async enable(passphrase: string): Promise<string> {
    if (this.keys !== null) throw new Error('Protection is already on.');
    checkPassphrase(passphrase);
    const created = await createVaultKeys(passphrase);
    await convertFolder(this.dataDir, plainCodec, encryptedCodec(created.dataKey), created.keys);
    this.keys = created.keys;
    this.dataKey = created.dataKey;
    return created.recoveryKey;
  }

  /** Turns protection off (the passphrase is asked again): every file is written plain. */
  async disable(passphrase: string, now: number): Promise<void> {
    await this.unlock(passphrase, now);
    await convertFolder(this.dataDir, this.codec(), plainCodec, null);
    this.lock();
    this.keys = null;
  }

  async changePassphrase(current: string, next: string, now: number): Promise<void> {
    checkPassphrase(next);
    await this.unlock(current, now);
    await this.rewrap(next);
  }

  /** A forgotten passphrase: the recovery key opens the data key, which is wrapped under the new passphrase. */
  async resetPassphrase(recoveryKey: string, next: string, now: number): Promise<void> {
    checkPassphrase(next);
    await this.tryWithThrottle(now, (keys) => unlockWithRecoveryKey(keys, recoveryKey));
    await this.rewrap(next);
  }

  private async rewrap(passphrase: string): Promise<void> {
    if (!this.keys || !this.dataKey) throw new VaultLockedError();
    const keys = await rewrapPassphrase(this.keys, this.dataKey, passphrase);
    await writeVaultKeys(this.dataDir, keys);
    this.keys = keys;
  }

  private async tryWithThrottle(now: number, open: (keys: VaultKeys) => Promise<Buffer>): Promise<void> {
    if (this.keys === null) throw new Error('Protection is off.');
    if (now < this.notBefore) throw new TooManyAttemptsError(this.notBefore - now);
    try {
      const key = await open(this.keys);
      this.lock();
      this.dataKey = key;
      this.failures = 0;
      this.notBefore = 0;
    } catch (error) {
      if (error instanceof WrongSecretError) {
        this.failures += 1;
        this.notBefore = now + waitAfterFailures(this.failures);
      }
      throw error;
    }
  }
}

function checkPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new Error(`A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
}

/** Whether the window should lock: no activity for `idleMinutes` (0: never). Pure, so tests drive the clock. */
export const isIdleTooLong = (lastActivity: number, now: number, idleMinutes: number): boolean =>
  idleMinutes > 0 && now - lastActivity >= idleMinutes * 60_000;
