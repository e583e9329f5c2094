// Which built renderer file an app:// URL names. Pure and free of Electron, so it is tested in plain Node.
import { join, normalize, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './security';

/** The file inside `root` that a request URL names, or null when it is malformed or would escape `root`. */
export function resolveAppFile(root: string, url: string): string | null {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // not a URL, or a broken %-escape
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || path.includes('\0')) return null;
  const base = normalize(root);
  const file = normalize(join(base, path.replace(/^\/+/, '') || 'index.html'));
  return file.startsWith(base.endsWith(sep) ? base : base + sep) ? file : null;
}
