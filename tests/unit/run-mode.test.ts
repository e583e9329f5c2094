// ELECTRON_RENDERER_URL and DevTools belong to development runs only.
import { describe, expect, it } from 'vitest';
import { devServerUrl, isDevelopmentRun } from '../../src-main/lifecycle/run-mode';

const DEV = 'http://localhost:5173';

describe('the run mode', () => {
  it('honours ELECTRON_RENDERER_URL only in an unpackaged development build', () => {
    const env = { ELECTRON_RENDERER_URL: DEV };
    expect(devServerUrl({ isPackaged: false, isDevBuild: true, env })).toBe(DEV);
    expect(devServerUrl({ isPackaged: true, isDevBuild: true, env })).toBeNull();
    expect(devServerUrl({ isPackaged: false, isDevBuild: false, env })).toBeNull();
    expect(devServerUrl({ isPackaged: true, isDevBuild: false, env })).toBeNull();
  });

  it('never points the window at a page off this machine, or at something that is not http', () => {
    for (const url of ['https://evil.example/', 'http://192.0.2.1:5173/', 'file:///etc/passwd', 'javascript:1', '']) {
      expect(
        devServerUrl({ isPackaged: false, isDevBuild: true, env: { ELECTRON_RENDERER_URL: url } }),
        url,
      ).toBeNull();
    }
    expect(devServerUrl({ isPackaged: false, isDevBuild: true, env: {} })).toBeNull();
  });

  it('is a development run only when unpackaged and built by the dev server', () => {
    expect(isDevelopmentRun({ isPackaged: false, isDevBuild: true, env: {} })).toBe(true);
    expect(isDevelopmentRun({ isPackaged: false, isDevBuild: false, env: {} })).toBe(false);
    expect(isDevelopmentRun({ isPackaged: true, isDevBuild: true, env: {} })).toBe(false);
  });
});
