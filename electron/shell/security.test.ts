import { EventEmitter } from 'node:events';
import type { HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import { guardSession, guardWebContents, isPermissionAllowed, isSafeExternalUrl } from './security';

describe('links handed to the operating system', () => {
  it.each([
    'https://www.iom.int/news',
    'https://unhcr.org',
    'https://xn--gnve-bpa.example/',
    'mailto:press@iom.int',
    'mailto:a@b.org,c@d.org?subject=Release',
  ])('lets %s out', (url) => expect(isSafeExternalUrl(url)).toBe(true));

  it.each([
    ['plain http', 'http://www.iom.int/'],
    ['a local file', 'file:///etc/passwd'],
    ['a Windows share', 'file://server/share/x.exe'],
    ['script', 'javascript:alert(1)'],
    ['script, mixed case', 'JavaScript:alert(1)'],
    ['an SMB share', 'smb://attacker.example/share'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a custom handler', 'ms-msdt:/id PCWDiagnostic'],
    ['the app itself', 'app://pressdesk/index.html'],
    ['credentials posing as a host', 'https://www.iom.int@evil.example/'],
    ['user and password', 'https://user:pw@iom.int/'],
    ['no host', 'https://'],
    ['mailto without an address', 'mailto:?subject=hi'],
    ['garbage', 'not a url'],
    ['empty', ''],
  ])('keeps %s in', (_what, url) => expect(isSafeExternalUrl(url)).toBe(false));
});

class FakeContents extends EventEmitter {
  openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse) {
    this.openHandler = handler;
  }
  navigate(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string) {
    const e = { url, preventDefault: vi.fn() };
    this.emit(event, e);
    return e.preventDefault.mock.calls.length > 0 ? 'refused' : 'allowed';
  }
  open(url: string) {
    if (!this.openHandler) throw new Error('no window open handler');
    return this.openHandler({ url } as HandlerDetails);
  }
}

const guarded = () => {
  const contents = new FakeContents();
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  const blocked: string[] = [];
  guardWebContents(contents as unknown as WebContents, { openExternal, onBlocked: (what) => blocked.push(what) });
  return { contents, openExternal, blocked };
};

describe('web contents guards', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'] as const)('%s stays within the app', (event) => {
    const { contents } = guarded();
    expect(contents.navigate(event, 'app://pressdesk/index.html#/contacts')).toBe('allowed');
    for (const url of [
      'https://evil.example/',
      'app://pressdesk.evil/',
      'app://pressdesk@evil/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,x',
    ]) {
      expect(contents.navigate(event, url), url).toBe('refused');
    }
  });

  it('denies every new window, handing only safe links to the OS', () => {
    const { contents, openExternal } = guarded();
    expect(contents.open('https://www.iom.int/')).toEqual({ action: 'deny' });
    expect(contents.open('mailto:press@iom.int')).toEqual({ action: 'deny' });
    expect(contents.open('app://pressdesk/index.html')).toEqual({ action: 'deny' });
    expect(contents.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(contents.open('smb://x/y')).toEqual({ action: 'deny' });
    expect(contents.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual(['https://www.iom.int/', 'mailto:press@iom.int']);
  });

  it('never attaches a webview', () => {
    const { contents, blocked } = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
    expect(blocked).toContain('webview');
  });

  it('survives the OS failing to open a link', async () => {
    const contents = new FakeContents();
    const blocked: string[] = [];
    guardWebContents(contents as unknown as WebContents, {
      openExternal: () => Promise.reject(new Error('no browser')),
      onBlocked: (what) => blocked.push(what),
    });
    expect(contents.open('https://www.iom.int/')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(blocked).toEqual(['external link (failed)']));
  });
});

describe('permissions', () => {
  it('refuses everything but clipboard writes from the app itself', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'hid',
      'serial',
      'usb',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(isPermissionAllowed(permission, 'app://pressdesk'), permission).toBe(false);
    }
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://pressdesk')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://pressdesk/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://pressdesk.evil')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });

  it('installs request, check and CSP handlers on the session', () => {
    type RequestHandler = (c: unknown, p: string, cb: (granted: boolean) => void, d: { requestingUrl: string }) => void;
    type CheckHandler = (c: unknown, p: string, origin: string) => boolean;
    type HeadersHandler = (
      d: { responseHeaders?: Record<string, string[]> },
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    let request: RequestHandler | undefined;
    let check: CheckHandler | undefined;
    let headers: HeadersHandler | undefined;
    const session = {
      setPermissionRequestHandler: (h: RequestHandler) => (request = h),
      setPermissionCheckHandler: (h: CheckHandler) => (check = h),
      webRequest: { onHeadersReceived: (h: HeadersHandler) => (headers = h) },
    };
    guardSession(session as unknown as Session);

    const granted: boolean[] = [];
    request?.({}, 'media', (g) => granted.push(g), { requestingUrl: 'app://pressdesk/index.html' });
    request?.({}, 'clipboard-sanitized-write', (g) => granted.push(g), { requestingUrl: 'app://pressdesk/index.html' });
    request?.({}, 'clipboard-sanitized-write', (g) => granted.push(g), { requestingUrl: 'https://evil.example/' });
    expect(granted).toEqual([false, true, false]);
    expect(check?.({}, 'geolocation', 'app://pressdesk')).toBe(false);

    let replied: Record<string, string[]> | undefined;
    headers?.(
      { responseHeaders: { 'Content-Security-Policy': ['default-src *'] } },
      (r) => (replied = r.responseHeaders),
    );
    expect(replied).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});
