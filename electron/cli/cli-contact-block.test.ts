import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { useTempDir } from '../../db/testing/temp-dir';
import type { ChannelOutput } from '../ipc/contract';
import { createApi } from '../ipc/registry';
import { loadIom2018Contacts } from '../testing/iom-2018-fixture';
import { cleanEnv, expectOneErrorLine, runCli, useBuiltCli } from './test-support';

const cli = useBuiltCli();
const newTempDir = useTempDir('pressdesk-block-');
const sample = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/samples/iom-release-fr-2018.block-fr.txt',
);

/** The sample database, with IOM's French template saying "Contacts presse :" instead of the default heading. */
async function databaseWithIomTemplate() {
  const { file } = await sampleDatabase();
  const opened = await openDatabase(file);
  const api = createApi({
    db: opened.db,
    dbPath: file,
    schemaVersion: opened.schemaVersion,
    version: 'test',
    shell: 'browser',
  });
  const defaults = await api.call('contact-blocks:template-defaults', {});
  const orgs = await api.call('organisations:list', { query: 'IOM' });
  if (!defaults.ok || !orgs.ok) throw new Error('the sample database did not answer');
  const { templates } = defaults.value as ChannelOutput<'contact-blocks:template-defaults'>;
  const fr = templates.find((t) => t.language === 'fr')!.template;
  const iom = (orgs.value as ChannelOutput<'organisations:list'>).rows[0]!.id;
  const saved = await api.call('releases:update-settings', {
    blockTemplates: [{ ...fr, heading: 'Contacts presse\u00a0:', organisationId: iom, language: 'fr' }],
  });
  if (!saved.ok) throw new Error(saved.error.message);
  opened.close();
  return { file, iom };
}

async function sampleDatabase() {
  const file = path.join(newTempDir(), 'pressdesk.db');
  const opened = await openDatabase(file, { create: true });
  const api = createApi({
    db: opened.db,
    dbPath: file,
    schemaVersion: opened.schemaVersion,
    version: 'test',
    shell: 'browser',
  });
  const { contactIds } = await loadIom2018Contacts(api);
  opened.close();
  return { file, contactIds };
}

describe('pressdesk contact-block', () => {
  it('prints the sample release block byte for byte from the three records named by email', async () => {
    const { file } = await sampleDatabase();
    const args = [
      'contact-block',
      '--lang',
      'fr',
      'jdebacker@iom.int',
      'hueck@icmc.net',
      'wattd@unhcr.org',
      '--db',
      file,
    ];
    const result = await runCli(cli(), args, cleanEnv(newTempDir()));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(Buffer.from(result.stdout)).toEqual(fs.readFileSync(sample));
  });

  it('takes ids, and prints {lang, text} with --json', async () => {
    const { file, contactIds } = await sampleDatabase();
    const args = ['contact-block', '--lang', 'en', String(contactIds[1]), '--json', '--db', file];
    const result = await runCli(cli(), args, cleanEnv(newTempDir()));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      lang: 'en',
      text: 'For more information, please contact:\nPetra Hueck, ICMC Europe, Brussels, Tel: +32 2 227 97 29, +32 486 51 12 12, Email: hueck@icmc.net\n',
    });
  });

  it('exits 1 with one line for an unknown contact, and 2 without --lang', async () => {
    const { file } = await sampleDatabase();
    const env = cleanEnv(newTempDir());
    const unknown = await runCli(cli(), ['contact-block', '--lang', 'fr', 'nobody@example.org', '--db', file], env);
    expect(unknown.code).toBe(1);
    expectOneErrorLine(unknown.stderr);
    expect(unknown.stderr).toContain('nobody@example.org');
    const usage = await runCli(cli(), ['contact-block', 'jdebacker@iom.int', '--db', file], env);
    expect(usage.code).toBe(2);
    expectOneErrorLine(usage.stderr);
  });

  it("lays the block out with --org's template, named by id, acronym or name in any language", async () => {
    const { file, iom } = await databaseWithIomTemplate();
    const env = cleanEnv(newTempDir());
    const block = (org: string[]) =>
      runCli(cli(), ['contact-block', '--lang', 'fr', ...org, 'jdebacker@iom.int', '--db', file], env);
    for (const org of ['IOM', 'oim', String(iom), 'organisation internationale pour les migrations']) {
      const result = await block(['--org', org]);
      expect(result, org).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout.split('\n')[0]).toBe('Contacts presse\u00a0:');
    }
    const plain = await block([]);
    expect(plain.stdout.split('\n')[0]).toBe('Pour plus d\u2019informations, veuillez contacter\u00a0:');
    const unknown = await block(['--org', 'Nowhere']);
    expect(unknown.code).toBe(1);
    expectOneErrorLine(unknown.stderr);
    expect(unknown.stderr).toContain('Nowhere');
  });
});
