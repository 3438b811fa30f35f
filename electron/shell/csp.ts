/**
 * The Content-Security-Policy of the app's pages, sent as a response header by the `app://` protocol and the
 * session; renderer/index.html carries the same policy in a meta tag. No inline script, no eval, nothing from
 * anywhere but the app itself. `frame-ancestors` only works in a header, so the header is the stricter of the two.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Response headers with any policy a response brought replaced by ours. */
export function withCsp(headers: Readonly<Record<string, string[]>> = {}): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}
