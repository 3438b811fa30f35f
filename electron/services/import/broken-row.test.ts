import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { useTempDir } from '../../../db/testing/temp-dir';
import {
  cleanEnv,
  expectOneErrorLine,
  givenNames,
  makeDatabase,
  runCli,
  sha256,
  useBuiltCli,
} from '../../cli/test-support';
import { createApi } from '../../ipc/registry';
import type { ServiceContext } from '../context';

/**
 * Issue 7's acceptance: "a CSV with one broken row in 10,000 gets a clear message and writes nothing, or exactly
 * the valid rows when the user chooses so", through the app's channels on a database file (as the app runs them)
 * and through the built `pressdesk import`.
 */

const ROWS = 10_000;
/** The data row replaced by the broken one; the header is row 1, so it is spreadsheet row 6,545. */
const BROKEN = 6_543;
const BROKEN_ROW = BROKEN + 2;

// prettier-ignore
const firstNames = [
  'Amélie', 'Jérôme', 'Zoë', 'Björn', 'Inès', 'François', 'Søren', 'Ana', 'Kwame', 'Nadia', 'José', 'Hélène',
  'Mateus', 'Aïcha', 'Grégoire', 'Ngozi', 'Chloé', 'Tomás', 'Émile', 'Yasmin', 'Małgorzata', 'Raphaël', 'Oluwaseun',
  'Léa',
];
/** Organisations and the domain of their staff's addresses. */
const organisations: readonly (readonly [string, string])[] = [
  ['UNHCR', 'unhcr.org'],
  ['IOM', 'iom.int'],
  ['UNICEF', 'unicef.org'],
  ['WFP', 'wfp.org'],
  ['Médecins Sans Frontières', 'msf.org'],
  ['Agence France-Presse', 'afp.com'],
  ['Reuters', 'reuters.com'],
  ['Le Monde', 'lemonde.fr'],
  ['BBC World Service', 'bbc.co.uk'],
  ['Al Jazeera', 'aljazeera.net'],
  ['Deutsche Welle', 'dw.com'],
  ['El País', 'elpais.es'],
  ['Radio France Internationale', 'rfi.fr'],
  ['The Guardian', 'theguardian.com'],
  ['Associated Press', 'ap.org'],
  ['Le Soir', 'lesoir.be'],
  ['RTBF', 'rtbf.be'],
  ['Swissinfo', 'swissinfo.ch'],
  ['Devex', 'devex.com'],
  ['The New Humanitarian', 'thenewhumanitarian.org'],
];
/** Mobile and office numbers of eight countries, all with their country code; the row's number ends in 4 digits. */
const phoneFormats: readonly ((n: string) => string)[] = [
  (n) => `+41 79 512 ${n.slice(0, 2)} ${n.slice(2)}`,
  (n) => `+32 470 13 ${n.slice(0, 2)} ${n.slice(2)}`,
  (n) => `+33 6 12 34 ${n.slice(0, 2)} ${n.slice(2)}`,
  (n) => `+44 7911 12${n}`,
  (n) => `+221 77 123 ${n.slice(0, 2)} ${n.slice(2)}`,
  (n) => `+254 712 34${n}`,
  (n) => `+1 212 963 ${n}`,
  (n) => `+49 30 1234${n}`,
];

/**
 * Pronounceable family names ("Kotavemin"), a different one for every row and random enough that no two rows of
 * the same organisation and given name look like one person to the duplicate finder.
 */
function familyNames(count: number): string[] {
  const consonants = 'bdfgklmnprstvz';
  const vowels = 'aeiou';
  let x = 2_026;
  const next = (n: number) => ((x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0) >>> 16) % n;
  const names = new Set<string>();
  while (names.size < count) {
    let word = consonants[next(14)]!.toUpperCase();
    for (let k = 0; k < 4; k++) word += `${vowels[next(5)]!}${consonants[next(14)]!}`;
    names.add(word);
  }
  return [...names];
}

interface Person {
  readonly given: string;
  readonly family: string;
  readonly email: string;
  readonly phone: string;
  readonly organisation: string;
}

function person(i: number, family: string): Person {
  const given = firstNames[i % firstNames.length]!;
  const [organisation, domain] = organisations[i % organisations.length]!;
  const initial = given
    .normalize('NFD')
    .replace(/[^a-z]/gi, '')[0]!
    .toLowerCase();
  return {
    given,
    family,
    email: `${initial}.${family.toLowerCase()}@${domain}`,
    phone: phoneFormats[i % phoneFormats.length]!(String(i).padStart(4, '0')),
    organisation,
  };
}

