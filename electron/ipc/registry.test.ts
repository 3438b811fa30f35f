import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import { channels, type Channel } from './contract';
import { createApi, handlers, type Api } from './registry';

let opened: OpenedDatabase;
let api: Api;
const internalErrors: unknown[] = [];

beforeEach(async () => {
  opened = await openDatabase(':memory:');
  api = createApi(
    { db: opened.db, dbPath: ':memory:', schemaVersion: opened.schemaVersion, version: '0.0.0-test', shell: 'browser' },
    { validateOutput: true, onInternalError: (_c, e) => internalErrors.push(e) },
  );
  internalErrors.length = 0;
});
afterEach(() => opened.close());

async function ok<T = Record<string, unknown>>(channel: Channel, input: unknown): Promise<T> {
  const result = await api.call(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.kind} ${result.error.message}`);
  return result.value as T;
}

/** One clearly malformed input per channel; the test below fails for a channel added without one. */
const malformed: Record<Channel, unknown> = {
  'app:info': { extra: true },
  'organisations:list': { page: { offset: -1 } },
  'organisations:get': { id: 'one' },
  'organisations:create': { name: {} },
  'organisations:update': { id: 1, patch: { kind: 'cartel' } },
  'organisations:archive': { id: 0 },
  'offices:list': { country: 'Belgium' },
  'offices:get': {},
  'offices:create': { organisationId: 1, name: { en: 'X' }, timeZone: 'Mars/Olympus' },
  'offices:update': { id: 1, patch: { email: 'not an email' } },
  'offices:archive': { id: 1, archived: 'yes' },
  'regions:list': { all: true },
  'regions:get': { id: -3 },
  'regions:create': { name: { en: 'Europe' }, countries: ['Europe'] },
  'regions:update': { id: 1, patch: { name: { english: 'x' } } },
  'contacts:list': { sort: { column: 'password', direction: 'asc' } },
  'contacts:get': { id: 1.5 },
  'contacts:create': { givenName: '', familyName: '' },
  'contacts:update': { id: 1, patch: { emails: [{ address: 'jo@' }] } },
  'contacts:archive': { id: null },
  'contacts:bulk': { target: { ids: [] }, action: { kind: 'addTag', tag: 'x' } },
  'contacts:bulk-undo': { undoToken: '' },
  'contacts:topics': { all: true },
  'contact-blocks:render': { lang: 'french', contacts: [] },
  'contact-blocks:template-defaults': { language: 'fr' },
  'contact-blocks:template-sample': { language: 'fr', template: { heading: '   ' } },
  'search:query': { query: 'x'.repeat(10_000) },
  'spokespeople:lookup': { country: 'YE', regionId: 1, language: 'ar' },
  'releases:list': { page: { limit: 0 } },
  'releases:get': { id: 'PR-2026-001' },
  'releases:create': { language: 'français' },
  'releases:update': { id: 1, patch: { status: 'leaked' } },
  'releases:set-status': { id: 1, status: 'leaked' },
  'releases:list-revisions': { id: -1 },
  'releases:get-revision': {},
  'releases:restore-revision': { id: 2.5 },
  'releases:translate': { id: 1, language: 'xx-YY' },
  'releases:versions': { id: null },
  'releases:get-blocks': { id: '1' },
  'releases:set-blocks': { id: 1, blocks: 'none' },
  'releases:add-to-block': { id: 1, contactId: 'jo' },
  'releases:suggest-contacts': { releaseId: 'x' },
  'releases:check': { id: [] },
  'releases:render': { id: {} },
  'releases:export': { id: 1, format: 'exe' },
  'releases:get-settings': { extra: 1 },
  'releases:update-settings': { referencePattern: 42 },
  'lists:list': { includeArchived: 'yes' },
  'lists:get': { id: 'x' },
  'lists:create': { name: '' },
  'lists:update': { id: 1, patch: { filter: { role: 'boss' } } },
  'lists:archive': { id: -1 },
  'lists:members': { id: 1, status: 'vip' },
  'lists:add-members': { id: 1, contactIds: [] },
  'lists:remove-members': { id: 1, contactIds: ['1'] },
  'lists:exclude-members': { id: 1 },
  'lists:reset-members': { contactIds: [1] },
  'lists:attach': { id: 1, releaseId: 0 },
  'lists:handoff': { id: 1, batchSize: 0 },
  'lists:handoff-eml': { id: 1, contactIds: [1], from: { address: 'nobody' } },
  'lists:handoff-record': { id: 1, contactIds: [1], via: 'pigeon' },
  'activity:contact': { contactId: 0 },
  'exports:run': {
    exportId: 'short',
    source: { kind: 'contacts', filter: {} },
    format: 'csv',
    destination: { kind: 'download', fileName: 'x.csv' },
  },
  'exports:progress': { exportId: '../../etc' },
  'exports:cancel': {},
  'exports:read': { exportId: 'abcdefgh', offset: -1 },
  'exports:discard': { exportId: 7 },
  'exports:columns': { entity: 'releases' },
  'backups:list': { folder: '/etc' },
  'backups:create': { to: '/tmp/elsewhere.db' },
  'backups:progress': { jobId: 1 },
  'backups:cancel': { all: true },
  'backups:restore': { name: '../pressdesk.db' },
  'backups:update-settings': { keep: 0 },
  'import:upload': { importId: 'x', offset: 0, chunkBase64: 'AAAA' },
  'import:preview': { importId: 'import-0001', fileName: 'x.csv', source: { kind: 'inline', contentBase64: '%%%' } },
  'import:rows': { importId: 'import-0001', status: 'maybe' },
  'import:progress': {},
  'import:cancel': { importId: 'has spaces in it' },
  'import:apply': { importId: 'import-0001', onDuplicate: 'overwrite' },
  'import:edit-row': { importId: 'import-0001', row: 1, person: { name: '' } },
  'contacts:detail': { id: 'me' },
  'contacts:duplicates': { emails: 'a@b.c' },
  'contacts:erase': { id: 1 },
  'contacts:export-person': { id: 0 },
  'sample-data:status': { size: 1000 },
  'sample-data:load': { runId: 'r1', contacts: 5 },
  'sample-data:progress': { runId: '../x' },
  'sample-data:cancel': {},
};

describe('contract validation', () => {
  it('has a malformed case for every channel', () => {
    expect(Object.keys(malformed).sort()).toEqual([...channels].sort());
    expect(Object.keys(handlers).sort()).toEqual([...channels].sort());
  });

  it.each(channels)('%s rejects malformed input with a Validation error and writes nothing', async (channel) => {
    const before = opened.db.$client.prepare('SELECT total_changes()').pluck().get();
    const result = await api.call(channel, malformed[channel]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('Validation');
    expect(opened.db.$client.prepare('SELECT total_changes()').pluck().get()).toBe(before);
  });

  it.each(channels)('%s rejects unknown fields and prototype-pollution keys', async (channel) => {
    const result = await api.call(channel, JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1, "zzz": 1}'));
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers any garbage with an envelope, never a throw or an Internal error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.anything(), async (channel, input) => {
        const result = await api.call(channel, input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.kind).not.toBe('Internal');
      }),
      { numRuns: 300 },
    );
    expect(internalErrors).toEqual([]);
  });

  it('refuses an unknown channel', async () => {
    expect(await api.call('db:drop', {})).toMatchObject({ ok: false, error: { kind: 'NotFound' } });
  });
});

describe('directory through the API', () => {
  async function seedBrussels() {
    const iom = await ok<{ id: number }>('organisations:create', {
      name: { en: 'International Organization for Migration', fr: 'Organisation internationale pour les migrations' },
      acronym: { en: 'IOM', fr: 'OIM' },
      kind: 'un_agency',
    });
    const office = await ok<{ id: number }>('offices:create', {
      organisationId: iom.id,
      kind: 'regional',
      name: { en: 'IOM Regional Office in Brussels', fr: 'Bureau régional de l’OIM à Bruxelles' },
      city: { en: 'Brussels', fr: 'Bruxelles' },
      country: 'BE',
      timeZone: 'Europe/Brussels',
    });
    return { iom, office };
  }

  it('creates a contact whose local numbers take the office country, and finds it by unaccented prefix', async () => {
    const { iom, office } = await seedBrussels();
    const created = await ok<{ id: number; organisationId: number; phones: { e164: string; display: string }[] }>(
      'contacts:create',
      {
        givenName: 'Zoé',
        familyName: 'Lefèvre-Martin',
        officeId: office.id,
        title: { fr: 'Porte-parole', en: 'Spokesperson' },
        phones: [
          { raw: '02 287 71 15', kind: 'office' },
          { raw: '+32 470 13 10 28', kind: 'mobile' },
        ],
        emails: [{ address: 'zlefevre@iom.int' }, { address: 'zoe.lefevre@example.org', kind: 'personal' }],
        languages: ['fr', 'en'],
        roles: ['spokesperson'],
        topics: ['Migration'],
      },
    );
    expect(created.organisationId).toBe(iom.id);
    expect(created.phones.map((p) => p.e164)).toEqual(['+3222877115', '+32470131028']);
    expect(created.phones.map((p) => p.display)).toEqual(['+32 2 287 71 15', '+32 470 13 10 28']);

    for (const query of [
      'zoe',
      'lefevre',
      'Lefèvre-Martin',
      'bruxelles',
      'brus',
      'oim',
      '+32 2 287',
      '02 287 71',
      'migration',
    ]) {
      const { results } = await ok<{ results: { id: number }[] }>('search:query', { query, kind: 'contact' });
      expect(
        results.map((r) => r.id),
        query,
      ).toContain(created.id);
    }
    const { rows, total } = await ok<{ rows: { id: number; phone: string }[]; total: number }>('contacts:list', {
      filter: { query: 'zoe', language: 'fr', role: 'spokesperson' },
    });
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ id: created.id, phone: '+32 2 287 71 15' });
  });

  it('refuses an invalid phone with a field path, writing nothing', async () => {
    const { office } = await seedBrussels();
    const result = await api.call('contacts:create', {
      givenName: 'Jo',
      familyName: 'De Backer',
      officeId: office.id,
      phones: [{ raw: '+32 2 287 71 15' }, { raw: '12' }],
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'Validation', issues: [{ path: 'phones.1.raw' }] } });
    expect(opened.db.$client.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
  });

  it('keeps search in step with updates and archives', async () => {
    const { office } = await seedBrussels();
    const jo = await ok<{ id: number }>('contacts:create', {
      givenName: 'Jo',
      familyName: 'De Backer',
      officeId: office.id,
    });
    await ok('contacts:update', {
      id: jo.id,
      patch: { familyName: 'Dubois', emails: [{ address: 'jdubois@iom.int' }] },
    });
    const find = async (query: string) =>
      (await ok<{ results: { id: number }[] }>('search:query', { query, kind: 'contact' })).results.map((r) => r.id);
    expect(await find('backer')).toEqual([]);
    expect(await find('dubois')).toEqual([jo.id]);
    expect(await find('jdubois')).toEqual([jo.id]);
    await ok('contacts:archive', { id: jo.id });
    expect(await find('dubois')).toEqual([]);
    await ok('offices:update', { id: office.id, patch: { city: { fr: 'Genève', en: 'Geneva' } } });
    await ok('contacts:archive', { id: jo.id, archived: false });
    expect(await find('geneve')).toEqual([jo.id]);
  });

  it('ranks an exact name match first, then a name prefix, then other fields', async () => {
    const { office } = await seedBrussels();
    const mk = async (givenName: string, familyName: string, notes = '') =>
      (
        await ok<{ id: number }>('contacts:create', {
          givenName,
          familyName,
          officeId: office.id,
          notes,
          title: { en: notes },
        })
      ).id;
    const other = await mk('Anna', 'Schmidt', 'Watt coordinator');
    const prefix = await mk('David', 'Watts');
    const exact = await mk('Watt', '');
    const { results } = await ok<{ results: { id: number }[] }>('search:query', { query: 'watt', kind: 'contact' });
    expect(results.map((r) => r.id)).toEqual([exact, prefix, other]);
  });

  it('refuses an office as its own ancestor', async () => {
    const { iom, office } = await seedBrussels();
    const child = await ok<{ id: number }>('offices:create', {
      organisationId: iom.id,
      parentId: office.id,
      name: { en: 'Sub' },
    });
    const result = await api.call('offices:update', { id: office.id, patch: { parentId: child.id } });
    expect(result).toMatchObject({ ok: false, error: { kind: 'Validation', issues: [{ path: 'parentId' }] } });
  });

  it("shows an office's switchboard in international format, read with the office's country", async () => {
    const { iom } = await seedBrussels();
    const geneva = await ok<{ id: number; phoneE164: string; phoneDisplay: string }>('offices:create', {
      organisationId: iom.id,
      name: { en: 'IOM Headquarters' },
      country: 'CH',
      phone: '022 717 91 11',
    });
    expect(geneva).toMatchObject({ phoneE164: '+41227179111', phoneDisplay: '+41 22 717 91 11' });
    const { rows } = await ok<{ rows: { phoneDisplay: string | null }[] }>('offices:list', { query: 'headquarters' });
    expect(rows.map((r) => r.phoneDisplay)).toEqual(['+41 22 717 91 11']);
  });

  it('reports NotFound for a missing record', async () => {
    expect(await api.call('contacts:get', { id: 99 })).toMatchObject({ ok: false, error: { kind: 'NotFound' } });
  });
});
