import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../open';
import { seedDemo } from '../seed/seed-demo';
import { contactValues } from '../testing/contact-values';
import { readContactOrder } from './contact-order';
import { insertContact, listContacts, setContactArchived, type ContactListQuery } from './contacts';

let opened: OpenedDatabase;

beforeAll(async () => {
  opened = await openDatabase(':memory:');
  seedDemo(opened.db, { contacts: 1500, seed: 7 });
  const db = opened.db;
  // Namesakes (the order falls back to ids), case that NOCASE folds, and archived people among the matches.
  for (const [given, family] of [
    ['Amina', 'Diallo'],
    ['amina', 'DIALLO'],
    ['Amina', 'Diallo'],
    ['Zoé', 'Ängström'],
  ] as const)
    insertContact(db, contactValues({ givenName: given, familyName: family }));
  for (let id = 3; id <= 1500; id += 37) setContactArchived(db, id, true);
});

afterAll(() => opened.close());

const queries = [
  '',
  'a',
  'c',
  'di',
  'amina diallo',
  'Amina',
  'geneve',
  'Genève',
  'gen',
  'oim',
  'press',
  '+41 22',
  '0041',
  'zzzz',
];

describe('the search box pages from the name order in memory', () => {
  it('are the rows, order and totals SQL gives, for every sort, direction, page and archive setting', () => {
    const order = readContactOrder(opened.db);
    let compared = 0;
    for (const query of queries)
      for (const sort of ['name', 'relevance'] as const)
        for (const direction of ['asc', 'desc'] as const)
          for (const includeArchived of [false, true])
            for (const [offset, limit] of [
              [0, 100],
              [100, 100],
              [700, 50],
              [1490, 100],
            ] as const) {
              const q: ContactListQuery = { offset, limit, sort, direction, query, includeArchived };
              const fromSql = listContacts(opened.db, q);
              const fromOrder = listContacts(opened.db, q, order);
              expect(fromOrder.total, JSON.stringify(q)).toBe(fromSql.total);
              expect(
                fromOrder.rows.map((r) => r.id),
                JSON.stringify(q),
              ).toEqual(fromSql.rows.map((r) => r.id));
              compared += fromSql.rows.length;
            }
    // The comparison saw real pages, not empty ones.
    expect(compared).toBeGreaterThan(10_000);
  });

  it('leaves filter chips and other sorts to SQL', () => {
    const order = readContactOrder(opened.db);
    for (const chip of [{ role: 'spokesperson' as const }, { language: 'fr' }, { doNotContact: false }]) {
      const ranked: ContactListQuery = {
        offset: 0,
        limit: 50,
        sort: 'relevance',
        direction: 'asc',
        query: 'a',
        includeArchived: false,
        ...chip,
      };
      expect(listContacts(opened.db, ranked, order), JSON.stringify(chip)).toEqual(listContacts(opened.db, ranked));
    }
    const q: ContactListQuery = {
      offset: 0,
      limit: 20,
      sort: 'country',
      direction: 'asc',
      query: 'a',
      includeArchived: false,
      role: 'spokesperson',
    };
    expect(listContacts(opened.db, q, order)).toEqual(listContacts(opened.db, q));
  });

  it('counts archived contacts apart', () => {
    const order = readContactOrder(opened.db);
    const archived = opened.db.$client
      .prepare('SELECT count(*) FROM contacts WHERE archived_at IS NOT NULL')
      .pluck()
      .get();
    expect(order.byPos.length - order.live).toBe(archived);
    expect(archived).toBeGreaterThan(30);
  });
});
