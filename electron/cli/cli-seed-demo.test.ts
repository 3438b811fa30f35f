import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../db/testing/temp-dir';
import { cleanEnv, expectOneErrorLine, givenNames, runCli, sha256, useBuiltCli } from './test-support';

const cli = useBuiltCli();
const newTempDir = useTempDir('pressdesk-seed-');

describe('pressdesk seed-demo', () => {
  it('creates a directory, the same one for the same seed, and prints {organisations, offices, contacts}', async () => {
    const dir = newTempDir();
    const env = cleanEnv(newTempDir());
    const [a, b] = [path.join(dir, 'a.db'), path.join(dir, 'b.db')];
    const first = await runCli(cli(), ['seed-demo', '--contacts', '30', '--seed', '7', '--json', '--db', a], env);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const counts = JSON.parse(first.stdout) as Record<string, number>;
    expect(Object.keys(counts).sort()).toEqual(['contacts', 'offices', 'organisations']);
    expect(counts.contacts).toBe(30);
    expect(counts.organisations).toBeGreaterThan(0);

    expect((await runCli(cli(), ['seed-demo', '--contacts', '30', '--seed', '7', '--db', b], env)).code).toBe(0);
    expect(givenNames(b)).toEqual(givenNames(a));
    expect((await runCli(cli(), ['check', '--db', a], env)).code).toBe(0);
  });

  it('refuses a database that is not empty unless --append, and changes nothing', async () => {
    const db = path.join(newTempDir(), 'pressdesk.db');
    const env = cleanEnv(newTempDir());
    expect((await runCli(cli(), ['seed-demo', '--contacts', '5', '--db', db], env)).code).toBe(0);
    const before = sha256(db);
    const again = await runCli(cli(), ['seed-demo', '--contacts', '5', '--db', db], env);
    expect(again.code).toBe(1);
    expect(expectOneErrorLine(again.stderr)).toMatch(/is not empty .*--append.*\. Nothing was changed\.$/);
    expect(sha256(db)).toBe(before);
    const appended = await runCli(cli(), ['seed-demo', '--contacts', '5', '--append', '--seed', '2', '--db', db], env);
    expect(appended.code).toBe(0);
    expect(givenNames(db)).toHaveLength(10);
  });

  it('rejects a bad --contacts or --seed with exit 2', async () => {
    const db = path.join(newTempDir(), 'pressdesk.db');
    for (const args of [
      ['--contacts', '-1'],
      ['--contacts', 'many'],
      ['--seed', '1.5'],
    ]) {
      const result = await runCli(cli(), ['seed-demo', ...args, '--db', db], cleanEnv(newTempDir()));
      expect(result.code, args.join(' ')).toBe(2);
      expectOneErrorLine(result.stderr);
    }
  });
});
