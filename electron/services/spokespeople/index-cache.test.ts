import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { useTempDir } from '../../../db/testing/temp-dir';
import type { SpokespeopleLookup } from '../../ipc/contract';
import { createApi, type Api } from '../../ipc/registry';

const tempDir = useTempDir();
let opened: OpenedDatabase | undefined;
afterEach(() => opened?.close());

async function start(file = ':memory:') {
  opened = await openDatabase(file, { create: true });
  const api = createApi(
    { db: opened.db, dbPath: file, schemaVersion: opened.schemaVersion, version: 'test', shell: 'browser' },
    { validateOutput: true },
  );
  return { api, db: opened.db };
}

async function call<T = { id: number }>(api: Api, channel: string, input: unknown): Promise<T> {
  const result = await api.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.kind} ${result.error.message}`);
  return result.value as T;
}

const lookedUp = async (api: Api, language = 'fr') =>
  (await call<SpokespeopleLookup>(api, 'spokespeople:lookup', { country: 'SN', language })).rows.map((r) => r.name);

const senegal = (api: Api, givenName: string, fields: Record<string, unknown> = {}) =>
  call(api, 'contacts:create', {
    givenName,
    familyName: 'Diop',
    roles: ['spokesperson'],
    languages: ['fr'],
    countries: ['SN'],
    ...fields,
  });

describe('the lookup stays up to date', () => {
  it('with this connection’s writes: created, edited, archived and deleted contacts', async () => {
    const { api, db } = await start();
    const awa = await senegal(api, 'Awa');
    expect(await lookedUp(api)).toEqual(['Awa Diop']);

    const binta = await senegal(api, 'Binta');
    expect(await lookedUp(api)).toEqual(['Awa Diop', 'Binta Diop']);

    await call(api, 'contacts:update', { id: binta.id, patch: { languages: ['wo'] } });
    expect(await lookedUp(api)).toEqual(['Awa Diop']);
    expect(await lookedUp(api, 'wo')).toEqual(['Binta Diop']);

    await call(api, 'contacts:update', { id: binta.id, patch: { roles: ['journalist'] } });
    expect(await lookedUp(api, 'wo')).toEqual([]);

    await call(api, 'contacts:archive', { id: awa.id });
    expect(await lookedUp(api)).toEqual([]);
    await call(api, 'contacts:archive', { id: awa.id, archived: false });
    expect(await lookedUp(api)).toEqual(['Awa Diop']);

    db.$client.prepare('DELETE FROM contacts WHERE id = ?').run(awa.id);
    expect(await lookedUp(api)).toEqual([]);
  });

  it('with another connection’s commits to the same file', async () => {
    const file = path.join(tempDir(), 'pressdesk.db');
    const { api } = await start(file);
    await senegal(api, 'Awa');
    expect(await lookedUp(api)).toEqual(['Awa Diop']);

    // An import's writer, say: its own connection, where this one's triggers do not fire.
    const other = new Database(file);
    other.prepare(`INSERT INTO contact_languages (contact_id, lang, position) SELECT id, 'wo', 1 FROM contacts`).run();
    other.prepare(`UPDATE contacts SET do_not_contact = 1`).run();
    other.close();
    expect(await lookedUp(api, 'wo')).toEqual([]);
    const explained = await call<SpokespeopleLookup>(api, 'spokespeople:lookup', { country: 'SN', language: 'wo' });
    expect(explained.explanation?.doNotContact).toBe(1);
  });
});
