import { describe, expect, it } from 'vitest';
import { useMemoryApi } from '../../testing/memory-api';
import { releaseDocument } from '../releases/export/document';
import { seedPrivacyDirectory } from './testing';

const { api, db } = useMemoryApi();

const count = (sql: string, ...params: unknown[]) =>
  db()
    .$client.prepare(sql)
    .pluck()
    .get(...params) as number;

const tables = [
  'contact_phones',
  'contact_emails',
  'contact_languages',
  'contact_roles',
  'contact_countries',
  'contact_regions',
  'contact_tags',
  'distribution_list_members',
  'contact_block_rows',
  'activity',
] as const;

describe('contacts:erase', () => {
  it('removes every row about the person, in every table, and leaves the other person alone', async () => {
    const ids = seedPrivacyDirectory(db());
    for (const table of tables)
      expect(count(`SELECT count(*) FROM ${table} WHERE contact_id = ?`, ids.ryan)).toBeGreaterThan(0);
    const leonardBefore = tables.map((t) => count(`SELECT count(*) FROM ${t} WHERE contact_id = ?`, ids.leonard));

    const result = await api().call('contacts:erase', { id: ids.ryan, confirmation: ' ryan  SCHROEDER ' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      erased: true,
      releasesKeptText: 1,
      rows: { contacts: 1, contact_phones: 1, contact_emails: 1, contact_languages: 2, distribution_list_members: 2 },
    });

    for (const table of tables) expect(count(`SELECT count(*) FROM ${table} WHERE contact_id = ?`, ids.ryan)).toBe(0);
    expect(count('SELECT count(*) FROM contacts WHERE id = ?', ids.ryan)).toBe(0);
    expect(tables.map((t) => count(`SELECT count(*) FROM ${t} WHERE contact_id = ?`, ids.leonard))).toEqual(
      leonardBefore,
    );
    // The shared topic stays: it is a word of the vocabulary, not data about the person.
    expect(count(`SELECT count(*) FROM tags WHERE name = 'migration'`)).toBe(1);
  });

  it('drops the person from search, including the terms of the compacted index', async () => {
    const ids = seedPrivacyDirectory(db());
    const hits = (q: string) => count('SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH ?', q);
    expect(hits('schroeder')).toBe(1);
    expect(hits('phones : "3222877115"*')).toBe(1);
    await api().call('contacts:erase', { id: ids.ryan, confirmation: 'Ryan Schroeder' });
    expect(hits('schroeder')).toBe(0);
    expect(hits('rschroeder')).toBe(0);
    expect(hits('phones : "3222877115"*')).toBe(0);
    expect(hits('leonard')).toBe(1);
    expect(count(`SELECT count(*) FROM contacts_fts_dirty`)).toBe(0);
  });

  it('records one erased entry with counts and nothing personal', async () => {
    const ids = seedPrivacyDirectory(db());
    await api().call('contacts:erase', { id: ids.ryan, confirmation: 'Ryan Schroeder' });
    const rows = db()
      .$client.prepare(`SELECT kind, subject, contact_id AS contactId, detail FROM activity WHERE kind = 'erased'`)
      .all() as { kind: string; subject: string; contactId: number | null; detail: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject: 'contact', contactId: null });
    expect(rows[0]!.detail).not.toMatch(/ryan|schroeder|iom\.int|3222877115/i);
  });

  it('keeps a published release’s block text as published and takes the person out of the draft', async () => {
    const ids = seedPrivacyDirectory(db());
    const publishedBefore = releaseDocument(db(), ids.published).contactBlock;
    expect(publishedBefore).toContain('Ryan Schroeder');
    expect(publishedBefore).toContain('+32 2 287 71 15');

    await api().call('contacts:erase', { id: ids.ryan, confirmation: 'Ryan Schroeder' });

    expect(releaseDocument(db(), ids.published).contactBlock).toBe(publishedBefore);
    const draft = releaseDocument(db(), ids.draft).contactBlock;
    expect(draft).toContain('Leonard Doyle');
    expect(draft).not.toContain('Schroeder');
    const blocks = await api().call('releases:get-blocks', { id: ids.published });
    expect(blocks.ok && (blocks.value as { preview: { text: string } }).preview.text).toBe(publishedBefore);
  });

  it('keeps the first erased person’s line when a second person of the same published release is erased', async () => {
    const ids = seedPrivacyDirectory(db());
    const publishedBefore = releaseDocument(db(), ids.published).contactBlock;
    await api().call('contacts:erase', { id: ids.ryan, confirmation: 'Ryan Schroeder' });
    await api().call('contacts:erase', { id: ids.leonard, confirmation: 'Leonard Doyle' });
    expect(releaseDocument(db(), ids.published).contactBlock).toBe(publishedBefore);
    expect(releaseDocument(db(), ids.draft).contactBlock).toBe('');
  });

  it('refuses without the typed name and changes nothing', async () => {
    const ids = seedPrivacyDirectory(db());
    const before = count('SELECT total_changes()');
    const result = await api().call('contacts:erase', { id: ids.ryan, confirmation: 'Ryan' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ kind: 'Validation', issues: [{ path: 'confirmation' }] });
    expect(count('SELECT total_changes()')).toBe(before);
    expect(count('SELECT count(*) FROM contacts WHERE id = ?', ids.ryan)).toBe(1);
  });
});
