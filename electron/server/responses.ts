import type { ServerResponse } from 'node:http';
import type { ApiErrorBody, ApiResult } from '../ipc/contract/errors';

/** The renderer loads only its own files. Inline styles stay allowed (they cannot run code); inline scripts never. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Set on every response, errors included. No `Access-Control-*` header is ever sent: CORS stays closed. */
export function setSecurityHeaders(res: ServerResponse) {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  // Other sites cannot even embed our scripts or images with <script src> / <img src>.
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  // Nothing is kept by default: answers hold data, and the token redirect must never be replayed. Hashed files
  // under /assets/ replace this with an immutable header when they are served (static-files.ts).
  res.setHeader('Cache-Control', 'no-store');
}

export function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export const sendApiError = (res: ServerResponse, status: number, error: ApiErrorBody) =>
  sendJson(res, status, { ok: false, error });

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
