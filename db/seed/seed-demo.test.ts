import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { afterEach, describe, expect, it } from 'vitest';
import { contactInput } from '../../electron/ipc/contract/contacts';
import { AppError } from '../../electron/ipc/contract/errors';
import { parsePhone } from '../../electron/services/phones';
import { openDatabase, type OpenedDatabase } from '../open';
import { fold } from '../queries/fts';
import { search } from '../queries/search';
import { ORGANISATIONS } from './organisations';
import { planDemoDirectory } from './plan';
import { seedDemo } from './seed-demo';

const opened: OpenedDatabase[] = [];
const fresh = async () => {
  const o = await openDatabase(':memory:');
  opened.push(o);
  return o.db;
};
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});

/** Everything seedDemo writes that is derived from the seed (the query layer stamps organisations with the clock). */
function dump(db: Awaited<ReturnType<typeof fresh>>) {
  const all = (sql: string) => db.$client.prepare(sql).raw().all();
  return {
    organisations: all('SELECT id, name, acronym, kind, website FROM organisations ORDER BY id'),
    offices: all(
      `SELECT id, organisation_id, parent_id, kind, name, city, country, region_id, time_zone, phone_raw, phone_e164,
              email, address FROM offices ORDER BY id`,
    ),
    contacts: all('SELECT * FROM contacts ORDER BY id'),
    phones: all('SELECT * FROM contact_phones ORDER BY id'),
    emails: all('SELECT * FROM contact_emails ORDER BY id'),
    topics: all('SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id ORDER BY 1, 2'),
    languages: all('SELECT * FROM contact_languages ORDER BY 1, 3'),
  };
}

const ARABIC = /\p{Script=Arabic}/u;
const ACCENTED = /\p{M}/u;

describe('planDemoDirectory', () => {
  it('is the same for the same seed and different for another', () => {
    const a = planDemoDirectory({ contacts: 300, seed: 7 });
    expect(planDemoDirectory({ contacts: 300, seed: 7 })).toEqual(a);
    const b = planDemoDirectory({ contacts: 300, seed: 8 });
    expect(b.contacts.map((c) => c.values.familyName)).not.toEqual(a.contacts.map((c) => c.values.familyName));
  });

  it('gives the first contacts whatever the total', () => {
    const small = planDemoDirectory({ contacts: 50, seed: 3 });
    const large = planDemoDirectory({ contacts: 400, seed: 3 });
    expect(large.contacts.slice(0, 50)).toEqual(small.contacts);
  });

  it('gives every contact 1–3 phones valid for their office’s country, stored in E.164', () => {
    const plan = planDemoDirectory({ contacts: 2000, seed: 1 });
    for (const c of plan.contacts) {
      const country = plan.offices[c.office]!.values.country!;
      expect(c.values.phones.length).toBeGreaterThanOrEqual(1);
      expect(c.values.phones.length).toBeLessThanOrEqual(3);
      for (const p of c.values.phones) {
        expect(p.e164).toMatch(/^\+[1-9]\d{6,14}$/);
        expect(isValidPhoneNumber(p.e164!)).toBe(true);
        const reparsed = parsePhone(p.raw, country);
        expect(reparsed.ok && reparsed.phone.e164).toBe(p.e164);
      }
    }
  });

  it('gives every contact 1–2 addresses on their organisation’s domain, none shared', () => {
    const plan = planDemoDirectory({ contacts: 5000, seed: 1 });
    const addresses = plan.contacts.flatMap((c) => c.values.emails.map((e) => e.address.toLowerCase()));
    expect(new Set(addresses).size).toBe(addresses.length);
    for (const c of plan.contacts) {
      expect(c.values.emails.length).toBeGreaterThanOrEqual(1);
      expect(c.values.emails.length).toBeLessThanOrEqual(2);
      const domain = ORGANISATIONS.find((o) => o.key === plan.organisations[c.organisation]!.key)!.domain;
      for (const e of c.values.emails) {
        expect(e.address).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+$/);
        expect(e.address.endsWith(`@${domain}`)).toBe(true);
      }
    }
  });

  it('has accented, hyphenated and Arabic-script names', () => {
    const names = planDemoDirectory({ contacts: 500, seed: 1 }).contacts.map(
      (c) => `${c.values.givenName} ${c.values.familyName}`,
    );
    expect(names.some((n) => ACCENTED.test(n.normalize('NFD')) && !ARABIC.test(n))).toBe(true);
    expect(names.some((n) => /\p{L}-\p{L}/u.test(n))).toBe(true);
    expect(names.some((n) => ARABIC.test(n))).toBe(true);
  });

  it('plans contacts the API would accept', () => {
    for (const c of planDemoDirectory({ contacts: 500, seed: 2 }).contacts) {
      const { phones, ...rest } = c.values;
      const input = { ...rest, phones: phones.map((p) => ({ raw: p.raw, kind: p.kind, preferred: p.preferred })) };
      expect(contactInput.safeParse(input).error).toBeUndefined();
    }
  });

  it('builds office trees under each headquarters, with names per language and real time zones', () => {
    const plan = planDemoDirectory({ contacts: 0, seed: 1 });
    const regionOf = new Map(plan.regions.flatMap((r) => r.countries.map((c) => [c, r.key])));
    for (const o of plan.offices) {
      expect(o.parent === null).toBe(o.values.kind === 'hq');
      if (o.parent !== null) expect(plan.offices[o.parent]!.organisation).toBe(o.organisation);
      expect(Object.keys(o.values.name ?? {})).toEqual(expect.arrayContaining(['en', 'fr', 'es']));
      expect(Object.keys(o.values.city ?? {})).toEqual(expect.arrayContaining(['en', 'fr', 'es']));
      expect(regionOf.get(o.values.country!)).toBe(o.region);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: o.values.timeZone! })).not.toThrow();
      expect(isValidPhoneNumber(o.values.phoneE164!)).toBe(true);
    }
    // An appended run finds the offices already there by organisation and English name.
    const keys = plan.offices.map((o) => `${o.organisation} ${o.values.name?.en}`);
    expect(new Set(keys).size).toBe(keys.length);
    const names = plan.offices.map((o) => o.values.name);
    expect(names).toContainEqual({
      en: 'IOM Regional Office in Brussels',
      fr: 'Bureau régional de l’OIM à Bruxelles',
      es: 'Oficina Regional de la OIM en Bruselas',
      ar: 'المكتب الإقليمي للمنظمة الدولية للهجرة في بروكسل',
    });
    expect(names).toContainEqual({
      en: 'IOM Regional Office in Cairo',
      fr: 'Bureau régional de l’OIM au Caire',
      es: 'Oficina Regional de la OIM en El Cairo',
      ar: 'المكتب الإقليمي للمنظمة الدولية للهجرة في القاهرة',
    });
    expect(names).toContainEqual({ en: 'ICMC Europe', fr: 'CICM Europe', es: 'CCIM Europa' });
  });
});

