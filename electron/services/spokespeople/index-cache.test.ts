import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../../db/testing/temp-dir';
import type { ChannelInput } from '../../ipc/contract';
import { openTestApi, type OkChannel, type TestApi } from '../../testing/memory-api';

const tempDir = useTempDir();
let bed: TestApi | undefined;
afterEach(() => bed?.opened.close());

// A file when the test needs a second connection to it, ':memory:' otherwise.
const start = async (file = ':memory:') => (bed = await openTestApi(file));

const lookedUp = async (ok: OkChannel, language = 'fr') =>
  (await ok('spokespeople:lookup', { country: 'SN', language })).rows.map((r) => r.name);

const senegal = (ok: OkChannel, givenName: string, fields: Partial<ChannelInput<'contacts:create'>> = {}) =>
  ok('contacts:create', {
    givenName,
    familyName: 'Diop',
    roles: ['spokesperson'],
    languages: ['fr'],
    countries: ['SN'],
    ...fields,
  });

describe('the lookup stays up to date', () => {
  it('with this connection’s writes: created, edited, archived and deleted contacts', async () => {
    const { ok, opened } = await start();
    const awa = await senegal(ok, 'Awa');
    expect(await lookedUp(ok)).toEqual(['Awa Diop']);

    const binta = await senegal(ok, 'Binta');
    expect(await lookedUp(ok)).toEqual(['Awa Diop', 'Binta Diop']);

    await ok('contacts:update', { id: binta.id, patch: { languages: ['wo'] } });
    expect(await lookedUp(ok)).toEqual(['Awa Diop']);
    expect(await lookedUp(ok, 'wo')).toEqual(['Binta Diop']);

    await ok('contacts:update', { id: binta.id, patch: { roles: ['journalist'] } });
    expect(await lookedUp(ok, 'wo')).toEqual([]);

    await ok('contacts:archive', { id: awa.id });
    expect(await lookedUp(ok)).toEqual([]);
    await ok('contacts:archive', { id: awa.id, archived: false });
    expect(await lookedUp(ok)).toEqual(['Awa Diop']);

    opened.db.$client.prepare('DELETE FROM contacts WHERE id = ?').run(awa.id);
    expect(await lookedUp(ok)).toEqual([]);
  });

  it('with another connection’s commits to the same file', async () => {
    const file = path.join(tempDir(), 'pressdesk.db');
    const { ok } = await start(file);
    await senegal(ok, 'Awa');
    expect(await lookedUp(ok)).toEqual(['Awa Diop']);

    // An import's writer, say: its own connection, where this one's triggers do not fire.
    const other = new Database(file);
    other.prepare(`INSERT INTO contact_languages (contact_id, lang, position) SELECT id, 'wo', 1 FROM contacts`).run();
    other.prepare(`UPDATE contacts SET do_not_contact = 1`).run();
    other.close();
    expect(await lookedUp(ok, 'wo')).toEqual([]);
    const explained = await ok('spokespeople:lookup', { country: 'SN', language: 'wo' });
    expect(explained.explanation?.doNotContact).toBe(1);
  });
});
