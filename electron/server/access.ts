import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh secret per launch: 32 random bytes, URL-safe. */
export const createToken = () => crypto.randomBytes(32).toString('base64url');

const digest = (value: string) => crypto.createHash('sha256').update(value, 'utf8').digest();

/** Compares in constant time; hashing first makes both sides the same length. */
export const sameSecret = (given: string, expected: string) => crypto.timingSafeEqual(digest(given), digest(expected));

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  return cookies;
}

export interface Access {
  /** Cookies are shared by every port of a host, so the name carries the port: two servers never clobber each other. */
  readonly cookieName: string;
  /** DNS rebinding: a page from evil.example resolved to 127.0.0.1 still sends `Host: evil.example`. */
  hostAllowed(req: IncomingMessage): boolean;
  /** Browsers send `Origin` on cross-origin requests and on every POST; only our own may talk to us. */
  originAllowed(req: IncomingMessage): boolean;
  /** The per-launch token, from the cookie or an `Authorization: Bearer` header. */
  authorized(req: IncomingMessage): boolean;
  /**
   * A token offered in the URL: the launch token (reusable, printed on the terminal) or a one-time browser code
   * (handed to the browser on its command line, which other users of the machine can read, so it dies on first use).
   */
  redeem(offered: string): boolean;
  /** A code for `?token=` that works once. */
  issueOneTimeCode(): string;
  setCookieHeader(): string;
}

export function createAccess(token: string, port: number): Access {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const cookieName = `pressdesk-${port}`;
  const oneTimeCodes = new Set<string>();

  return {
    cookieName,
    hostAllowed: (req) => hosts.has((req.headers.host ?? '').toLowerCase()),
    originAllowed: (req) => req.headers.origin === undefined || origins.has(req.headers.origin.toLowerCase()),
    authorized(req) {
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
      if (bearer !== undefined) return sameSecret(bearer, token);
      const cookie = parseCookies(req.headers.cookie).get(cookieName);
      return cookie !== undefined && sameSecret(cookie, token);
    },
    redeem(offered) {
      if (sameSecret(offered, token)) return true;
      for (const code of oneTimeCodes) {
        if (sameSecret(offered, code)) {
          oneTimeCodes.delete(code);
          return true;
        }
      }
      return false;
    },
    issueOneTimeCode() {
      const code = createToken();
      oneTimeCodes.add(code);
      return code;
    },
    setCookieHeader: () => `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
  };
}
