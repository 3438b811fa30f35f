import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import { useTempDir } from '../../db/testing/temp-dir';
import { createApi, type Api } from '../ipc/registry';
import { CONTENT_SECURITY_POLICY } from './responses';
import { startServer, type RunningServer } from './server';

interface Reply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

interface Request {
  readonly method?: string;
  readonly path?: string;
  readonly headers?: http.OutgoingHttpHeaders;
  readonly body?: string | Buffer;
  /** Send the body without a Content-Length (chunked), as a streaming client would. */
  readonly chunked?: boolean;
}

/** Raw node:http, because fetch forbids setting `Host` and normalises `..` out of paths before sending. */
function send(port: number, { method = 'GET', path: target = '/', headers = {}, body, chunked }: Request) {
  return new Promise<Reply>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: target, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    // The server may close the socket while a refused body is still being sent; the reply has arrived by then.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    if (body !== undefined && chunked) {
      req.write(body);
      req.end();
    } else {
      req.end(body);
    }
  });
}

const json = { 'Content-Type': 'application/json' };

const newTempDir = useTempDir('pressdesk-server-');
let opened: OpenedDatabase;
let server: RunningServer;
let root: string;
let outside: string;
let serverErrors: unknown[];
let registry: Api;

async function start(staticDir: string) {
  opened = await openDatabase(':memory:');
  registry = createApi(
    { db: opened.db, dbPath: ':memory:', schemaVersion: opened.schemaVersion, version: '0.0.0-test', shell: 'browser' },
    { validateOutput: true, onInternalError: (_c, e) => serverErrors.push(e) },
  );
  server = await startServer({
    api: registry,
    staticDir,
    port: 0,
    host: '127.0.0.1',
    onError: (e) => serverErrors.push(e),
  });
}

beforeEach(async () => {
  serverErrors = [];
  const dir = newTempDir();
  root = path.join(dir, 'renderer');
  outside = path.join(dir, 'secret.txt');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>PressDesk</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app-1a2b.js'), 'console.log(1);');
  fs.writeFileSync(path.join(root, 'assets', 'app-1a2b.css'), 'body{}');
  fs.writeFileSync(outside, 'TOP SECRET');
  fs.symlinkSync(outside, path.join(root, 'assets', 'leak.txt'));
  await start(root);
});

afterEach(async () => {
  await server.close();
  opened.close();
  expect(serverErrors).toEqual([]);
});

const bearer = () => ({ Authorization: `Bearer ${server.token}` });
const api = (channel: string, input: unknown, headers: http.OutgoingHttpHeaders = bearer()) =>
  send(server.port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { ...json, ...headers },
    body: JSON.stringify(input),
  });

describe('startServer', () => {
  it('listens on 127.0.0.1 and makes a per-launch token of 32 random bytes', async () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.launchUrl).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(Buffer.from(server.token, 'base64url')).toHaveLength(32);
    const other = await startServer({ api: registry, staticDir: root });
    expect(other.token).not.toBe(server.token);
    await other.close();
  });
});

