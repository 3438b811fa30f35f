import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../open';
import { listContacts, type ContactListQuery } from './contacts';
import { seedFilterDirectory, type FilterDirectory } from './contacts-bulk.testing';

let opened: OpenedDatabase;
let d: FilterDirectory;

beforeEach(async () => {
  opened = await openDatabase(':memory:');
  d = seedFilterDirectory(opened.db);
});
afterEach(() => opened.close());

type Filter = Omit<ContactListQuery, 'offset' | 'limit' | 'sort' | 'direction' | 'query' | 'includeArchived'> & {
  query?: string;
  includeArchived?: boolean;
};

const names = (filter: Filter) =>
  listContacts(opened.db, {
    offset: 0,
    limit: 100,
    sort: 'name',
    direction: 'asc',
    query: '',
    includeArchived: false,
    ...filter,
  })
    .rows.map((r) => r.familyName)
    .sort();

describe('contact list filter chips', () => {
  it('role', () => expect(names({ role: 'spokesperson' })).toEqual(['Amrani', 'Dubois']));
  it('language', () => expect(names({ language: 'ar' })).toEqual(['Amrani', 'Haddad']));
  it('country by ISO code: covered countries and the office country', () => {
    // Haddad covers Egypt; Amrani sits in the Cairo office.
    expect(names({ country: 'EG' })).toEqual(['Amrani', 'Haddad']);
  });
  it('region: covered regions, covered countries in the region, and offices in it', () =>
    expect(names({ regionId: d.europe })).toEqual(['Dubois', 'Keller', 'Okafor']));
  it('office', () => expect(names({ officeId: d.geneva })).toEqual(['Dubois', 'Keller']));
  it('topic, case-insensitively', () => expect(names({ topic: 'MIGRATION' })).toEqual(['Dubois', 'Okafor']));
  it('do-not-contact yes and no', () => {
    expect(names({ doNotContact: true })).toEqual(['Keller']);
    expect(names({ doNotContact: false })).toEqual(['Amrani', 'Dubois', 'Haddad', 'Okafor']);
  });
  it('last verified more than N months ago, never verified included', () => {
    // Dubois was verified 2 months ago, Amrani 20 months ago, Haddad never; the others 8 months ago.
    expect(names({ verifiedMonthsAgo: 12 })).toEqual(['Amrani', 'Haddad']);
    expect(names({ verifiedMonthsAgo: 6 })).toEqual(['Amrani', 'Haddad', 'Keller', 'Okafor']);
  });
  it('combines chips with AND', () => {
    expect(names({ role: 'spokesperson', language: 'fr' })).toEqual(['Dubois']);
    expect(names({ officeId: d.geneva, doNotContact: false })).toEqual(['Dubois']);
    expect(names({ regionId: d.europe, topic: 'migration', role: 'journalist' })).toEqual(['Okafor']);
    expect(names({ language: 'ar', country: 'EG', verifiedMonthsAgo: 12 })).toEqual(['Amrani', 'Haddad']);
  });
  it('composes with the search box', () => {
    expect(names({ query: 'genev', role: 'spokesperson' })).toEqual(['Dubois']);
    expect(names({ query: 'haddad', language: 'fr' })).toEqual([]);
    expect(names({ query: 'cairo', verifiedMonthsAgo: 12 })).toEqual(['Amrani']);
  });
  it('leaves archived contacts out unless asked, whatever the chips', () => {
    expect(names({ topic: 'migration', includeArchived: true })).toEqual(['Dubois', 'Okafor', 'Zeller']);
  });
  it('counts the whole match, not the page', () => {
    const { total, rows } = listContacts(opened.db, {
      offset: 0,
      limit: 1,
      sort: 'name',
      direction: 'asc',
      query: '',
      includeArchived: false,
      regionId: d.europe,
    });
    expect([rows.length, total]).toEqual([1, 3]);
  });
});
