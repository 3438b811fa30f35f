import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { getContact } from '../../../db/queries/contacts';
import { insertOrganisation } from '../../../db/queries/organisations';
import { applyPreview } from './apply';
import { ImportError } from './errors';
import { importFile } from './import-file';
import { buildPreview, type Preview } from './preview';
import { releaseReader } from './release';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => fs.readFileSync(path.join(here, 'fixtures', name));
const sampleRelease = () => fs.readFileSync(path.join(here, '../../../../shared/samples/iom-release-fr-2018.txt'));

let opened: OpenedDatabase;
beforeEach(async () => {
  opened = await openDatabase(':memory:');
});
afterEach(() => opened.close());

const sql = () => opened.db.$client;
const count = (table: string) => sql().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const idOf = (email: string) =>
  sql().prepare('SELECT contact_id FROM contact_emails WHERE address = ?').pluck().get(email) as number;
const phonesOf = (id: number) =>
  sql().prepare('SELECT e164 FROM contact_phones WHERE contact_id = ? ORDER BY position').pluck().all(id) as string[];
const preview = (bytes: Uint8Array, fileName: string, extra: Partial<Parameters<typeof buildPreview>[2]> = {}) =>
  buildPreview(opened.db, bytes, { fileName, release: releaseReader, ...extra });
const rowOf = (p: Preview, familyName: string) => p.rows.find((r) => r.contact?.familyName === familyName)!;

async function problemOf(run: () => unknown) {
  try {
    await run();
    return null;
  } catch (error) {
    if (error instanceof ImportError) return { problem: error.problem, message: error.message };
    throw error;
  }
}

describe('an Outlook export, then a Google export sharing two people', () => {
  it('finds the two people again (by email; by phone and a similar name), not the switchboard colleague', async () => {
    const first = await importFile(opened.db, fixture('outlook-2026.csv'), {
      fileName: 'outlook-2026.csv',
      onDuplicate: 'skip',
      skipInvalid: false,
    });
    expect(first.result).toEqual({ created: 4, updated: 0, merged: 0, skipped: 0, rejected: [] });
    expect(first.preview.table).toMatchObject({ preset: 'outlook', mappingSource: 'preset' });

    const google = await preview(fixture('google-contacts.csv'), 'google-contacts.csv');
    expect(google.counts).toEqual({ rows: 4, new: 2, duplicates: 2, updates: 2, inFile: 0, rejected: 0 });
    const jo = rowOf(google, 'De Backer');
    expect(jo.match).toMatchObject({
      target: { kind: 'contact', id: idOf('jdebacker@iom.int') },
      reasons: ['email', 'name'],
      score: 1,
    });
    expect(jo.match!.changes).toContainEqual({
      field: 'phones',
      before: '02 287 71 15',
      after: '02 287 71 15, +32 470 13 10 28',
    });
    const petra = rowOf(google, 'Hueck');
    expect(petra.match).toMatchObject({
      target: { kind: 'contact', id: idOf('hueck@icmc.net') },
      reasons: ['phone', 'name'],
    });
    expect(petra.match!.score).toBeGreaterThanOrEqual(0.92);
    expect(petra.match!.score).toBeLessThan(1);
    expect(rowOf(google, 'Mendes')).toMatchObject({ status: 'new', match: null });

    const result = applyPreview(opened.db, google, { onDuplicate: 'merge', skipInvalid: false });
    expect(result).toEqual({ created: 2, updated: 2, merged: 2, skipped: 0, rejected: [] });
    expect(count('contacts')).toBe(6);
    expect(phonesOf(idOf('jdebacker@iom.int'))).toEqual(['+3222877115', '+32470131028']);
    expect(phonesOf(idOf('hueck@icmc.net'))).toEqual(['+3222279729', '+32486511212', '+32470998877']);
    const merged = getContact(opened.db, idOf('hueck@icmc.net'))!;
    expect(merged).toMatchObject({
      familyName: 'Hück',
      source: 'Imported from outlook-2026.csv',
      topics: ['Europe', 'Press'],
    });
    expect(merged.phones.map((p) => p.kind)).toEqual(['office', 'mobile', 'whatsapp']);
    const activity = sql()
      .prepare("SELECT detail FROM activity WHERE kind = 'imported' AND contact_id = ?")
      .pluck()
      .all(merged.id);
    expect(activity.map((d) => JSON.parse(d as string) as unknown)).toEqual([
      { source: 'Imported from google-contacts.csv', rows: [3], phones: 1, emails: 0 },
    ]);
    expect(getContact(opened.db, idOf('cmendes@iom.int'))).toMatchObject({
      source: 'Imported from google-contacts.csv',
    });
  });

  it('applies a decision per row over the choice for all', async () => {
    await importFile(opened.db, fixture('outlook-2026.csv'), {
      fileName: 'outlook-2026.csv',
      onDuplicate: 'skip',
      skipInvalid: false,
    });
    const google = await preview(fixture('google-contacts.csv'), 'google-contacts.csv');
    const result = applyPreview(opened.db, google, {
      onDuplicate: 'skip',
      decisions: new Map([[rowOf(google, 'Hueck').row, 'keep-both']]),
      skipInvalid: false,
    });
    expect(result).toMatchObject({ created: 3, updated: 0, merged: 0, skipped: 1 });
    expect(phonesOf(idOf('jdebacker@iom.int'))).toEqual(['+3222877115']);
    expect(sql().prepare("SELECT count(*) FROM contacts WHERE given_name = 'Petra'").pluck().get()).toBe(2);
  });

  it('matches the organisations the files name to the directory by any name or acronym, in any language', async () => {
    const iom = insertOrganisation(opened.db, {
      name: { en: 'International Organization for Migration', fr: 'Organisation internationale pour les migrations' },
      acronym: { en: 'IOM', fr: 'OIM' },
      kind: 'un_agency',
    });
    const outlook = await importFile(opened.db, fixture('outlook-2026.csv'), {
      fileName: 'outlook-2026.csv',
      onDuplicate: 'skip',
      skipInvalid: false,
    });
    expect(outlook.preview.organisationsToCreate).toEqual(['ICMC', 'Agence France-Presse']);
    await importFile(opened.db, fixture('cards-4.0.vcf'), {
      fileName: 'cards.vcf',
      onDuplicate: 'skip',
      skipInvalid: true,
    });
    for (const email of ['jdebacker@iom.int', 'adiallo@iom.int', 'andiaye@iom.int']) {
      expect(getContact(opened.db, idOf(email))!.organisationId).toBe(iom);
    }
    expect(count('organisations')).toBe(3);
    const icmc = sql()
      .prepare("SELECT name, acronym FROM organisations WHERE json_extract(name, '$.en') = 'ICMC'")
      .get();
    expect(icmc).toEqual({ name: '{"en":"ICMC"}', acronym: '{"en":"ICMC"}' });
  });
});

