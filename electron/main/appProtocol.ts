// Serves the built renderer from app://nurture/ instead of file://, so the page has a real
// origin to check against, and every response carries the Content-Security-Policy.
import fs from 'node:fs';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../common/contentSecurityPolicy';
import { resolveStaticFile } from '../common/staticFiles';
import { APP_HOST, APP_SCHEME } from './security';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const found = url.host === APP_HOST ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!found) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    const body = await fs.promises.readFile(found.file);
    return new Response(body, { headers: { ...SECURITY_HEADERS, 'Content-Type': found.contentType } });
  });
}
