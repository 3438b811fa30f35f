/**
 * The one origin the app's own pages come from. Chromium treats a registered standard, secure scheme like https:
 * `'self'` in the CSP, localStorage and same-origin checks all work, and no page ever needs `file://`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pressdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const parse = (raw: string): URL | undefined => {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
};

/**
 * True only for a URL of our own origin. Parsed, never prefix-matched: `app://pressdesk.evil/`,
 * `app://pressdesk@evil/` and `app://pressdesk:1/` are someone else.
 */
export function isAppUrl(raw: string): boolean {
  const url = parse(raw);
  return (
    url !== undefined &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}

/** The path of an app URL exactly as written (`%2e%2e` not yet resolved), without query or fragment. */
export function rawAppPath(raw: string): string {
  const rest = raw.slice(raw.indexOf('//') + 2);
  const slash = rest.indexOf('/');
  const pathAndMore = slash < 0 ? '/' : rest.slice(slash);
  return pathAndMore.replace(/[?#].*$/s, '');
}
