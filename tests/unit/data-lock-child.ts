// The process data-lock.test.ts starts twenty of at once: on "go" it tries the lock once, says whether it won,
// and holds what it won until its input closes, so no winner's lock turns stale while the others try.
import { acquireDataLock, DataLockedError } from '../../src-main/store/data-lock';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: data-lock-child <data dir>');

process.stdout.write('ready\n');
process.stdin.once('data', () => {
  acquireDataLock(dataDir).then(
    () => process.stdout.write('won\n'),
    (error: unknown) =>
      process.stdout.write(error instanceof DataLockedError ? 'locked\n' : `failed ${String(error)}\n`),
  );
});
process.stdin.on('end', () => process.exit(0));
