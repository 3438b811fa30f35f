import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../db/testing/temp-dir';
import { cleanEnv, expectOneErrorLine, makeDatabase, runCli, useBuiltCli } from './test-support';

const cli = useBuiltCli();
const newTempDir = useTempDir('pressdesk-cli-');

describe('pressdesk usage', () => {
  it('exits 2 with one line and a usage hint for no command, an unknown command or flag, a missing value', async () => {
    const home = newTempDir();
    for (const args of [[], ['frobnicate'], ['check', '--frob'], ['check', '--db'], ['--port', '1', 'check']]) {
      const result = await runCli(cli(), args, cleanEnv(home));
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(expectOneErrorLine(result.stderr)).toMatch(/Run `pressdesk (\w+ )?--help` for usage\.$/);
    }
  });

  it('exits 2 for wrong positionals', async () => {
    const home = newTempDir();
    const extra = await runCli(cli(), ['check', 'extra'], cleanEnv(home));
    expect(extra.code).toBe(2);
    expect(expectOneErrorLine(extra.stderr)).toContain('check does not take "extra"');
    const missing = await runCli(cli(), ['restore'], cleanEnv(home));
    expect(missing.code).toBe(2);
    expect(expectOneErrorLine(missing.stderr)).toContain('restore needs more arguments');
  });

  it('prints help and the version with exit 0', async () => {
    const home = newTempDir();
    const help = await runCli(cli(), ['--help'], cleanEnv(home));
    expect(help.code).toBe(0);
    for (const command of ['serve', 'check', 'backup', 'restore', 'search']) expect(help.stdout).toContain(command);
    const one = await runCli(cli(), ['search', '--help'], cleanEnv(home));
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Usage: pressdesk search QUERY [--limit N] [--kind contact|office|release]');
    const version = await runCli(cli(), ['--version'], cleanEnv(home));
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
    expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('shows a stack trace only with --debug', async () => {
    const home = newTempDir();
    const missing = path.join(home, 'nope.db');
    const plain = await runCli(cli(), ['check', '--db', missing], cleanEnv(home));
    expect(plain.code).toBe(1);
    expectOneErrorLine(plain.stderr);
    const debug = await runCli(cli(), ['check', '--db', missing, '--debug'], cleanEnv(home));
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /);
    expect(debug.stderr.trimEnd().split('\n').at(-1)).toBe(plain.stderr.trimEnd());
  });
});

describe('database resolution (CLI.md): --db, else PRESSDESK_DB, else the user-data file', () => {
  it('uses the user-data file when nothing is given', async () => {
    const home = newTempDir();
    const result = await runCli(cli(), ['check'], cleanEnv(home));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(path.join(home, '.config', 'PressDesk', 'pressdesk.db'));
    // check never creates the file it was asked about.
    expect(fs.existsSync(path.join(home, '.config', 'PressDesk'))).toBe(false);
  });

  it('prefers PRESSDESK_DB over the default, and --db over both', async () => {
    const home = newTempDir();
    const fromEnv = await makeDatabase(path.join(home, 'env.db'));
    const fromFlag = await makeDatabase(path.join(home, 'flag.db'));
    const env = cleanEnv(home, { PRESSDESK_DB: fromEnv });
    const viaEnv = await runCli(cli(), ['check', '--json'], env);
    expect(viaEnv.code).toBe(0);
    expect(JSON.parse(viaEnv.stdout)).toMatchObject({ path: fromEnv });
    const viaFlag = await runCli(cli(), ['--db', fromFlag, 'check', '--json'], env);
    expect(JSON.parse(viaFlag.stdout)).toMatchObject({ path: fromFlag });
    // A relative --db is relative to where the command runs.
    const relative = await runCli(cli(), ['check', '--json', '--db', path.relative(process.cwd(), fromFlag)], env);
    expect(JSON.parse(relative.stdout)).toMatchObject({ path: fromFlag });
  });
});
