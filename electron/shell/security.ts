import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { withCsp } from './csp';

/**
 * Links the user may follow out of the app, to their own browser or mail client: `https:` to a real host and
 * `mailto:`. Parsed, never prefix-matched; credentials in a URL (`https://www.iom.int@evil.example/`) are the classic
 * look-alike trick and are refused. `http:`, `file:`, `javascript:`, `smb:` and everything else never leave.
 */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return url.pathname.includes('@');
  if (url.protocol !== 'https:') return false;
  return url.hostname !== '' && url.username === '' && url.password === '';
}

export interface ContentsGuards {
  /** Hands a vetted URL to the operating system (Electron's `shell.openExternal`). */
  readonly openExternal: (url: string) => Promise<void>;
  /** Told about every refusal, for the log. */
  readonly onBlocked?: (what: string, url: string) => void;
}

/**
 * Applied to every web contents the app creates (`web-contents-created`): pages may move only within the app's own
 * origin, never open windows (safe links go to the OS instead), and never embed a `<webview>`.
 */
export function guardWebContents(contents: WebContents, guards: ContentsGuards): void {
  const refuse = (what: string, url: string, event: { preventDefault(): void }) => {
    event.preventDefault();
    guards.onBlocked?.(what, url);
  };
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) refuse('navigation', event.url, event);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) refuse('frame navigation', event.url, event);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) refuse('redirect', event.url, event);
  });
  contents.on('will-attach-webview', (event, _preferences, params) => refuse('webview', params.src ?? '', event));
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      guards.openExternal(url).catch(() => guards.onBlocked?.('external link (failed)', url));
    } else {
      guards.onBlocked?.('window.open', url);
    }
    return { action: 'deny' };
  });
}

/**
 * The one permission PressDesk's pages may use: writing text to the clipboard (copying a contact block), and only
 * from the app's own origin. Camera, microphone, location, notifications, HID, serial… are all refused.
 */
export function isPermissionAllowed(permission: string, origin: string | undefined): boolean {
  return permission === 'clipboard-sanitized-write' && origin !== undefined && isAppUrl(origin);
}

/** Permissions and the CSP header for the app's session. */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders) });
  });
}
