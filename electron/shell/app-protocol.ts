import fs from 'node:fs';
import type { CustomScheme } from 'electron';
import { contentTypeOf, lookupStatic } from '../server/static-files';
import { APP_SCHEME, isAppUrl, rawAppPath } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * Registered before `ready`. `standard` + `secure` give the scheme a real origin (so `'self'`, storage and module
 * scripts work as on https); `corsEnabled` lets Chromium load Vite's `type="module" crossorigin` scripts from it.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * Serves the built renderer (`out/renderer`, inside app.asar when packaged) for `app://pressdesk/…`, with the same
 * path rules as browser mode: no way out of the folder however the path is spelled, a client route gets index.html.
 */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed');
    if (!isAppUrl(request.url)) return text(404, 'Not found');
    const found = lookupStatic(root, rawAppPath(request.url));
    if (found.kind === 'bad-path') return text(400, 'Bad path');
    if (found.kind === 'not-found') return text(404, 'Not found');
    if (found.kind === 'no-shell') return text(503, 'The PressDesk window is not built. Run `npm run build`.');
    const type = contentTypeOf(found.file);
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Content-Length': String(found.size),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': found.cacheControl,
    };
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    const body = request.method === 'HEAD' ? null : await fs.promises.readFile(found.file);
    return new Response(body, { status: 200, headers });
  };
}
