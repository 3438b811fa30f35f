import { describe, expect, it } from 'vitest';
import { useMemoryApi } from '../testing/memory-api';
import { seedPrivacyDirectory } from './privacy/testing';

const { api, db, ok } = useMemoryApi();

describe('contacts:detail', () => {
  it('lists the releases the person appears in and their lists, smart ones included', async () => {
    const ids = seedPrivacyDirectory(db());
    const smart = await ok('lists:create', { name: 'Brussels press', filter: { query: 'schroeder' } });
    const detail = await ok('contacts:detail', { id: ids.ryan });
    expect(detail.releases.map((r) => [r.id, r.status]).sort()).toEqual(
      [
        [ids.published, 'published'],
        [ids.draft, 'draft'],
      ].sort(),
    );
    expect(detail.lists.map((l) => [l.name, l.membership])).toEqual([
      ['Brussels press', 'filter'],
      ['Excluded', 'excluded'],
      ['Press', 'added'],
    ]);
    expect(smart.id).toBeGreaterThan(0);
    expect((await ok('contacts:detail', { id: ids.leonard })).lists.map((l) => l.name)).toEqual(['Press']);
  });

  it('says NotFound for a contact that does not exist', async () => {
    const result = await api().call('contacts:detail', { id: 999 });
    expect(!result.ok && result.error.kind).toBe('NotFound');
  });
});

describe('contacts:duplicates', () => {
  it('flags another contact’s email (any case) and number (local format, office country), not the own ones', async () => {
    const ids = seedPrivacyDirectory(db());
    const { duplicates } = await ok('contacts:duplicates', {
      officeId: ids.brussels,
      emails: ['RSchroeder@IOM.int', 'new@iom.int'],
      phones: ['02 287 71 15', 'not a number'],
    });
    expect(duplicates).toEqual([
      {
        kind: 'email',
        value: 'rschroeder@iom.int',
        contactId: ids.ryan,
        displayName: 'Ryan Schroeder',
        archived: false,
      },
      { kind: 'phone', value: '02 287 71 15', contactId: ids.ryan, displayName: 'Ryan Schroeder', archived: false },
    ]);
    const own = await ok('contacts:duplicates', {
      id: ids.ryan,
      emails: ['rschroeder@iom.int'],
      phones: ['+32 2 287 71 15'],
    });
    expect(own.duplicates).toEqual([]);
  });
});

describe('contacts:export-person', () => {
  it('writes every field, lists, releases and activity as JSON and a vCard 4.0, and records the export', async () => {
    const ids = seedPrivacyDirectory(db());
    const out = await ok('contacts:export-person', { id: ids.ryan });
    expect(out.fileStem).toBe(`ryan-schroeder-${ids.ryan}`);
    const doc = JSON.parse(out.json) as Record<string, unknown>;
    expect(doc.contact).toMatchObject({
      givenName: 'Ryan',
      familyName: 'Schroeder',
      title: { fr: 'Chargé de presse' },
      notes: 'Prefers WhatsApp',
      languages: ['fr', 'en'],
      roles: ['press_officer'],
      countries: ['BE'],
      topics: ['migration'],
      phones: [{ e164: '+3222877115', display: '+32 2 287 71 15' }],
      emails: [{ address: 'rschroeder@iom.int' }],
      office: { name: { fr: 'Bureau régional de l’OIM à Bruxelles' } },
      regions: [{ name: { en: 'Europe' } }],
    });
    expect(doc.lists).toHaveLength(2);
    expect(doc.releases).toHaveLength(2);
    expect(doc.activity).toMatchObject([{ kind: 'sent', releaseId: ids.published }]);
    expect(out.vcard).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    expect(out.vcard).toContain('FN:Ryan Schroeder');
    expect(out.vcard).toContain('EMAIL;TYPE=work;PREF=1:rschroeder@iom.int');
    const exported = db()
      .$client.prepare(`SELECT count(*) FROM activity WHERE contact_id = ? AND kind = 'exported'`)
      .pluck()
      .get(ids.ryan);
    expect(exported).toBe(1);
  });
});
