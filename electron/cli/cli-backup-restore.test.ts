import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { examineDatabase } from '../../db/restore';
import { useTempDir } from '../../db/testing/temp-dir';
import {
  cleanEnv,
  collect,
  expectOneErrorLine,
  givenNames,
  makeDatabase,
  runCli,
  sha256,
  startCli,
  useBuiltCli,
} from './test-support';

const cli = useBuiltCli();
const newTempDir = useTempDir('pressdesk-backup-');

const filesIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

describe('pressdesk backup', () => {
  it('writes a verified copy to backups/ beside the database', async () => {
    const dir = newTempDir();
    const db = await makeDatabase(path.join(dir, 'pressdesk.db'), [{ givenName: 'Amina', familyName: 'Diallo' }]);
    const result = await runCli(cli(), ['backup', '--json', '--db', db], cleanEnv(newTempDir()));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const reply = JSON.parse(result.stdout) as { path: string; size: number; verified: boolean };
    expect(Object.keys(reply).sort()).toEqual(['path', 'size', 'verified']);
    expect(reply.verified).toBe(true);
    expect(path.dirname(reply.path)).toBe(path.join(dir, 'backups'));
    expect(path.basename(reply.path)).toMatch(/^pressdesk-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.db$/);
    expect(fs.statSync(reply.path).size).toBe(reply.size);
    expect(examineDatabase(reply.path).ok).toBe(true);
    expect(givenNames(reply.path)).toEqual(['Amina']);
    expect(filesIn(path.join(dir, 'backups'))).toEqual([path.basename(reply.path)]);
  });

  it('writes to --to, and refuses to overwrite an existing file', async () => {
    const dir = newTempDir();
    const db = await makeDatabase(path.join(dir, 'pressdesk.db'));
    const to = path.join(dir, 'elsewhere', 'copy.db');
    const first = await runCli(cli(), ['backup', '--to', to, '--db', db], cleanEnv(newTempDir()));
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(to);
    const before = sha256(to);
    const again = await runCli(cli(), ['backup', '--to', to, '--db', db], cleanEnv(newTempDir()));
    expect(again.code).toBe(1);
    expect(expectOneErrorLine(again.stderr)).toBe(`pressdesk: ${to} already exists. Choose another file with --to.`);
    expect(sha256(to)).toBe(before);
  });

  it('stops on Ctrl+C with exit 130 and leaves no file behind', async () => {
    const dir = newTempDir();
    const db = await makeDatabase(path.join(dir, 'pressdesk.db'));
    // Large enough that the copy takes many steps of the online backup.
    const sqlite = new Database(db);
    sqlite.exec('CREATE TABLE ballast (b BLOB)');
    const insert = sqlite.prepare('INSERT INTO ballast VALUES (randomblob(1048576))');
    sqlite.transaction(() => {
      for (let i = 0; i < 160; i++) insert.run();
    })();
    sqlite.close();
    const before = sha256(db);

    const backups = path.join(dir, 'backups');
    const child = startCli(cli(), ['backup', '--db', db], cleanEnv(newTempDir()));
    child.stdin?.end();
    const done = collect(child);
    // Interrupt as soon as the copy is under way.
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (filesIn(backups).some((f) => f.includes('.partial-'))) {
          clearInterval(poll);
          child.kill('SIGINT');
          resolve();
        } else if (Date.now() - started > 20_000) {
          clearInterval(poll);
          reject(new Error('the backup never started'));
        }
      }, 2);
    });
    const result = await done;
    expect(result.code).toBe(130);
    expect(expectOneErrorLine(result.stderr)).toBe('pressdesk: interrupted. Nothing was left half-written.');
    expect(filesIn(backups)).toEqual([]);
    expect(sha256(db)).toBe(before);
  });

  it('fails on a missing database without creating it', async () => {
    const dir = newTempDir();
    const result = await runCli(cli(), ['backup', '--db', path.join(dir, 'none.db')], cleanEnv(newTempDir()));
    expect(result.code).toBe(1);
    expectOneErrorLine(result.stderr);
    expect(filesIn(dir)).toEqual([]);
  });
});

