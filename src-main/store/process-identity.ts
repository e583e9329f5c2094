// Who a process is beyond its pid, which the system reuses: its start time and the boot it belongs to (Linux).
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

export type ProcessIdentity = {
  pid: number;
  /** Ticks since boot when the process started (Linux); null where the system does not tell. */
  startTime: string | null;
  /** Changes at every boot (Linux), so a lock from before a restart is known to be stale. */
  bootId: string | null;
  host: string;
};

const readText = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/** Field 22 of /proc/<pid>/stat; the command name before it may hold spaces and parentheses. */
export function processStartTime(pid: number): string | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === null) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null;
}

export const currentBootId = (): string | null => readText('/proc/sys/kernel/random/boot_id')?.trim() ?? null;

export const identityOf = (pid: number): ProcessIdentity => ({
  pid,
  startTime: processStartTime(pid),
  bootId: currentBootId(),
  host: hostname(),
});

const isPidAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * False only when `owner` is certainly gone: its pid is free, belongs to a later process, or dates from
 * an earlier boot. A process on another host cannot be checked, so it counts as running.
 */
export function isRunning(owner: ProcessIdentity): boolean {
  if (owner.host !== hostname()) return true;
  const bootId = currentBootId();
  if (owner.bootId !== null && bootId !== null && owner.bootId !== bootId) return false;
  if (!isPidAlive(owner.pid)) return false;
  const startTime = processStartTime(owner.pid);
  return owner.startTime === null || startTime === null || owner.startTime === startTime;
}