describe('duplicates within one file', () => {
  const csv = [
    'Name,Email,Phone,Organisation,Country',
    'Jo De Backer,jdebacker@iom.int,+32 2 287 71 15,IOM,BE',
    'Petra Hück,hueck@icmc.net,,ICMC,BE',
    'Jo De Backer,,0470 13 10 28,IOM,BE',
    'JO DE BACKER,JDEBACKER@iom.int,,,',
  ].join('\n');

  it('points the second row of a person at the first, and merging keeps every phone once', async () => {
    const p = await preview(Buffer.from(csv), 'people.csv');
    expect(p.rows.map((r) => [r.row, r.status, r.match?.target])).toEqual([
      [2, 'new', undefined],
      [3, 'new', undefined],
      [4, 'duplicate', { kind: 'row', row: 2 }],
      [5, 'duplicate', { kind: 'row', row: 2 }],
    ]);
    expect(p.counts).toMatchObject({ new: 2, inFile: 2 });
    expect(applyPreview(opened.db, p, { onDuplicate: 'merge', skipInvalid: false })).toMatchObject({
      created: 2,
      merged: 2,
    });
    expect(phonesOf(idOf('jdebacker@iom.int'))).toEqual(['+3222877115', '+32470131028']);
    expect(sql().prepare('SELECT count(*) FROM contact_emails').pluck().get()).toBe(2);
  });

  it('keeps both when asked', async () => {
    const p = await preview(Buffer.from(csv), 'people.csv');
    expect(applyPreview(opened.db, p, { onDuplicate: 'keep-both', skipInvalid: false })).toMatchObject({ created: 4 });
  });
});

