import fs from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../db/auto-backup';
import { useTempDir } from '../../db/testing/temp-dir';
import {
  cleanEnv,
  collect,
  expectOneErrorLine,
  firstLine,
  givenNames,
  makeDatabase,
  runCli,
  startCli,
  useBuiltCli,
} from './test-support';

const cli = useBuiltCli();
const newTempDir = useTempDir('pressdesk-second-');

/** Resolves once `child` has written `text` on stderr. */
const stderrSays = (child: ChildProcess, text: string) =>
  new Promise<void>((resolve) => {
    let seen = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (seen.includes(text)) resolve();
    });
  });

describe('one writer at a time', () => {
  it('restore --wait waits for the running serve to close the database, then restores', async () => {
    const dir = newTempDir();
    const env = cleanEnv(newTempDir());
    const db = await makeDatabase(path.join(dir, 'pressdesk.db'), [{ givenName: 'Amina', familyName: 'Diallo' }]);
    const copy = await makeDatabase(path.join(dir, 'copy.db'), [{ givenName: 'Zoé', familyName: 'Martin' }]);
    const server = startCli(cli(), ['serve', '--db', db, '--port', '0', '--no-open'], env);
    const served = collect(server);
    await firstLine(server);

    // Without --wait: refused at once, as before.
    const refused = await runCli(cli(), ['restore', copy, '--yes', '--db', db], env);
    expect(refused.code).toBe(1);
    expect(expectOneErrorLine(refused.stderr)).toContain('is in use by pressdesk serve');

    const waiting = startCli(cli(), ['restore', copy, '--yes', '--wait', '--db', db], env);
    const restored = collect(waiting);
    await stderrSays(waiting, 'waiting until it closes the database');
    expect(givenNames(db)).toEqual(['Amina']);
    server.kill('SIGTERM');
    expect((await served).code).toBe(0);
    const result = await restored;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Restored');
    expect(givenNames(db)).toEqual(['Zoé']);
    expect(fs.existsSync(`${db}.lock`)).toBe(false);
  });

  it('restore --wait stops on Ctrl+C with exit 130, nothing changed', async () => {
    const dir = newTempDir();
    const env = cleanEnv(newTempDir());
    const db = await makeDatabase(path.join(dir, 'pressdesk.db'), [{ givenName: 'Amina', familyName: 'Diallo' }]);
    const copy = await makeDatabase(path.join(dir, 'copy.db'), [{ givenName: 'Zoé', familyName: 'Martin' }]);
    const server = startCli(cli(), ['serve', '--db', db, '--port', '0', '--no-open'], env);
    const served = collect(server);
    await firstLine(server);
    const waiting = startCli(cli(), ['restore', copy, '--yes', '--wait', '--db', db], env);
    const restored = collect(waiting);
    await stderrSays(waiting, 'waiting until it closes the database');
    waiting.kill('SIGINT');
    expect((await restored).code).toBe(130);
    expect(givenNames(db)).toEqual(['Amina']);
    server.kill('SIGTERM');
    expect((await served).code).toBe(0);
  });

  it('serve writes the daily backup of a database that holds data, once a day', async () => {
    const dir = newTempDir();
    const env = cleanEnv(newTempDir());
    const db = await makeDatabase(path.join(dir, 'pressdesk.db'), [{ givenName: 'Amina', familyName: 'Diallo' }]);
    for (let run = 0; run < 2; run++) {
      const server = startCli(cli(), ['serve', '--db', db, '--port', '0', '--no-open'], env);
      const served = collect(server);
      const backedUp = stderrSays(server, 'daily backup written to');
      await firstLine(server);
      if (run === 0) await backedUp;
      server.kill('SIGTERM');
      expect((await served).code).toBe(0);
    }
    expect(listBackups(db).map((b) => b.kind)).toEqual(['daily']);
  });
});