describe('pressdesk restore', () => {
  it('round-trips: backup, change, restore --yes gives the backed-up data and keeps the replaced file', async () => {
    const dir = newTempDir();
    const db = await makeDatabase(path.join(dir, 'pressdesk.db'), [{ givenName: 'Amina', familyName: 'Diallo' }]);
    const backup = path.join(dir, 'saved.db');
    expect((await runCli(cli(), ['backup', '--to', backup, '--db', db], cleanEnv(newTempDir()))).code).toBe(0);
    await makeDatabase(db, [{ givenName: 'Björn', familyName: 'Ólafsson' }]);
    expect(givenNames(db)).toEqual(['Amina', 'Björn']);

    const result = await runCli(cli(), ['restore', backup, '--yes', '--json', '--db', db], cleanEnv(newTempDir()));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const reply = JSON.parse(result.stdout) as { restored: string; previousBackup: string };
    expect(Object.keys(reply).sort()).toEqual(['previousBackup', 'restored']);
    expect(reply.restored).toBe(db);
    expect(givenNames(db)).toEqual(['Amina']);
    expect(givenNames(reply.previousBackup)).toEqual(['Amina', 'Björn']);
    expect(examineDatabase(db).ok).toBe(true);
    // No temporary file, lock or stale WAL is left beside the database.
    expect(filesIn(dir)).toEqual(['backups', 'pressdesk.db', 'saved.db']);

    const check = await runCli(cli(), ['check', '--db', db], cleanEnv(newTempDir()));
    expect(check.code).toBe(0);
  });

  it('without --yes and without a terminal, refuses with exit 2 and changes nothing', async () => {
    const dir = newTempDir();
    const db = await makeDatabase(path.join(dir, 'pressdesk.db'), [{ givenName: 'Amina', familyName: 'Diallo' }]);
    const backup = await makeDatabase(path.join(dir, 'other.db'));
    const before = sha256(db);
    const result = await runCli(cli(), ['restore', backup, '--db', db], cleanEnv(newTempDir()));
    expect(result.code).toBe(2);
    expect(expectOneErrorLine(result.stderr)).toMatch(/needs a confirmation\. Pass --yes to confirm\.$/);
    expect(sha256(db)).toBe(before);
    expect(filesIn(dir)).toEqual(['other.db', 'pressdesk.db']);
  });

  it('refuses a damaged, newer or non-database FILE before touching anything', async () => {
    const dir = newTempDir();
    const db = await makeDatabase(path.join(dir, 'pressdesk.db'), [{ givenName: 'Amina', familyName: 'Diallo' }]);
    const truncated = await makeDatabase(path.join(dir, 'truncated.db'), [{ givenName: 'X', familyName: 'Y' }]);
    fs.truncateSync(truncated, fs.statSync(truncated).size - 100);
    const newer = await makeDatabase(path.join(dir, 'newer.db'));
    const raw = new Database(newer);
    raw.pragma('user_version = 999');
    raw.close();
    const text = path.join(dir, 'text.db');
    fs.writeFileSync(text, 'not a database at all, just some words\n'.repeat(300));
    const before = sha256(db);

    const cases = [
      [truncated, /is truncated or damaged\. Choose another backup to restore\. Nothing was changed\.$/],
      [newer, /was written by a newer PressDesk.*\. Update PressDesk to restore it\. Nothing was changed\.$/],
      [text, /is not a PressDesk database.*\. Choose another backup to restore\. Nothing was changed\.$/],
      [path.join(dir, 'missing.db'), /does not exist\. Check the path of the backup\. Nothing was changed\.$/],
    ] as const;
    for (const [file, says] of cases) {
      const result = await runCli(cli(), ['restore', file, '--yes', '--db', db], cleanEnv(newTempDir()));
      expect(result.code, file).toBe(1);
      expect(expectOneErrorLine(result.stderr)).toMatch(says);
    }
    expect(sha256(db)).toBe(before);
    expect(filesIn(dir)).not.toContain('backups');
  });

  it('replaces a damaged database, keeping its bytes as they were', async () => {
    const dir = newTempDir();
    const db = await makeDatabase(path.join(dir, 'pressdesk.db'), [{ givenName: 'Amina', familyName: 'Diallo' }]);
    const backup = path.join(dir, 'saved.db');
    expect((await runCli(cli(), ['backup', '--to', backup, '--db', db], cleanEnv(newTempDir()))).code).toBe(0);
    fs.truncateSync(db, fs.statSync(db).size - 4096);
    const damaged = sha256(db);

    const result = await runCli(cli(), ['restore', backup, '--yes', '--json', '--db', db], cleanEnv(newTempDir()));
    expect(result.code).toBe(0);
    const reply = JSON.parse(result.stdout) as { previousBackup: string };
    expect(sha256(reply.previousBackup)).toBe(damaged);
    expect(result.stderr).toContain('could not be read, so its bytes were kept as they were');
    expect(givenNames(db)).toEqual(['Amina']);
  });

  it.runIf(process.platform === 'linux' && fs.existsSync('/usr/bin/script'))(
    'asks on a terminal: "n" changes nothing, Ctrl+C exits 130, "y" restores',
    async () => {
      const dir = newTempDir();
      const db = await makeDatabase(path.join(dir, 'pressdesk.db'), [{ givenName: 'Amina', familyName: 'Diallo' }]);
      const backup = path.join(dir, 'saved.db');
      expect((await runCli(cli(), ['backup', '--to', backup, '--db', db], cleanEnv(newTempDir()))).code).toBe(0);
      await makeDatabase(db, [{ givenName: 'Björn', familyName: 'Ólafsson' }]);

      /** Runs restore on a pseudo-terminal (util-linux `script`), answers the prompt, returns the exit code. */
      const answer = async (keys: string) => {
        const command = [process.execPath, cli(), 'restore', backup, '--db', db].map((a) => `'${a}'`).join(' ');
        const child = spawn('script', ['-qec', command, '/dev/null'], { env: cleanEnv(newTempDir()) });
        let screen = '';
        child.stdout.on('data', (c: Buffer) => {
          screen += c.toString('utf8');
          if (screen.includes('[y/N]') && keys !== '') {
            child.stdin.write(keys);
            keys = '';
          }
        });
        const code = await new Promise<number | null>((resolve) =>
          child.once('close', (exitCode) => resolve(exitCode)),
        );
        return { code, screen };
      };

      const no = await answer('n\r');
      expect(no.code).toBe(1);
      expect(no.screen).toContain('pressdesk: restore cancelled. Nothing was changed.');
      expect(givenNames(db)).toEqual(['Amina', 'Björn']);

      const interrupted = await answer('\x03');
      expect(interrupted.code).toBe(130);
      expect(givenNames(db)).toEqual(['Amina', 'Björn']);

      const yes = await answer('y\r');
      expect(yes.code).toBe(0);
      expect(yes.screen).toContain('Restored');
      expect(givenNames(db)).toEqual(['Amina']);
    },
  );

  it('refuses to restore the database onto itself', async () => {
    const dir = newTempDir();
    const db = await makeDatabase(path.join(dir, 'pressdesk.db'));
    const result = await runCli(cli(), ['restore', db, '--yes', '--db', db], cleanEnv(newTempDir()));
    expect(result.code).toBe(2);
    expect(expectOneErrorLine(result.stderr)).toContain('is the database itself');
  });
});
