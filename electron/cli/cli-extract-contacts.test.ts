import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../db/testing/temp-dir';
import { cleanEnv, expectOneErrorLine, runCli, useBuiltCli } from './test-support';

const cli = useBuiltCli();
const newTempDir = useTempDir('pressdesk-extract-');
const sample = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/samples/iom-release-fr-2018.txt',
);

describe('pressdesk extract-contacts', () => {
  it('prints the three people of the sample release as JSON', async () => {
    const result = await runCli(cli(), ['extract-contacts', sample, '--json'], cleanEnv(newTempDir()));
    expect(result.code).toBe(0);
    const { blocks } = JSON.parse(result.stdout) as {
      blocks: { language: string; contacts: { name: string; phones: { e164: string }[]; emails: string[] }[] }[];
    };
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.language).toBe('fr');
    expect(blocks[0]?.contacts.map((c) => [c.name, c.phones.map((p) => p.e164), c.emails])).toEqual([
      ['Jo De Backer', ['+3222877115', '+32470131028'], ['jdebacker@iom.int']],
      ['Petra Hueck', ['+3222279729', '+32486511212'], ['hueck@icmc.net']],
      ['David Watt', ['+3226275958'], ['wattd@unhcr.org']],
    ]);
  });

  it('reads a text file and prints a readable listing', async () => {
    const dir = newTempDir();
    const file = path.join(dir, 'release.txt');
    fs.writeFileSync(
      file,
      'For further information, please contact Dr. Asma Nadeem at IOM Egypt. Tel: +202-27365140, Email: iomegypt@iom.int\n',
    );
    const result = await runCli(cli(), ['extract-contacts', file], cleanEnv(dir));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Asma Nadeem');
    expect(result.stdout).toContain('+20227365140');
  });

  it('refuses a missing file with one line', async () => {
    const result = await runCli(cli(), ['extract-contacts', '/nonexistent/release.txt'], cleanEnv(newTempDir()));
    expect(result.code).toBe(1);
    expectOneErrorLine(result.stderr);
  });
});
