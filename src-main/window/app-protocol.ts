// Serves the built renderer from app://parley/ with the CSP on every response (no file:// pages).
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { resolveAppFile } from './app-file';
import { mimeTypeOf } from './mime-types';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'content-type': mimeTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
