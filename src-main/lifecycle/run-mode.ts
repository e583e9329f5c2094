// Development conveniences (the dev server's page, DevTools) exist only in a development run: an installed or
// built app ignores ELECTRON_RENDERER_URL, so no environment variable can point the window, and every IPC channel,
// at another page.

export type RunFacts = {
  /** app.isPackaged: true for an installed app. */
  isPackaged: boolean;
  /** True only in a bundle made by `electron-vite dev` (import.meta.env.DEV). */
  isDevBuild: boolean;
  env: Record<string, string | undefined>;
};

export const isDevelopmentRun = ({ isPackaged, isDevBuild }: RunFacts): boolean => !isPackaged && isDevBuild;

const isLoopbackHttp = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  } catch {
    return false;
  }
};

/** The dev server's address in a development run, when it names one on this machine; else null. */
export function devServerUrl(facts: RunFacts): string | null {
  const url = facts.env.ELECTRON_RENDERER_URL?.trim();
  return url && isDevelopmentRun(facts) && isLoopbackHttp(url) ? url : null;
}
