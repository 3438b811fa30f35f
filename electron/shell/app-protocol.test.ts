import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../db/testing/temp-dir';
import { createAppProtocolHandler } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './csp';

const tempDir = useTempDir('pressdesk-protocol-');
let root: string;
let outside: string;
let serve: (request: Request) => Promise<Response>;

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

beforeEach(() => {
  const base = tempDir();
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>PressDesk</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(outside, 'not for the page');
  serve = createAppProtocolHandler(root);
});

describe('app:// protocol', () => {
  it('serves the app with its CSP and exact types', async () => {
    const page = await get('app://pressdesk/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>PressDesk</title>');

    const script = await get('app://pressdesk/assets/index-abc.js?v=2');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('lets Chromium keep hashed assets for good, and never index.html', async () => {
    fs.symlinkSync(path.join(root, 'index.html'), path.join(root, 'assets', 'alias.html'));
    for (const method of ['GET', 'HEAD']) {
      const script = await get('app://pressdesk/assets/index-abc.js', method);
      expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    for (const url of [
      'app://pressdesk/',
      'app://pressdesk/index.html',
      'app://pressdesk/contacts/42',
      'app://pressdesk/assets/releases',
      'app://pressdesk/assets/alias.html',
    ]) {
      const page = await get(url);
      expect(page.status, url).toBe(200);
      expect(page.headers.get('cache-control'), url).toBe('no-store');
    }
  });

  it('answers a client-side route with index.html, and a missing asset with 404', async () => {
    expect(await (await get('app://pressdesk/contacts/42')).text()).toContain('PressDesk');
    expect((await get('app://pressdesk/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://pressdesk/../secret.txt',
    'app://pressdesk/%2e%2e/secret.txt',
    'app://pressdesk/assets/%2E%2E/%2e%2e/secret.txt',
    'app://pressdesk/..%2fsecret.txt',
    'app://pressdesk/..%5csecret.txt',
    'app://pressdesk/%2Fetc%2Fpasswd',
    'app://pressdesk/assets/%00.js',
    'app://pressdesk/%E0%A4%A',
  ])('never serves a file outside the app folder: %s', async (url) => {
    const response = await get(url);
    expect([400, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('not for the page');
  });

  it('does not follow a link out of the folder', async () => {
    fs.symlinkSync(outside, path.join(root, 'assets', 'leak.txt'));
    const response = await get('app://pressdesk/assets/leak.txt');
    expect(response.status).toBe(404);
  });

  it('serves only its own host and only reads', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://pressdesk.evil/index.html')).status).toBe(404);
    expect((await get('app://pressdesk/index.html', 'POST')).status).toBe(405);
    const head = await get('app://pressdesk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('says the window is not built when out/renderer is missing', async () => {
    const response = await createAppProtocolHandler(path.join(root, 'nope'))(new Request('app://pressdesk/'));
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/npm run build/);
  });
});