describe('seedDemo', () => {
  it('writes the same directory for the same seed', async () => {
    const a = await fresh();
    const b = await fresh();
    const counts = seedDemo(a, { contacts: 200, seed: 5 });
    expect(counts).toEqual({
      organisations: 14,
      offices: planDemoDirectory({ contacts: 0, seed: 5 }).offices.length,
      contacts: 200,
    });
    seedDemo(b, { contacts: 200, seed: 5 });
    expect(dump(b)).toEqual(dump(a));
    const c = await fresh();
    seedDemo(c, { contacts: 200, seed: 6 });
    expect(dump(c).contacts).not.toEqual(dump(a).contacts);
  });

  it('stores only valid E.164 numbers and unique addresses', async () => {
    const db = await fresh();
    seedDemo(db, { contacts: 300 });
    const e164s = db.$client.prepare('SELECT e164 FROM contact_phones').pluck().all() as (string | null)[];
    expect(e164s.length).toBeGreaterThanOrEqual(300);
    for (const e of e164s) expect(e !== null && isValidPhoneNumber(e)).toBe(true);
    const { total, uniq } = db.$client
      .prepare('SELECT count(*) AS total, count(DISTINCT lower(address)) AS uniq FROM contact_emails')
      .get() as { total: number; uniq: number };
    expect(uniq).toBe(total);
  });

  it('refuses a database that holds data unless asked to append, then reuses its organisations', async () => {
    const db = await fresh();
    const first = seedDemo(db, { contacts: 100 });
    let error: unknown;
    try {
      seedDemo(db, { contacts: 100 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('Conflict');
    expect((error as AppError).message).toContain('--append');
    expect(seedDemo(db, { contacts: 100, append: true })).toEqual({ organisations: 0, offices: 0, contacts: 100 });
    const count = (table: string) => db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect(count('contacts')).toBe(200);
    expect(count('organisations')).toBe(first.organisations);
    expect(count('offices')).toBe(first.offices);
    const emails = db.$client.prepare('SELECT count(DISTINCT lower(address)) = count(*) FROM contact_emails');
    expect(emails.pluck().get()).toBe(1);
  });

  it('refuses a nonsense count', async () => {
    const db = await fresh();
    expect(() => seedDemo(db, { contacts: -1 })).toThrow(AppError);
    expect(() => seedDemo(db, { contacts: 1.5 })).toThrow(/whole number/);
  });

  it('is found by search: an accented name by its unaccented prefix', async () => {
    const db = await fresh();
    seedDemo(db, { contacts: 500 });
    const accented = db.$client
      .prepare('SELECT id, given_name AS given, family_name AS family FROM contacts ORDER BY id')
      .all() as { id: number; given: string; family: string }[];
    const target = accented.find((c) => fold(c.family) !== c.family.toLowerCase() && !ARABIC.test(c.family));
    expect(target).toBeDefined();
    const query = `${fold(target!.given).slice(0, 3)} ${fold(target!.family).slice(0, 4)}`;
    expect(query).not.toMatch(/\p{M}/u);
    const hits = search(db, { query, limit: 50, kind: 'contact' });
    expect(hits.map((h) => h.id)).toContain(target!.id);
  });
});