const people = familyNames(ROWS).map((family, i) => person(i, family));
const line = (p: Person) => [p.given, p.family, p.email, p.phone, p.organisation].join(',');

interface Breakage {
  readonly name: string;
  /** The broken row's line; `{bad}` stands for bytes that are not UTF-8. */
  readonly line: string;
  readonly field: string;
  readonly reason: string;
}

const good = people[BROKEN]!;
const breakages: readonly Breakage[] = [
  {
    name: 'an unfinished email address',
    line: line({ ...good, email: 'jo@' }),
    field: 'Email',
    reason: '"jo@" is not an email address',
  },
  {
    name: 'a phone number too short for its country',
    line: line({ ...good, phone: '+41 79 512' }),
    field: 'Phone',
    reason: '"+41 79 512": Not a valid number for CH',
  },
  {
    name: 'no name',
    line: line({ ...good, given: '', family: '' }),
    field: 'name',
    reason: 'No name: a contact needs a first or last name',
  },
  {
    name: 'bytes that are not UTF-8',
    line: line({ ...good, family: `${good.family}{bad}` }),
    field: 'Family Name',
    reason: 'Bad encoding: this cell holds bytes that are not text in UTF-8',
  },
  {
    // No other quote follows in the file: the row must not swallow the 3,455 rows after it.
    name: 'a quote that never closes',
    line: `"${line(good)}`,
    field: 'row',
    reason: `A quote opened on line ${BROKEN_ROW} is not closed on that line, so the cells of this row could not be told apart`,
  },
  {
    name: 'a stray quote before a quoted cell',
    line: `"${line({ ...good, organisation: `"${good.organisation}"` })}`,
    field: 'row',
    reason: `Unbalanced quote on line ${BROKEN_ROW}: the cells of this row could not be told apart`,
  },
];

/** The 10,000-row file with one row broken, CRLF as spreadsheet programs write it. */
function csvWith(broken: Breakage): Buffer {
  const lines = ['Given Name,Family Name,Email,Phone,Organisation', ...people.map(line)];
  lines[BROKEN + 1] = broken.line;
  const [before, after] = `${lines.join('\r\n')}\r\n`.split('{bad}');
  // 0xE9 alone is "é" in Windows-1252 but never valid UTF-8: the rest of the file is UTF-8 (accented names).
  return after === undefined
    ? Buffer.from(before!)
    : Buffer.concat([Buffer.from(before!), Buffer.from([0xe9]), Buffer.from(after)]);
}

/** Every address the file's valid rows hold: what an import of exactly those rows leaves in contact_emails. */
const validEmails = people
  .filter((_, i) => i !== BROKEN)
  .map((p) => p.email)
  .sort();

const newTempDir = useTempDir('pressdesk-broken-row-');

const tables = ['contacts', 'contact_phones', 'contact_emails', 'organisations', 'activity', 'settings'] as const;

