// Where the data lives: PARLEY_DATA_DIR when set (tests, portable use), else the user's app data folder.
import { isAbsolute, join, resolve } from 'node:path';

export function resolveDataDir(env: Record<string, string | undefined>, userDataPath: string): string {
  const override = env.PARLEY_DATA_DIR?.trim();
  if (override) return isAbsolute(override) ? override : resolve(override);
  return join(userDataPath, 'data');
}
