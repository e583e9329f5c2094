// Electron's security checklist as pure, tested decisions: web preferences, CSP, navigation and links.

export const APP_SCHEME = 'app';
export const APP_HOST = 'parley';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  // data: fonts: the prep sheet preview (a sandboxed srcdoc frame) embeds its fonts, having no origin to load from.
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export type SecureWebPreferences = {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  spellcheck: boolean;
};

export function secureWebPreferences(preloadPath: string): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** True for pages of the app itself, served from the app scheme (or the dev server in development). */
export function isAppUrl(url: string, devServerUrl: string | null = null): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  const dev = devServerUrl ? parse(devServerUrl) : null;
  return dev !== null && parsed.origin === dev.origin;
}

/** Only https links leave the app, and only to the system browser. */
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
}

export type NavigationDecision = { allow: false; openExternally: boolean };

/** In-app navigation never happens (the app routes in-page); https links open in the browser. */
export function decideNavigation(url: string): NavigationDecision {
  return { allow: false, openExternally: isAllowedExternalUrl(url) };
}

/** An IPC call is accepted only from the app's own top-level page. */
export function isTrustedSender(
  frameUrl: string | undefined,
  isMainFrame: boolean,
  devServerUrl: string | null = null,
): boolean {
  return isMainFrame && frameUrl !== undefined && isAppUrl(frameUrl, devServerUrl);
}