/** An app on a database file that already holds one contact, driven through its channels like the renderer. */
async function openApp() {
  const dbPath = path.join(newTempDir(), 'pressdesk.db');
  const opened = await openDatabase(dbPath, { create: true, owner: 'test' });
  const ctx: ServiceContext = {
    db: opened.db,
    dbPath,
    schemaVersion: opened.schemaVersion,
    version: 't',
    shell: 'browser',
  };
  const api = createApi(ctx, { validateOutput: true });
  const sql = opened.db.$client;
  const counts = () =>
    Object.fromEntries(tables.map((t) => [t, sql.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
  const emails = () => sql.prepare('SELECT address FROM contact_emails ORDER BY address').pluck().all() as string[];
  return { api, counts, emails, close: () => opened.close() };
}

describe('a CSV of 10,000 rows with one broken row, through the import channels', () => {
  it.each(breakages)(
    '$name: the preview names the row, the apply writes nothing, then exactly the 9,999 valid rows when asked',
    async (broken) => {
      const app = await openApp();
      try {
        expect(
          await app.api.call('contacts:create', {
            givenName: 'Existing',
            familyName: 'Person',
            emails: [{ address: 'existing@example.org' }],
          }),
        ).toMatchObject({ ok: true });
        const before = app.counts();
        const importId = 'broken-row-0001';
        const bytes = csvWith(broken);

        const preview = await app.api.call('import:preview', {
          importId,
          fileName: 'directory.csv',
          source: { kind: 'inline', contentBase64: bytes.toString('base64') },
        });
        expect(preview).toMatchObject({
          ok: true,
          value: {
            format: 'csv',
            encoding: 'utf-8',
            needsMapping: false,
            table: {
              preset: 'generic',
              mapping: ['givenName', 'familyName', 'email', 'phone', 'organisation'],
            },
            counts: { rows: ROWS, new: ROWS - 1, duplicates: 0, inFile: 0, rejected: 1 },
          },
        });
        expect(await app.api.call('import:rows', { importId, status: 'rejected' })).toEqual({
          ok: true,
          value: {
            total: 1,
            rows: [
              {
                row: BROKEN_ROW,
                status: 'rejected',
                contact: null,
                problems: [{ field: broken.field, reason: broken.reason }],
                warnings: [],
                match: null,
              },
            ],
          },
        });

        expect(await app.api.call('import:apply', { importId })).toEqual({
          ok: false,
          error: {
            kind: 'Validation',
            message: '1 row is invalid, so nothing was imported: fix it, or choose to skip invalid rows',
          },
        });
        expect(app.counts()).toEqual(before);

        // The refused apply keeps the preview: the user ticks "leave the invalid ones out" and imports again.
        expect(await app.api.call('import:apply', { importId, skipInvalid: true })).toEqual({
          ok: true,
          value: {
            created: ROWS - 1,
            updated: 0,
            merged: 0,
            skipped: 0,
            rejected: [{ row: BROKEN_ROW, field: broken.field, reason: broken.reason }],
            rejectedTotal: 1,
          },
        });
        const after = app.counts();
        expect(after.contacts).toBe(before.contacts! + ROWS - 1);
        expect(after.contact_phones).toBe(before.contact_phones! + ROWS - 1);
        expect(after.organisations).toBe(before.organisations! + organisations.length);
        expect(app.emails()).toEqual([...validEmails, 'existing@example.org'].sort());
      } finally {
        app.close();
      }
    },
    60_000,
  );
});

describe('pressdesk import of a CSV of 10,000 rows with one broken row', () => {
  const cli = useBuiltCli();

  it('exits 1 with one line and writes nothing, then imports the 9,999 valid rows with --skip-invalid', async () => {
    const dir = newTempDir();
    const env = cleanEnv(newTempDir());
    const db = await makeDatabase(path.join(dir, 'pressdesk.db'), [{ givenName: 'Existing', familyName: 'Person' }]);
    const file = path.join(dir, 'directory.csv');
    const broken = breakages[0]!;
    fs.writeFileSync(file, csvWith(broken));
    const unchanged = sha256(db);

    const refused = await runCli(cli(), ['import', file, '--json', '--db', db], env, { timeoutMs: 60_000 });
    expect(refused.code).toBe(1);
    expect(expectOneErrorLine(refused.stderr)).toBe(
      `pressdesk: row ${BROKEN_ROW} (Email) is invalid: ${broken.reason}, so nothing was imported. Fix it, or run again with --skip-invalid.`,
    );
    expect(JSON.parse(refused.stdout)).toEqual({
      created: 0,
      updated: 0,
      merged: 0,
      skipped: 0,
      rejected: [{ row: BROKEN_ROW, field: broken.field, reason: broken.reason }],
    });
    expect(sha256(db)).toBe(unchanged);
    expect(givenNames(db)).toEqual(['Existing']);

    const skipping = await runCli(cli(), ['import', file, '--json', '--skip-invalid', '--db', db], env, {
      timeoutMs: 60_000,
    });
    expect(skipping).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(skipping.stdout)).toEqual({
      created: ROWS - 1,
      updated: 0,
      merged: 0,
      skipped: 0,
      rejected: [{ row: BROKEN_ROW, field: broken.field, reason: broken.reason }],
    });
    const opened = await openDatabase(db, { readonly: true });
    try {
      const sql = opened.db.$client;
      expect(sql.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(ROWS);
      expect(sql.prepare('SELECT address FROM contact_emails ORDER BY address').pluck().all()).toEqual(validEmails);
    } finally {
      opened.close();
    }
  }, 120_000);
});
