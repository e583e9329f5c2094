// Quitting always completes: on a read-only folder, with a lock that cannot be removed, with a write that hangs.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { quitAfterFlush, type QuitSteps } from '../../src-main/lifecycle/quit-after-flush';
import { openStore } from '../../src-main/store/open-store';
import { makeDeal, T0 } from './store-fixtures';
import { useTmpfs } from './tmpfs';

const tmpfs = useTmpfs();

/** Runs the before-quit handler the way Electron does: once, then again when it calls quit(). */
async function quitWith(steps: Omit<QuitSteps, 'quit' | 'report' | 'flushTimeoutMs'> & { flushTimeoutMs?: number }) {
  const reports: string[] = [];
  const prevented = vi.fn();
  let quits = 0;
  await new Promise<void>((done) => {
    const beforeQuit = quitAfterFlush({
      flushTimeoutMs: 5_000,
      ...steps,
      report: (message) => reports.push(message),
      quit: () => {
        quits++;
        beforeQuit({ preventDefault: prevented }); // Electron emits before-quit again
        done();
      },
    });
    beforeQuit({ preventDefault: prevented });
    beforeQuit({ preventDefault: prevented }); // a second Ctrl+Q while flushing
  });
  return { quits, reports, prevented: prevented.mock.calls.length };
}

describe('quitting', () => {
  it('completes on a folder that turned read-only: close() reports instead of throwing', async (context) => {
    const disk = await tmpfs(1024);
    if (!disk) return context.skip('this machine does not allow mounting a tmpfs (the injected cases below still run)');
    const store = await openStore(join(disk.dir, 'data'), T0);
    await store.deals.save(makeDeal('deal-1'));
    disk.readOnly();
    expect(store.close()).toBe(false);
    const result = await quitWith({ flush: store.flush, close: store.close });
    expect(result).toMatchObject({ quits: 1, prevented: 2 });
    expect(result.reports).toEqual([expect.stringMatching(/lock could not be removed/)]);
  });

  it('completes when releasing the lock throws', async () => {
    const result = await quitWith({
      flush: () => Promise.resolve(),
      close: () => {
        throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
      },
    });
    expect(result.quits).toBe(1);
    expect(result.reports).toEqual([expect.stringMatching(/EBUSY/)]);
  });

  it('completes when a write fails, and when one never settles', async () => {
    const failed = await quitWith({ flush: () => Promise.reject(new Error('ENOSPC')), close: () => true });
    expect(failed.quits).toBe(1);
    const close = vi.fn(() => true);
    const hung = await quitWith({ flush: () => new Promise(() => {}), close, flushTimeoutMs: 50 });
    expect(hung.quits).toBe(1);
    expect(close).toHaveBeenCalledOnce();
  });
});
