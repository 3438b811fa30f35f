import fs from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { acquireWriterLock } from '../../db/lock';
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
const newTempDir = useTempDir('pressdesk-wait-');

/** Resolves once `child` has written `text` on stderr. */
const stderrSays = (child: ChildProcess, text: string) =>
  new Promise<void>((resolve) => {
    let seen = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (seen.includes(text)) resolve();
    });
  });

/**
 * A command that writes is refused while another PressDesk holds the database, and with --wait runs once it is
 * let go. The holder here is this test process, holding the same lock file the app and `pressdesk serve` take.
 */
async function refusedThenWaits(db: string, args: readonly string[]) {
  const env = cleanEnv(newTempDir());
  const lock = acquireWriterLock(db, 'pressdesk serve');
  let released = false;
  try {
    const before = sha256(db);
    const refused = await runCli(cli(), [...args, '--db', db], env);
    expect(refused.code).toBe(1);
    expect(expectOneErrorLine(refused.stderr)).toContain('is in use by pressdesk serve');

    const waiting = startCli(cli(), [...args, '--wait', '--db', db], env);
    waiting.stdin?.end();
    const done = collect(waiting);
    await stderrSays(waiting, 'waiting until it closes the database');
    // Still waiting: nothing written yet.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(sha256(db)).toBe(before);
    lock.release();
    released = true;
    const result = await done;
    expect(result.code).toBe(0);
    expect(fs.existsSync(`${db}.lock`)).toBe(false);
    return result;
  } finally {
    if (!released) lock.release();
  }
}

describe('--wait for the app to close the database', () => {
  it('import --wait imports once the database is let go', async () => {
    const dir = newTempDir();
    const db = await makeDatabase(path.join(dir, 'pressdesk.db'), [{ givenName: 'Amina', familyName: 'Diallo' }]);
    const csv = path.join(dir, 'people.csv');
    fs.writeFileSync(csv, 'First Name,Last Name,E-mail Address\nBjörn,Ólafsson,bjorn@example.org\n');
    const result = await refusedThenWaits(db, ['import', csv, '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ created: 1 });
    expect(givenNames(db)).toEqual(['Amina', 'Björn']);
  });

  it('seed-demo --wait fills the database once it is let go', async () => {
    const db = await makeDatabase(path.join(newTempDir(), 'pressdesk.db'));
    await refusedThenWaits(db, ['seed-demo', '--contacts', '5']);
    expect(givenNames(db)).toHaveLength(5);
  });

  it('import --wait stops on Ctrl+C with exit 130, nothing changed', async () => {
    const dir = newTempDir();
    const db = await makeDatabase(path.join(dir, 'pressdesk.db'), [{ givenName: 'Amina', familyName: 'Diallo' }]);
    const csv = path.join(dir, 'people.csv');
    fs.writeFileSync(csv, 'First Name,Last Name\nBjörn,Ólafsson\n');
    const lock = acquireWriterLock(db, 'pressdesk serve');
    try {
      const waiting = startCli(cli(), ['import', csv, '--wait', '--db', db], cleanEnv(newTempDir()));
      waiting.stdin?.end();
      const done = collect(waiting);
      await stderrSays(waiting, 'waiting until it closes the database');
      waiting.kill('SIGINT');
      const result = await done;
      expect(result.code).toBe(130);
      expect(givenNames(db)).toEqual(['Amina']);
    } finally {
      lock.release();
    }
  });
});
