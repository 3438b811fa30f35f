import fs from 'node:fs';
import path from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const contentTypeOf = (file: string) =>
  contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * The build folder of files named by a hash of their content (`assetsDir` in vite.config.ts): a new build writes new
 * names, so what is under one name never changes.
 */
const HASHED_ASSETS_DIR = 'assets';

/** For a file under HASHED_ASSETS_DIR: kept for good, never asked for again, not even on reload. */
const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else: index.html names the current hashes and is where the launch token arrives, so it is never kept. */
const CACHE_NONE = 'no-store';

export type StaticLookup =
  | {
      readonly kind: 'file';
      readonly file: string;
      readonly size: number;
      /** The `Cache-Control` to send with it. */
      readonly cacheControl: typeof CACHE_IMMUTABLE | typeof CACHE_NONE;
    }
  | { readonly kind: 'bad-path' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'no-shell' };

/**
 * Splits a raw request path into decoded segments, refusing anything that could step outside the root however it is
 * spelled: `..` or `.` (also `%2e%2e`), encoded or literal slashes and backslashes inside a segment, NUL, bad escapes.
 * The raw path is used, not a parsed URL, because URL parsing would silently resolve `/a/%2e%2e/b` to `/b`.
 */
export function safeSegments(rawPath: string): string[] | null {
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment) || path.isAbsolute(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

const isInside = (root: string, file: string) => file.startsWith(root + path.sep);

/**
 * Finds the file for a GET under the renderer's build folder. A path without a file extension that names no file
 * is a client-side route, answered with index.html (the SPA fallback); a missing asset is a plain 404.
 * Symlinks are followed only if they land inside the root. Whether the answer may be cached is decided on the file
 * really served, never on the path asked for: `/assets/anything` answered with index.html is not cacheable.
 */
export function lookupStatic(root: string, rawPath: string): StaticLookup {
  const segments = safeSegments(rawPath);
  if (segments === null) return { kind: 'bad-path' };

  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    return { kind: 'no-shell' };
  }
  const hashedAssets = path.join(realRoot, HASHED_ASSETS_DIR);
  const found = (candidate: string): StaticLookup | undefined => {
    let real: string;
    try {
      real = fs.realpathSync(candidate);
    } catch {
      return undefined;
    }
    if (!isInside(realRoot, real)) return { kind: 'not-found' };
    const stat = fs.statSync(real);
    if (!stat.isFile()) return undefined;
    const cacheControl = isInside(hashedAssets, real) ? CACHE_IMMUTABLE : CACHE_NONE;
    return { kind: 'file', file: real, size: stat.size, cacheControl };
  };

  const requested = path.join(realRoot, ...segments);
  const direct = found(segments.length === 0 ? path.join(realRoot, 'index.html') : requested);
  if (direct) return direct;
  const last = segments.at(-1) ?? '';
  if (path.extname(last) !== '') return { kind: 'not-found' };
  return found(path.join(realRoot, 'index.html')) ?? { kind: 'no-shell' };
}
