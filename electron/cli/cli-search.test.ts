import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../db/testing/temp-dir';
import { cleanEnv, expectOneErrorLine, makeDatabase, runCli, sha256, useBuiltCli } from './test-support';

const cli = useBuiltCli();
const newTempDir = useTempDir('pressdesk-search-');

const people = [
  { givenName: 'Élodie', familyName: 'Gérôme-Nuñez' },
  { givenName: 'Gérard', familyName: 'Dupont' },
  { givenName: 'سارة', familyName: 'الحسيني' },
  { givenName: 'Amina', familyName: 'Diallo' },
];

describe('pressdesk search', () => {
  it('finds contacts by an unaccented prefix through the app’s search, as an aligned table', async () => {
    const db = await makeDatabase(path.join(newTempDir(), 'pressdesk.db'), people);
    const before = sha256(db);
    const result = await runCli(cli(), ['search', 'ger', '--db', db], cleanEnv(newTempDir()));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^KIND\s+ID\s+NAME\s+DETAIL$/);
    expect(lines).toHaveLength(3);
    expect(result.stdout).toContain('Élodie Gérôme-Nuñez');
    expect(result.stdout).toContain('Gérard Dupont');
    // Aligned: the NAME column starts at the same place on every line (graphemes, not UTF-16 units).
    const nameColumn = (lines[0] ?? '').indexOf('NAME');
    for (const line of lines.slice(1)) expect(line.slice(nameColumn)).toMatch(/^(Élodie|Gérard)/);
    // Read-only: the file is not written.
    expect(sha256(db)).toBe(before);
  });

  it('prints {results: [{kind, id, name, detail, score}]} with --json, honouring --limit and --kind', async () => {
    const db = await makeDatabase(path.join(newTempDir(), 'pressdesk.db'), people);
    const env = cleanEnv(newTempDir());
    const json = await runCli(cli(), ['search', 'ger', '--json', '--db', db], env);
    expect(json.code).toBe(0);
    const { results } = JSON.parse(json.stdout) as { results: Record<string, unknown>[] };
    expect(results).toHaveLength(2);
    for (const r of results) {
      expect(Object.keys(r).sort()).toEqual(['detail', 'id', 'kind', 'name', 'score']);
      expect(r.kind).toBe('contact');
    }
    const arabic = await runCli(cli(), ['search', 'سارة', '--json', '--db', db], env);
    expect(JSON.parse(arabic.stdout)).toMatchObject({ results: [{ name: 'سارة الحسيني' }] });

    const limited = await runCli(cli(), ['search', 'ger', '--limit', '1', '--json', '--db', db], env);
    expect((JSON.parse(limited.stdout) as { results: unknown[] }).results).toHaveLength(1);
    const offices = await runCli(cli(), ['search', 'ger', '--kind', 'office', '--json', '--db', db], env);
    expect(JSON.parse(offices.stdout)).toEqual({ results: [] });
    const none = await runCli(cli(), ['search', 'zzz', '--db', db], env);
    expect(none).toMatchObject({ code: 0, stdout: 'Nothing found for "zzz".\n' });
  });

  it('rejects bad flags with exit 2', async () => {
    const db = await makeDatabase(path.join(newTempDir(), 'pressdesk.db'));
    const env = cleanEnv(newTempDir());
    for (const args of [
      ['--limit', '0'],
      ['--limit', 'ten'],
      ['--limit', '201'],
      ['--kind', 'person'],
    ]) {
      const result = await runCli(cli(), ['search', 'x', ...args, '--db', db], env);
      expect(result.code, args.join(' ')).toBe(2);
      expectOneErrorLine(result.stderr);
    }
    // The contract's own limit on the query, reported as a usage problem.
    const long = await runCli(cli(), ['search', 'x'.repeat(300), '--db', db], env);
    expect(long.code).toBe(2);
    expect(expectOneErrorLine(long.stderr)).toMatch(/^pressdesk: query: /);
  });

  it('fails on a missing database without creating it', async () => {
    const dir = newTempDir();
    const result = await runCli(cli(), ['search', 'x', '--db', path.join(dir, 'none.db')], cleanEnv(dir));
    expect(result.code).toBe(1);
    expect(expectOneErrorLine(result.stderr)).toContain('does not exist');
  });
});
