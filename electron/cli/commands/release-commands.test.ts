import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { useTempDir } from '../../../db/testing/temp-dir';
import { createReleaseTestApi, must, TestClock } from '../../services/releases/testing/api';
import { docxParagraphs, readZipEntry } from '../../services/releases/testing/zip';
import { loadIom2018Contacts } from '../../testing/iom-2018-fixture';
import { cleanEnv, expectOneErrorLine, runCli, useBuiltCli } from '../test-support';

const cli = useBuiltCli();
const newTempDir = useTempDir('pressdesk-release-cli-');
const sample = fs.readFileSync(
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../../../shared/samples/iom-release-fr-2018.block-fr.txt',
  ),
  'utf8',
);

/** A database file with the sample release in French (its three contacts in the block) and an English draft of it. */
async function releaseDatabase() {
  const file = path.join(newTempDir(), 'pressdesk.db');
  const opened = await openDatabase(file, { create: true });
  try {
    const api = createReleaseTestApi(
      { db: opened.db, dbPath: file, schemaVersion: opened.schemaVersion, version: 'test', shell: 'browser' },
      new TestClock(),
    );
    const { contactIds } = await loadIom2018Contacts(api);
    const fr = await must(api, 'releases:create', {
      language: 'fr',
      reference: 'PR-2018-014',
      title: 'L’OIM, le HCR et la CICM présentent des modèles européens',
      datelineCity: 'Bruxelles',
      datelineDate: '2018-04-12',
      body: { json: null, html: '<p>Texte du communiqué.</p>' },
    });
    await must(api, 'releases:set-blocks', {
      id: fr.id,
      blocks: [{ rows: contactIds.map((contactId) => ({ contactId })) }],
    });
    const en = await must(api, 'releases:translate', { id: fr.id, language: 'en' });
    await must(api, 'releases:set-blocks', { id: en.id, blocks: [] });
    return { file, fr: fr.id, en: en.id };
  } finally {
    opened.close();
  }
}

describe('pressdesk release-export', () => {
  it('prints the plain text with the sample block byte for byte, finding the release by reference and language', async () => {
    const { file } = await releaseDatabase();
    const result = await runCli(
      cli(),
      ['release-export', 'PR-2018-014', '--lang', 'fr', '--format', 'txt', '--db', file],
      cleanEnv(newTempDir()),
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(sample);
    expect(
      result.stdout.startsWith(
        'PR-2018-014\n\nL’OIM, le HCR et la CICM présentent des modèles européens\n\nBruxelles – Jeudi 12 avril 2018\n',
      ),
    ).toBe(true);
  });

  it('writes a DOCX to --out and prints {path, bytes} with --json', async () => {
    const { file, fr } = await releaseDatabase();
    const out = path.join(newTempDir(), 'release.docx');
    const result = await runCli(
      cli(),
      ['release-export', String(fr), '--format', 'docx', '--out', out, '--json', '--db', file],
      cleanEnv(newTempDir()),
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ path: out, bytes: fs.statSync(out).size });
    const paragraphs = docxParagraphs(readZipEntry(fs.readFileSync(out), 'word/document.xml').toString('utf8'));
    for (const line of sample.replace(/\n$/, '').split('\n')) expect(paragraphs).toContain(line);
  });

  it('explains usage mistakes and an ambiguous reference in one line, exit 2', async () => {
    const { file } = await releaseDatabase();
    const env = cleanEnv(newTempDir());
    for (const args of [
      ['release-export', '1', '--db', file],
      ['release-export', '1', '--format', 'rtf', '--db', file],
      ['release-export', '1', '--format', 'docx', '--db', file],
      ['release-export', 'PR-2018-014', '--format', 'txt', '--db', file],
    ]) {
      const result = await runCli(cli(), args, env);
      expect(result.code, args.join(' ')).toBe(2);
      expectOneErrorLine(result.stderr);
    }
    const ambiguous = await runCli(cli(), ['release-export', 'PR-2018-014', '--format', 'txt', '--db', file], env);
    expect(ambiguous.stderr).toContain('PR-2018-014 has versions in fr, en; choose one with --lang');
    const missing = await runCli(cli(), ['release-export', '99', '--format', 'txt', '--db', file], env);
    expect(missing.code).toBe(1);
    expect(expectOneErrorLine(missing.stderr)).toContain('Release 99 does not exist');
  });
});

describe('pressdesk release-check', () => {
  it('exits 0 for a release ready for approval and 1 with the blocking findings', async () => {
    const { file, fr, en } = await releaseDatabase();
    const env = cleanEnv(newTempDir());
    const ready = await runCli(cli(), ['release-check', String(fr), '--db', file], env);
    expect(ready).toMatchObject({ code: 0, stdout: `Release ${fr} is ready for approval.\n` });
    const blocked = await runCli(cli(), ['release-check', 'PR-2018-014', '--lang', 'en', '--json', '--db', file], env);
    expect(blocked.code).toBe(1);
    expect(JSON.parse(blocked.stdout)).toMatchObject({
      releaseId: en,
      blocking: true,
      findings: [{ code: 'no_contact_block', severity: 'blocking', target: { field: 'contactBlocks' } }],
    });
  });
});