describe('access', () => {
  it('answers 401 on the API without the token, and with a wrong one', async () => {
    const none = await api('app:info', {}, {});
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { kind: 'Unauthorized' } });
    expect((await api('app:info', {}, { Authorization: `Bearer ${server.token}x` })).status).toBe(401);
    expect((await api('app:info', {}, { Cookie: `pressdesk-${server.port}=nope` })).status).toBe(401);
    // The cookie of another PressDesk on another port is not ours.
    expect((await api('app:info', {}, { Cookie: `pressdesk-1=${server.token}` })).status).toBe(401);
  });

  it('accepts a Bearer token', async () => {
    const reply = await api('app:info', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { shell: 'browser', dbPath: ':memory:' } });
  });

  it('swaps the token in the URL for an HttpOnly SameSite=Strict cookie, and the API works with that cookie', async () => {
    const reply = await send(server.port, { path: `/contacts?view=all&token=${server.token}` });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/contacts?view=all');
    const setCookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toBe(`pressdesk-${server.port}=${server.token}; HttpOnly; SameSite=Strict; Path=/`);

    const cookie = setCookie.split(';')[0] ?? '';
    const withCookie = await api('app:info', {}, { Cookie: `theme=dark; ${cookie}` });
    expect(withCookie.status).toBe(200);
    expect(JSON.parse(withCookie.body)).toMatchObject({ ok: true });
  });

  it('never redirects off-site after the token swap', async () => {
    for (const target of [`//evil.example/?token=${server.token}`, `/%5Cevil.example?token=${server.token}`]) {
      const reply = await send(server.port, { path: target });
      expect(reply.status).toBe(303);
      expect(reply.headers.location).toMatch(/^\/(?![/\\])/);
    }
  });

  it('refuses a wrong token in the URL', async () => {
    const reply = await send(server.port, { path: '/?token=AAAA' });
    expect(reply.status).toBe(401);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('takes a one-time code once only', async () => {
    const url = new URL(server.oneTimeUrl());
    const code = url.searchParams.get('token') ?? '';
    expect(code).not.toBe(server.token);
    const first = await send(server.port, { path: `/?token=${code}` });
    expect(first.status).toBe(303);
    expect(first.headers['set-cookie']?.[0]).toContain(`=${server.token};`);
    expect((await send(server.port, { path: `/?token=${code}` })).status).toBe(401);
    // The one-time code is not an API credential.
    expect((await api('app:info', {}, { Authorization: `Bearer ${code}` })).status).toBe(401);
  });

  it('serves the static shell without the token: it holds no data', async () => {
    const reply = await send(server.port, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>PressDesk</title>');
  });

  it('refuses a foreign Host with 403 (DNS rebinding), even with the token', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`]) {
      expect((await api('app:info', {}, { ...bearer(), Host: host })).status).toBe(403);
      expect((await send(server.port, { path: '/', headers: { Host: host } })).status).toBe(403);
    }
    expect((await api('app:info', {}, { ...bearer(), Host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('refuses a foreign Origin with 403, even with the token', async () => {
    for (const origin of ['http://evil.example', 'null', `https://127.0.0.1:${server.port}`, 'http://127.0.0.1']) {
      const reply = await api('app:info', {}, { ...bearer(), Origin: origin });
      expect(reply.status).toBe(403);
    }
    for (const origin of [`http://127.0.0.1:${server.port}`, `http://localhost:${server.port}`]) {
      expect((await api('app:info', {}, { ...bearer(), Origin: origin })).status).toBe(200);
    }
  });

  it('never sends CORS headers, not even to a preflight', async () => {
    const replies = [
      await send(server.port, {
        method: 'OPTIONS',
        path: '/api/app:info',
        headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
      }),
      await send(server.port, { method: 'OPTIONS', path: '/api/app:info', headers: bearer() }),
      await api('app:info', {}),
      await api('app:info', {}, {}),
      await send(server.port, { path: '/' }),
    ];
    for (const reply of replies) {
      expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
    expect(replies[0]?.status).toBe(403);
    expect(replies[1]?.status).toBe(405);
  });
});

