import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../electron/ipc/registry';
import { APP_SCHEMA_VERSION } from '../migrations-info';
import { openDatabase } from '../open';
import { insertOrganisation } from '../queries/organisations';
import { useTempDir } from '../testing/temp-dir';
import { structuralProblems } from '../crash/state';

/**
 * Issue 8 §3, the cases db/open.test.ts does not cover: a read-only file, a read-only folder, a full disk and a
 * database another program holds locked. Each must give a clear message and leave the file's bytes as they were.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const child = path.join(here, 'open-child.ts');
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const tempDir = useTempDir('pressdesk-bad-files-');

/** Running as root (CI), permissions are not enforced: the child drops to `nobody` with setpriv, if it can. */
const dropPrivileges = (() => {
  if (process.getuid?.() !== 0) return [] as string[];
  const probe = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'true']);
  return probe.status === 0 ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'] : null;
})();
const skipReason =
  dropPrivileges === null
    ? 'running as root and setpriv cannot drop to nobody, so file permissions would not be enforced'
    : process.platform === 'win32'
      ? 'POSIX permissions only'
      : null;
if (skipReason !== null) console.log(`bad-files: permission cases skipped: ${skipReason}`);

interface Outcome {
  check?: boolean;
  checkError?: { problem: string | null; message: string };
  organisations?: number;
  readError?: { problem: string | null; message: string };
  opened?: boolean;
  wrote?: boolean;
  openError?: { problem: string | null; code: string | null; message: string };
  writeError?: { code: string | null; message: string };
}

function openAsOtherUser(file: string): Outcome {
  const [command = '', ...args] = [...(dropPrivileges ?? []), process.execPath, '--import', 'tsx', child, file];
  const out = execFileSync(command, args, {
    encoding: 'utf8',
    // tsx keeps its cache per user under the temporary folder: nobody gets its own.
    env: { ...process.env, HOME: '/tmp' },
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Outcome;
}

async function databaseIn(dir: string) {
  fs.chmodSync(dir, 0o755);
  const file = path.join(dir, 'pressdesk.db');
  const opened = await openDatabase(file, { create: true });
  insertOrganisation(opened.db, { name: { en: 'International Organization for Migration' }, acronym: {}, kind: 'ngo' });
  opened.close();
  return file;
}

describe.skipIf(skipReason !== null)('a database the user may not write', () => {
  it('a read-only file: refused for writing, still checkable and readable, bytes unchanged, nothing left beside it', async () => {
    const dir = tempDir();
    const file = await databaseIn(dir);
    // The folder is writable (the -wal and the lock could be made there): only the file is read-only.
    fs.chmodSync(dir, 0o777);
    fs.chmodSync(file, 0o444);
    const before = sha(file);
    const outcome = openAsOtherUser(file);
    expect(outcome.check).toBe(true);
    expect(outcome.organisations).toBe(1);
    expect(outcome.opened).toBeUndefined();
    expect(outcome.openError).toMatchObject({ problem: 'read-only', code: null });
    expect(outcome.openError?.message).toBe(
      `The database ${file} is read-only (you may not write to the file). Copy it to a folder you can write to, ` +
        'or read it without changing it with pressdesk check, search or export',
    );
    expect(sha(file)).toBe(before);
    // No lock, and no -wal/-shm: any SQLite connection to a read-only WAL file would leave both.
    expect(fs.readdirSync(dir)).toEqual(['pressdesk.db']);
  }, 60_000);

  it('a read-only folder: refused for writing, still checkable and readable, bytes unchanged, nothing created', async () => {
    const dir = tempDir();
    const file = await databaseIn(dir);
    fs.chmodSync(file, 0o666);
    fs.chmodSync(dir, 0o555);
    const before = sha(file);
    try {
      const outcome = openAsOtherUser(file);
      expect(outcome.checkError).toBeUndefined();
      expect(outcome.check).toBe(true);
      expect(outcome.organisations).toBe(1);
      expect(outcome.opened).toBeUndefined();
      expect(outcome.openError).toMatchObject({ problem: 'read-only', code: null });
      expect(outcome.openError?.message).toContain(`(you may not write to its folder ${dir})`);
      expect(sha(file)).toBe(before);
      expect(fs.readdirSync(dir)).toEqual(['pressdesk.db']);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  }, 60_000);
});

describe('a full disk', () => {
  it('refuses the write that does not fit with a clear error, writes none of it, and goes on working', async () => {
    const file = path.join(tempDir(), 'pressdesk.db');
    const opened = await openDatabase(file, { create: true });
    const sqlite = opened.db.$client;
    const api = createApi({
      db: opened.db,
      dbPath: file,
      schemaVersion: APP_SCHEMA_VERSION,
      version: 't',
      shell: 'browser',
    });
    const count = (table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    // The disk fills up: the file may grow by a few pages only.
    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    sqlite.pragma(`max_page_count = ${pages + 8}`);
    const person = (i: number) => ({
      givenName: 'Amina',
      familyName: `Haddad ${i}`,
      phones: [{ raw: '+41 22 717 91 11' }, { raw: '+32 470 13 10 28' }],
      emails: [{ address: `amina${i}@example.org` }],
      notes: 'A long note about this person. '.repeat(600),
    });
    let saved = 0;
    let refused: { kind: string; message: string } | undefined;
    for (let i = 0; i < 200 && refused === undefined; i++) {
      const result = await api.call('contacts:create', person(i));
      if (result.ok) saved++;
      else refused = result.error;
    }
    expect(refused?.kind).toBe('Conflict');
    expect(refused?.message).toMatch(/disk is full.*nothing was saved/i);
    // The refused contact left nothing behind: no person, no phone, no email; the file is whole.
    expect([count('contacts'), count('contact_phones'), count('contact_emails')]).toEqual([saved, saved * 2, saved]);
    expect(structuralProblems(sqlite)).toEqual([]);
    // Space is freed: the app goes on, the same connection writes again.
    sqlite.pragma('max_page_count = 1073741823');
    expect((await api.call('contacts:create', person(999))).ok).toBe(true);
    expect(count('contacts')).toBe(saved + 1);
    opened.close();
  });
});

describe('a database another program holds', () => {
  it('a write while another program holds the write lock: Locked, "try again", nothing half-written', async () => {
    const file = path.join(tempDir(), 'pressdesk.db');
    const opened = await openDatabase(file, { create: true });
    const api = createApi({
      db: opened.db,
      dbPath: file,
      schemaVersion: APP_SCHEMA_VERSION,
      version: 't',
      shell: 'browser',
    });
    opened.db.$client.pragma('busy_timeout = 200');
    // A sync tool or a second copy of SQLite (a network share's other client) writing to the file.
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    const result = await api.call('organisations:create', { name: { en: 'IOM' }, acronym: {}, kind: 'un_agency' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'Locked' } });
    if (!result.ok) expect(result.error.message).toMatch(/busy.*try again/i);
    other.exec('ROLLBACK');
    other.close();
    expect((await api.call('organisations:create', { name: { en: 'IOM' }, acronym: {}, kind: 'un_agency' })).ok).toBe(
      true,
    );
    opened.close();
  });
});
