import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect } from 'vitest';
import { openDatabase } from '../../db/open';
import { createApi } from '../ipc/registry';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Bundles the CLI the way build/build-node.mjs does (ESM, node20, packages external), but only this entry and into
 * a private folder under out/, so test files running in parallel never share or half-read a bundle.
 * Returns a getter for the bundle's path, valid inside tests.
 */
export function useBuiltCli(): () => string {
  let outdir = '';
  beforeAll(async () => {
    fs.mkdirSync(path.join(root, 'out'), { recursive: true });
    outdir = fs.mkdtempSync(path.join(root, 'out', 'cli-test-'));
    await build({
      absWorkingDir: root,
      entryPoints: { cli: 'electron/cli/main.ts' },
      outdir,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      packages: 'external',
      logLevel: 'warning',
    });
  });
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
  return () => path.join(outdir, 'cli.js');
}

export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** Replaces the environment (PATH and HOME are filled in unless given). */
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

/** The environment of a user with nothing configured: no PRESSDESK_DB, a HOME of its own. */
export function cleanEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), ...extra };
}

export function startCli(cli: string, args: readonly string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [cli, ...args], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
}

export function collect(child: ChildProcess, timeoutMs = 30_000): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`pressdesk did not finish in ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Runs `pressdesk ARGS` to completion with stdin closed (not a terminal). */
export function runCli(cli: string, args: readonly string[], env: NodeJS.ProcessEnv, options: CliOptions = {}) {
  const child = startCli(cli, args, env);
  child.stdin?.end();
  return collect(child, options.timeoutMs);
}

export const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** One line on stderr in the CLI's error style (`pressdesk: <what happened>. <what to do>`), and no stack trace. */
export function expectOneErrorLine(stderr: string) {
  expect(stderr).toMatch(/^pressdesk: [^\n]+\. [^\n]+\n$/);
  return stderr.trimEnd();
}

/** A real PressDesk database file with these contacts, created through the app's own API, then closed. */
export async function makeDatabase(file: string, contacts: readonly { givenName: string; familyName: string }[] = []) {
  const opened = await openDatabase(file, { create: true, owner: 'test' });
  try {
    const api = createApi({
      db: opened.db,
      dbPath: file,
      schemaVersion: opened.schemaVersion,
      version: '0.0.0-test',
      shell: 'browser',
    });
    for (const contact of contacts) {
      const reply = await api.call('contacts:create', contact);
      if (!reply.ok) throw new Error(`contacts:create failed: ${reply.error.message}`);
    }
  } finally {
    opened.close();
  }
  return file;
}

/** The contacts' given names, read with a connection of our own. */
export function givenNames(file: string): string[] {
  // Read-write with query_only: unlike a read-only connection, it removes the -wal/-shm it creates on close.
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma('query_only = ON');
  try {
    return sqlite.prepare('SELECT given_name FROM contacts ORDER BY id').pluck().all() as string[];
  } finally {
    sqlite.close();
  }
}

export interface HttpReply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** A raw request, so headers a browser would never let a page set (`Host`) can be tried. */
export function httpRequest(
  url: string,
  init: { method?: string; headers?: http.OutgoingHttpHeaders; body?: string } = {},
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Resolves with the first line the process prints on stdout. */
export function firstLine(child: ChildProcess, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no line on stdout in ${timeoutMs} ms`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const end = seen.indexOf('\n');
      if (end === -1) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve(seen.slice(0, end + 1));
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before printing a line`));
    });
  });
}