describe('importing the same file twice', () => {
  it.each(['skip', 'merge'] as const)('creates no duplicates (%s)', async (onDuplicate) => {
    const options = { fileName: 'outlook-2026.csv', onDuplicate, skipInvalid: false };
    await importFile(opened.db, fixture('outlook-2026.csv'), options);
    const before = [count('contacts'), count('contact_phones'), count('contact_emails'), count('contact_tags')];
    const again = await importFile(opened.db, fixture('outlook-2026.csv'), options);
    expect(again.result).toMatchObject({ created: 0, updated: 0 });
    expect([count('contacts'), count('contact_phones'), count('contact_emails'), count('contact_tags')]).toEqual(
      before,
    );
  });

  it('extracts the sample release to three people, and a second import of it adds nobody', async () => {
    const options = {
      fileName: 'iom-release-fr-2018.txt',
      onDuplicate: 'skip' as const,
      skipInvalid: false,
      source: 'Extracted from release PR-2018-04',
      lawfulBasis: 'legitimate interest',
    };
    const first = await importFile(opened.db, sampleRelease(), options);
    expect(first.result.created).toBe(3);
    const people = sql()
      .prepare('SELECT given_name, family_name, source, lawful_basis FROM contacts ORDER BY id')
      .all();
    expect(people).toEqual(
      ['Jo De Backer', 'Petra Hueck', 'David Watt'].map((n) => ({
        given_name: n.split(' ')[0],
        family_name: n.split(' ').slice(1).join(' '),
        source: 'Extracted from release PR-2018-04',
        lawful_basis: 'legitimate interest',
      })),
    );
    expect(sql().prepare('SELECT e164 FROM contact_phones ORDER BY id').pluck().all()).toEqual([
      '+3222877115',
      '+32470131028',
      '+3222279729',
      '+32486511212',
      '+3226275958',
    ]);
    const second = await importFile(opened.db, sampleRelease(), options);
    expect(second.result).toMatchObject({ created: 0, skipped: 3 });
    expect(count('contacts')).toBe(3);
  });
});

