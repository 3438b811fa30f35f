import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../open';
import { contactValues } from '../testing/contact-values';
import { insertContact, listContacts, type ContactListQuery } from './contacts';
import { insertOffice } from './offices';
import { insertOrganisation } from './organisations';

let opened: OpenedDatabase;

beforeEach(async () => {
  opened = await openDatabase(':memory:');
  const organisationId = insertOrganisation(opened.db, {
    name: { en: 'Relief Agency' },
    acronym: {},
    kind: 'ngo',
    website: null,
  });
  const officeId = insertOffice(opened.db, {
    organisationId,
    parentId: null,
    kind: 'country',
    name: { en: 'Abdi Street' },
    city: { en: 'Nairobi' },
    country: 'KE',
    regionId: null,
    timeZone: 'Africa/Nairobi',
    phoneRaw: null,
    phoneE164: null,
    email: null,
    address: null,
  });
  const person = (givenName: string, familyName: string, inOffice = false) =>
    insertContact(
      opened.db,
      contactValues({ givenName, familyName, organisationId, officeId: inOffice ? officeId : null }),
    );
  // By name (family, then given) the office match Aalto comes before the exact "Abdi" and the prefix Abdirahman.
  person('Lena', 'Aalto', true);
  person('Abdirahman', 'Bashir');
  person('', 'Abdi');
  person('Àbdì', '');
  person('Amina', 'Abdi');
  person('Abdi', 'Ali');
  person('Zoe', 'Unrelated');
});
afterEach(() => opened.close());

const list = (q: Partial<ContactListQuery>) =>
  listContacts(opened.db, {
    offset: 0,
    limit: 100,
    sort: 'relevance',
    direction: 'asc',
    query: '',
    includeArchived: false,
    ...q,
  });
const names = (q: Partial<ContactListQuery>) => list(q).rows.map((r) => `${r.givenName} ${r.familyName}`.trim());

describe('contacts:list relevance sort', () => {
  it('puts exact folded names first, then names starting with the query, then other matches, ties by name', () => {
    expect(names({ query: 'abdi', sort: 'name' })).toEqual([
      'Àbdì',
      'Lena Aalto',
      'Abdi',
      'Amina Abdi',
      'Abdi Ali',
      'Abdirahman Bashir',
    ]);
    expect(names({ query: 'abdi' })).toEqual([
      'Àbdì',
      'Abdi',
      'Amina Abdi',
      'Abdi Ali',
      'Abdirahman Bashir',
      'Lena Aalto',
    ]);
    // Best first whichever way the name column last pointed.
    expect(names({ query: 'ABDI', direction: 'desc' })).toEqual(names({ query: 'abdi' }));
  });

  it('several words count as a name match only when they start the name in order', () => {
    // Every contact's organisation (Relief Agency) matches "a", so all the Abdis are found; only Abdi Ali starts so.
    expect(names({ query: 'abdi a' })).toEqual([
      'Abdi Ali',
      'Àbdì',
      'Lena Aalto',
      'Abdi',
      'Amina Abdi',
      'Abdirahman Bashir',
    ]);
    expect(names({ query: 'amina abdi' })).toEqual(['Amina Abdi']);
  });

  it('sorts by name without a query', () => {
    expect(names({})).toEqual(names({ sort: 'name' }));
  });
});

describe('paging through relevance-sorted results', () => {
  beforeEach(() => {
    for (let i = 0; i < 40; i++) {
      const n = String(i).padStart(2, '0');
      insertContact(opened.db, contactValues({ givenName: `Abdiwali${n}`, familyName: i % 2 ? 'Same' : `Kahin${n}` }));
      insertContact(
        opened.db,
        contactValues({ givenName: 'Sam', familyName: 'Same', title: { en: `Abdi liaison ${n}` } }),
      );
    }
  });

  it('returns every match once, in the same order as one big page', () => {
    const whole = list({ query: 'abdi' });
    expect(whole.total).toBe(86);
    const paged: number[] = [];
    for (let offset = 0; offset < whole.total; offset += 7) {
      paged.push(...list({ query: 'abdi', offset, limit: 7 }).rows.map((r) => r.id));
    }
    expect(paged).toEqual(whole.rows.map((r) => r.id));
    expect(new Set(paged).size).toBe(whole.total);
  });
});
