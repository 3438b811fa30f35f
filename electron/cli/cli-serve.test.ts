import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../db/testing/temp-dir';
import {
  cleanEnv,
  collect,
  expectOneErrorLine,
  firstLine,
  givenNames,
  httpRequest,
  makeDatabase,
  runCli,
  startCli,
  useBuiltCli,
} from './test-support';

const cli = useBuiltCli();
const newTempDir = useTempDir('pressdesk-serve-');

const LINE = /^PressDesk is running at (http:\/\/127\.0\.0\.1:(\d+)\/)\?token=([A-Za-z0-9_-]{43})\n$/;

/** `pressdesk serve --port 0 --no-open` on `db`, up and answering. */
async function serve(db: string, env = cleanEnv(newTempDir()), extra: string[] = ['--no-open']) {
  const child = startCli(cli(), ['serve', '--db', db, '--port', '0', ...extra], env);
  const done = collect(child);
  const line = await firstLine(child);
  const match = LINE.exec(line);
  if (!match) throw new Error(`unexpected first line: ${JSON.stringify(line)}`);
  const [, origin = '', port = '', token = ''] = match;
  return { child, done, line, origin, port: Number(port), token, url: `${origin}?token=${token}` };
}

const post = (url: string, headers: Record<string, string> = {}, body = '{}') =>
  httpRequest(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('pressdesk serve', () => {
  it('prints exactly its address, guards the API, serves through the app registry, and stops on SIGTERM', async () => {
    const dir = newTempDir();
    const db = path.join(dir, 'pressdesk.db');
    const server = await serve(db);
    const api = `${server.origin}api/`;

    // Without the token: 401. A foreign Host or Origin: 403, token or not.
    expect((await post(`${api}app:info`)).status).toBe(401);
    const bearer = { Authorization: `Bearer ${server.token}` };
    expect((await post(`${api}app:info`, { ...bearer, Host: 'evil.example' })).status).toBe(403);
    expect((await post(`${api}app:info`, { ...bearer, Origin: 'http://evil.example' })).status).toBe(403);
    // The static shell loads without the token (or says it is not built): never 401.
    expect([200, 503]).toContain((await httpRequest(server.origin)).status);

    // The printed address hands over the token once, for a cookie.
    const entry = await httpRequest(server.url);
    expect(entry.status).toBe(303);
    expect(entry.headers.location).toBe('/');
    const cookie = (entry.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
    const info = await post(`${api}app:info`, { Cookie: cookie });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { dbPath: db, shell: 'browser' } });

    const created = await post(
      `${api}contacts:create`,
      bearer,
      JSON.stringify({ givenName: 'Zoé', familyName: 'Ndiaye' }),
    );
    expect(JSON.parse(created.body)).toMatchObject({ ok: true });
    expect(fs.existsSync(`${db}.lock`)).toBe(true);
    // The token is written nowhere on disk (the lock says who holds the file, not how to get in).
    for (const file of fs.readdirSync(dir)) {
      expect(fs.readFileSync(path.join(dir, file)).includes(server.token), file).toBe(false);
    }

    server.child.kill('SIGTERM');
    const result = await server.done;
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(server.line);
    expect(result.stderr).toBe('');
    expect(fs.existsSync(`${db}.lock`)).toBe(false);
    expect(givenNames(db)).toEqual(['Zoé']);
  });

  it('stops on Ctrl+C (SIGINT) with exit 0 as well', async () => {
    const db = path.join(newTempDir(), 'pressdesk.db');
    const server = await serve(db);
    server.child.kill('SIGINT');
    expect((await server.done).code).toBe(0);
    expect(fs.existsSync(`${db}.lock`)).toBe(false);
  });

  it('refuses a second serve on the same database, and a restore, but allows a backup meanwhile', async () => {
    const dir = newTempDir();
    const db = await makeDatabase(path.join(dir, 'pressdesk.db'), [{ givenName: 'Amina', familyName: 'Diallo' }]);
    const server = await serve(db);
    const env = cleanEnv(newTempDir());

    const second = await runCli(cli(), ['serve', '--db', db, '--port', '0', '--no-open'], env);
    expect(second.code).toBe(1);
    expect(second.stdout).toBe('');
    expect(expectOneErrorLine(second.stderr)).toMatch(
      new RegExp(
        `^pressdesk: ${db} is in use by pressdesk serve \\(process ${server.child.pid} .*\\)\\. Close the other PressDesk, or wait\\.$`,
      ),
    );

    const copy = path.join(dir, 'copy.db');
    expect((await runCli(cli(), ['backup', '--to', copy, '--db', db], env)).code).toBe(0);
    const restore = await runCli(cli(), ['restore', copy, '--yes', '--db', db], env);
    expect(restore.code).toBe(1);
    expect(expectOneErrorLine(restore.stderr)).toContain('Close the other PressDesk, or wait.');

    server.child.kill('SIGTERM');
    expect((await server.done).code).toBe(0);
    // Once it has stopped, the database is free again.
    const after = await runCli(cli(), ['restore', copy, '--yes', '--db', db], env);
    expect(after.code).toBe(0);
  });

  it('explains a port in use (exit 1) and a bad --port (exit 2)', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const db = path.join(newTempDir(), 'pressdesk.db');
      const env = cleanEnv(newTempDir());
      const busy = await runCli(cli(), ['serve', '--db', db, '--port', String(port), '--no-open'], env);
      expect(busy.code).toBe(1);
      expect(expectOneErrorLine(busy.stderr)).toBe(
        `pressdesk: port ${port} is already in use. Choose another with --port, or --port 0 for a free one.`,
      );
      expect(fs.existsSync(`${db}.lock`)).toBe(false);
      for (const bad of ['http', '-1', '70000', '1.5']) {
        const result = await runCli(cli(), ['serve', '--db', db, `--port=${bad}`, '--no-open'], env);
        expect(result.code, bad).toBe(2);
        expectOneErrorLine(result.stderr);
      }
    } finally {
      blocker.close();
    }
  });

  it.runIf(process.platform === 'linux')(
    'opens the browser with a one-time code, never the token itself (other users can read command lines)',
    async () => {
      const dir = newTempDir();
      const bin = path.join(dir, 'bin');
      const seen = path.join(dir, 'xdg-open-args');
      fs.mkdirSync(bin);
      fs.writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${seen}'\n`, { mode: 0o755 });
      const server = await serve(path.join(dir, 'pressdesk.db'), cleanEnv(newTempDir(), { PATH: bin }), []);

      await expect.poll(() => fs.existsSync(seen)).toBe(true);
      const opened = new URL(fs.readFileSync(seen, 'utf8'));
      expect(opened.origin + opened.pathname).toBe(server.origin);
      const code = opened.searchParams.get('token') ?? '';
      expect(code).not.toBe(server.token);
      expect((await httpRequest(opened.href)).status).toBe(303);
      expect((await httpRequest(opened.href)).status).toBe(401);

      server.child.kill('SIGTERM');
      expect(await server.done).toMatchObject({ code: 0, stderr: '' });
    },
  );

  it('keeps serving when no browser can be opened, and says so on stderr', async () => {
    const dir = newTempDir();
    const empty = path.join(dir, 'empty-bin');
    fs.mkdirSync(empty);
    const server = await serve(path.join(dir, 'pressdesk.db'), cleanEnv(newTempDir(), { PATH: empty }), []);
    expect((await post(`${server.origin}api/app:info`, { Authorization: `Bearer ${server.token}` })).status).toBe(200);
    server.child.kill('SIGTERM');
    const result = await server.done;
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^pressdesk: could not open a browser \(.+\)\. Open the address above yourself\.\n$/);
  });
});