describe('bad files write nothing', () => {
  const random = (size: number, seed: number) => {
    const bytes = Buffer.alloc(size);
    let x = seed;
    for (let i = 0; i < size; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      bytes[i] = x >>> 24;
    }
    return bytes;
  };

  it('refuses an empty, a binary and an old Excel file with a clear message', async () => {
    expect(await problemOf(() => preview(Buffer.alloc(0), 'empty.csv'))).toEqual({
      problem: 'empty',
      message: 'The file is empty',
    });
    expect(await problemOf(() => preview(random(4096, 1), 'photo.csv'))).toMatchObject({ problem: 'binary' });
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await problemOf(() => preview(xls, 'contacts.xls'))).toEqual({
      problem: 'unsupported',
      message: 'Old Excel workbooks (.xls) cannot be read: save it as .xlsx or CSV',
    });
    expect(count('contacts')).toBe(0);
  });

  it('refuses 50 MB of garbage quickly, binary or printable', async () => {
    const started = Date.now();
    expect(await problemOf(() => preview(random(50 * 1024 * 1024, 7), 'garbage.csv'))).toMatchObject({
      problem: 'binary',
    });
    const printable = Buffer.from(random(50 * 1024 * 1024, 9).map((b) => 0x20 + (b % 95)));
    expect(await problemOf(() => preview(printable, 'garbage.csv'))).toMatchObject({ problem: 'no-columns' });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(count('contacts')).toBe(0);
  });

  it('refuses a sheet whose columns say nothing about people', async () => {
    expect(await problemOf(() => preview(Buffer.from('a,b,c\n1,2,3\n'), 'numbers.csv'))).toMatchObject({
      problem: 'no-columns',
    });
  });

  describe('a CSV with one broken row in 10,000', () => {
    /** A made-up word per number, so no two of the 10,000 names look alike (as Jo1/Jo10 would to a fuzzy match). */
    const word = (n: number, salt: number) => {
      let x = (n * 2_654_435_761 + salt) >>> 0;
      let text = '';
      for (let k = 0; k < 8; k++) {
        x = (x * 1_103_515_245 + 12_345) >>> 0;
        text += String.fromCharCode(97 + ((x >>> 16) % 26));
      }
      return text[0]!.toUpperCase() + text.slice(1);
    };
    const rows = (broken: string) =>
      Buffer.from(
        [
          'First Name,Last Name,E-mail,Mobile,Company,Country',
          ...Array.from({ length: 10_000 }, (_, i) =>
            i === 4_999
              ? broken
              : `Élo${word(i, 1)},${word(i, 2)},person${i}@example.org,+41 79 ${1_000_000 + i},Org ${i % 50},CH`,
          ),
        ].join('\n'),
      );

    it('writes nothing without skipInvalid, and says which row and field', async () => {
      const p = await preview(rows('Broken,Row,not-an-email,+41 79 999 99 99,Org 1,CH'), 'big.csv');
      expect(p.counts).toMatchObject({ rows: 10_000, rejected: 1 });
      expect(await problemOf(() => applyPreview(opened.db, p, { onDuplicate: 'skip', skipInvalid: false }))).toEqual({
        problem: 'invalid-rows',
        message: '1 row is invalid, so nothing was imported: fix it, or choose to skip invalid rows',
      });
      expect(count('contacts')).toBe(0);
      expect(count('organisations')).toBe(0);
      expect(count('settings')).toBe(0);
    });

    it('writes exactly the 9,999 valid rows with skipInvalid', async () => {
      const p = await preview(rows('Broken,Row,not-an-email,+41 79 999 99 99,Org 1,CH'), 'big.csv');
      const result = applyPreview(opened.db, p, { onDuplicate: 'skip', skipInvalid: true });
      expect(result).toMatchObject({
        created: 9_999,
        rejected: [{ row: 5_001, field: 'E-mail', reason: '"not-an-email" is not an email address' }],
      });
      expect(count('contacts')).toBe(9_999);
      expect(count('organisations')).toBe(50);
      expect(
        sql().prepare('SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH ?').pluck().get(word(4321, 2)),
      ).toBe(1);
    });

    it('rejects a row with bytes that are not UTF-8 as bad encoding', async () => {
      const bytes = rows('Bad,ZZZ,bad@example.org,,Org 1,CH');
      const at = bytes.indexOf('ZZZ');
      bytes[at] = 0xe9;
      bytes[at + 1] = 0x28;
      const p = await preview(bytes, 'big.csv');
      expect(p.encoding).toBe('utf-8');
      expect(p.rows.filter((r) => r.status === 'rejected')).toEqual([
        expect.objectContaining({
          row: 5_001,
          problems: [{ field: 'Last Name', reason: 'Bad encoding: this cell holds bytes that are not text in UTF-8' }],
        }),
      ]);
    });
  });

  it('rolls everything back when the write fails half-way', async () => {
    sql().exec(
      "CREATE TEMP TRIGGER crash AFTER INSERT ON contacts WHEN new.given_name = 'Sébastien' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
    );
    const p = await preview(fixture('outlook-2026.csv'), 'outlook-2026.csv');
    expect(() => applyPreview(opened.db, p, { onDuplicate: 'skip', skipInvalid: false })).toThrow('disk on fire');
    expect([
      count('contacts'),
      count('contact_phones'),
      count('organisations'),
      count('tags'),
      count('settings'),
    ]).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('rows, phones and countries', () => {
  it('gives local numbers the country of their row, never one guessed from other numbers', async () => {
    const csv =
      'Name,Phone,Country\nJo De Backer,02 287 71 15,Belgique\nAmina Diallo,022 717 91 11,\nNo Body,+41 22 717 91 11,\n';
    const p = await preview(Buffer.from(csv), 'local.csv');
    expect(p.rows.map((r) => [r.row, r.status, r.problems])).toEqual([
      [2, 'new', []],
      [3, 'rejected', [{ field: 'Phone', reason: '"022 717 91 11": Add the country code (+32 …)' }]],
      [4, 'new', []],
    ]);
    const withDefault = await preview(Buffer.from(csv), 'local.csv', { defaultCountry: 'CH' });
    expect(withDefault.rows[1]!.contact!.phones[0]!.e164).toBe('+41227179111');
  });

  it('splits several phones or emails in one cell', async () => {
    const csv =
      'Name,Email,Phone,Country\n"Jo De Backer","jdebacker@iom.int; jo@example.org","+32 2 287 71 15\n+32 470 13 10 28 ::: 0470 13 10 28",BE\n';
    const p = await preview(Buffer.from(csv), 'multi.csv');
    expect(p.rows[0]!.contact).toMatchObject({
      emails: [{ address: 'jdebacker@iom.int' }, { address: 'jo@example.org' }],
      phones: [{ e164: '+3222877115' }, { e164: '+32470131028' }],
    });
  });

  it('rejects a row without a name, and leaves blank rows out', async () => {
    const p = await preview(Buffer.from('Name,Email\n,nobody@example.org\n,\n  ,  \nJo,jo@example.org\n'), 'x.csv');
    expect(p.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'rejected'],
      [5, 'new'],
    ]);
    expect(p.rows[0]!.problems).toEqual([{ field: 'name', reason: 'No name: a contact needs a first or last name' }]);
  });

  it('remembers a confirmed mapping by header signature and offers it again', async () => {
    const csv = Buffer.from('Qui,Joignable,Adresse\nJo De Backer,+32 2 287 71 15,jdebacker@iom.int\n');
    expect(await problemOf(() => preview(csv, 'odd.csv'))).toMatchObject({ problem: 'no-columns' });
    const chosen = await preview(csv, 'odd.csv', { mapping: ['fullName', 'phone', 'email'] });
    expect(chosen.table?.mappingSource).toBe('chosen');
    applyPreview(opened.db, chosen, { onDuplicate: 'skip', skipInvalid: false });
    const key = `import.mapping.${chosen.table!.signature}`;
    expect(JSON.parse(sql().prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string)).toEqual({
      header: ['Qui', 'Joignable', 'Adresse'],
      mapping: ['fullName', 'phone', 'email'],
    });
    const again = await preview(csv, 'odd-2.csv');
    expect(again.table).toMatchObject({ mappingSource: 'remembered', mapping: ['fullName', 'phone', 'email'] });
    expect(again.rows[0]!.status).toBe('duplicate');
  });

  it('reads an Excel workbook: text, numbers, formulas, links and the formula guard', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Contacts');
    sheet.addRow(['First Name', 'Last Name', 'E-mail', 'Mobile', 'Company', 'Country']);
    sheet.addRow([
      'Amélie',
      'Ndiaye',
      { text: 'andiaye@iom.int', hyperlink: 'mailto:andiaye@iom.int' },
      "'+221 77 123 45 67",
      'OIM',
      'Sénégal',
    ]);
    sheet.addRow([
      { richText: [{ text: 'Jo' }] },
      'De Backer',
      'jdebacker@iom.int',
      { formula: '"+32 470 13 10 28"', result: '+32 470 13 10 28' },
      'IOM',
      'BE',
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const p = await preview(bytes, 'contacts.xlsx');
    expect(p).toMatchObject({ format: 'xlsx', encoding: null, table: { sheet: 'Contacts' } });
    expect(p.rows.map((r) => [r.row, r.status, r.contact?.phones[0]?.e164, r.contact?.emails[0]?.address])).toEqual([
      [2, 'new', '+221771234567', 'andiaye@iom.int'],
      [3, 'new', '+32470131028', 'jdebacker@iom.int'],
    ]);
  });
});

describe('long imports', () => {
  const big = () =>
    Buffer.from(
      `Name,Email\n${Array.from({ length: 12_000 }, (_, i) => `Person ${i} Example,p${i}@example.org`).join('\n')}\n`,
    );

  it('reports progress with counts while reading and checking, and while writing', async () => {
    const phases = new Map<string, number[]>();
    const onProgress = (p: { phase: string; done: number; total: number }) => {
      phases.set(p.phase, [...(phases.get(p.phase) ?? []), p.done]);
    };
    const p = await preview(big(), 'big.csv', { onProgress });
    applyPreview(opened.db, p, { onDuplicate: 'skip', skipInvalid: false, onProgress });
    expect(phases.get('checking')!.at(-1)).toBe(12_000);
    expect(phases.get('checking')!.length).toBeGreaterThan(10);
    expect(phases.get('writing')!.at(-1)).toBe(12_000);
    expect(phases.has('reading')).toBe(true);
  });

  it('can be cancelled while checking, and nothing is written', async () => {
    const controller = new AbortController();
    const pending = preview(big(), 'big.csv', {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'checking' && p.done >= 5_000) controller.abort(new Error('cancelled by the user'));
      },
    });
    await expect(pending).rejects.toThrow('cancelled by the user');
    expect(count('contacts')).toBe(0);
  });
});