describe('the API transport', () => {
  it('takes only POST (405)', async () => {
    const reply = await send(server.port, { path: '/api/app:info', headers: bearer() });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('POST');
  });

  it('takes only application/json (415)', async () => {
    const reply = await send(server.port, {
      method: 'POST',
      path: '/api/app:info',
      headers: { ...bearer(), 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(reply.status).toBe(415);
    const charset = await api('app:info', {}, { ...bearer(), 'Content-Type': 'application/json; charset=utf-8' });
    expect(charset.status).toBe(200);
  });

  it('refuses a body over 10 MB with 413, declared or streamed, and stays up', async () => {
    const big = JSON.stringify({ query: 'x'.repeat(10 * 1024 * 1024) });
    const declared = await send(server.port, {
      method: 'POST',
      path: '/api/search:query',
      headers: { ...bearer(), ...json, 'Content-Length': Buffer.byteLength(big) },
      body: big,
    });
    expect(declared.status).toBe(413);
    const streamed = await send(server.port, {
      method: 'POST',
      path: '/api/search:query',
      headers: { ...bearer(), ...json },
      body: big,
      chunked: true,
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toMatchObject({ ok: false, error: { kind: 'Validation' } });
    expect((await api('app:info', {})).status).toBe(200);
  });

  it('shrugs off a client that disconnects mid-body', async () => {
    await new Promise<void>((resolve) => {
      const req = http.request({
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: '/api/app:info',
        headers: { ...bearer(), ...json, 'Content-Length': 1000 },
      });
      req.on('error', () => resolve());
      req.write('{"partial":', () => setTimeout(() => req.destroy(), 50));
    });
    expect((await api('app:info', {})).status).toBe(200);
  });

  it('answers invalid JSON with a Validation envelope and 400', async () => {
    const reply = await send(server.port, {
      method: 'POST',
      path: '/api/app:info',
      headers: { ...bearer(), ...json },
      body: '{"oops":',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { kind: 'Validation' } });
  });

  it('answers an unknown channel with 404', async () => {
    const reply = await api('contacts:drop', {});
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { kind: 'NotFound' } });
  });

  it('returns domain results as 200 envelopes, and what it writes is in the database', async () => {
    const invalid = await api('contacts:create', { givenName: '', familyName: '' });
    expect(invalid.status).toBe(200);
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { kind: 'Validation' } });

    const created = await api('contacts:create', { givenName: 'Élodie', familyName: 'Genève-Durand' });
    expect(created.status).toBe(200);
    const { value } = JSON.parse(created.body) as { value: { id: number } };
    const row = opened.db.$client.prepare('SELECT given_name FROM contacts WHERE id = ?').get(value.id);
    expect(row).toEqual({ given_name: 'Élodie' });

    const found = await api('search:query', { query: 'geneve' });
    expect(JSON.parse(found.body)).toMatchObject({ ok: true, value: { results: [{ kind: 'contact', id: value.id }] } });
  });

  it('sends no-store and the security headers on API replies', async () => {
    const reply = await api('app:info', {});
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('static files', () => {
  it('serves the renderer with correct content types and security headers', async () => {
    const cases = [
      ['/', 'text/html; charset=utf-8'],
      ['/assets/app-1a2b.js', 'text/javascript; charset=utf-8'],
      ['/assets/app-1a2b.css', 'text/css; charset=utf-8'],
    ] as const;
    for (const [target, type] of cases) {
      const reply = await send(server.port, { path: target });
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe(type);
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
    }
    const head = await send(server.port, { method: 'HEAD', path: '/assets/app-1a2b.js' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('lets the browser keep hashed assets for good, and never index.html or anything else', async () => {
    fs.mkdirSync(path.join(root, 'assets', 'fonts'));
    fs.writeFileSync(path.join(root, 'assets', 'fonts', 'noto-9f8e.woff2'), 'font');
    fs.writeFileSync(path.join(root, 'favicon.svg'), '<svg/>');
    // A link under assets/ to a file outside it: what is served decides, not the path asked for.
    fs.symlinkSync(path.join(root, 'index.html'), path.join(root, 'assets', 'alias.html'));
    for (const target of ['/assets/app-1a2b.js', '/assets/app-1a2b.css', '/assets/fonts/noto-9f8e.woff2']) {
      for (const method of ['GET', 'HEAD']) {
        const reply = await send(server.port, { method, path: target });
        expect(reply.status, `${method} ${target}`).toBe(200);
        expect(reply.headers['cache-control'], `${method} ${target}`).toBe('public, max-age=31536000, immutable');
        expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      }
    }
    const uncached = [
      ['/', 200],
      ['/index.html', 200],
      ['/contacts/42', 200],
      // No extension, no such file: the SPA fallback, so index.html even under assets/.
      ['/assets/releases', 200],
      ['/assets/alias.html', 200],
      ['/favicon.svg', 200],
      ['/assets/missing.js', 404],
      ['/%2e%2e/secret.txt', 400],
      [`/?token=${server.token}`, 303],
      ['/?token=AAAA', 401],
    ] as const;
    for (const [target, status] of uncached) {
      const reply = await send(server.port, { path: target });
      expect(reply.status, target).toBe(status);
      expect(reply.headers['cache-control'], target).toBe('no-store');
    }
    expect((await send(server.port, { path: '/assets/releases' })).body).toContain('<title>PressDesk</title>');
  });

  it('falls back to index.html for client-side routes, not for missing assets', async () => {
    const route = await send(server.port, { path: '/contacts/42' });
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>PressDesk</title>');
    expect((await send(server.port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it('refuses directory traversal however it is spelled', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2fetc%2fpasswd',
      '/assets/%00.js',
      '/%E0%A4%A',
      `/${encodeURIComponent(outside)}`,
    ];
    for (const target of attempts) {
      const reply = await send(server.port, { path: target });
      expect(reply.status, target).toBe(400);
      expect(reply.body).not.toContain('TOP SECRET');
    }
    // A symlink inside the folder that points out of it.
    const link = await send(server.port, { path: '/assets/leak.txt' });
    expect(link.status).toBe(404);
    expect(link.body).not.toContain('TOP SECRET');
    expect((await send(server.port, { path: 'http://evil.example/secret.txt' })).status).toBe(400);
  });

  it('takes only GET and HEAD', async () => {
    const reply = await send(server.port, { method: 'DELETE', path: '/', headers: bearer() });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });

  it('says how to build the window when it is not built, while the API still works', async () => {
    await server.close();
    opened.close();
    await start(path.join(root, 'not-built'));
    const page = await send(server.port, { path: '/' });
    expect(page.status).toBe(503);
    expect(page.body).toContain('npm run build');
    expect((await api('app:info', {})).status).toBe(200);
  });
});

describe('close', () => {
  it('stops listening', async () => {
    const { port } = server;
    await server.close();
    await expect(send(port, { path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
