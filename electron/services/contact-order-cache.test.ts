import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import {
  insertContact,
  listContacts,
  setContactArchived,
  updateContact,
  type ContactListQuery,
} from '../../db/queries/contacts';
import { contactValues } from '../../db/testing/contact-values';
import { useTempDir } from '../../db/testing/temp-dir';
import { contactOrderOf, rankFirstKeysAhead } from './contact-order-cache';

const tempDir = useTempDir();
const open: OpenedDatabase[] = [];
afterEach(() => open.splice(0).forEach((o) => o.close()));

const names = (o: OpenedDatabase) =>
  [...contactOrderOf(o.db).byPos].map(
    (id) =>
      o.db.$client
        .prepare("SELECT given_name || ' ' || family_name FROM contacts WHERE id = ?")
        .pluck()
        .get(id) as string,
  );

/** What the search box asks for as a person types `query`. */
const search = (query: string): ContactListQuery => ({
  offset: 0,
  limit: 50,
  sort: 'relevance',
  direction: 'asc',
  query,
  includeArchived: false,
});

describe('the contact name order of a connection', () => {
  it('follows this connection’s inserts, renames, archiving and deletes', async () => {
    const o = await openDatabase(':memory:');
    open.push(o);
    const b = insertContact(o.db, contactValues({ givenName: 'Bea', familyName: 'Boon' }));
    insertContact(o.db, contactValues({ givenName: 'Cy', familyName: 'Cole' }));
    expect(names(o)).toEqual(['Bea Boon', 'Cy Cole']);
    const a = insertContact(o.db, contactValues({ givenName: 'Al', familyName: 'Abbot' }));
    expect(names(o)).toEqual(['Al Abbot', 'Bea Boon', 'Cy Cole']);
    updateContact(o.db, b, { familyName: 'Zed' });
    expect(names(o)).toEqual(['Al Abbot', 'Cy Cole', 'Bea Zed']);
    setContactArchived(o.db, a, true);
    expect(contactOrderOf(o.db).live).toBe(2);
    expect(contactOrderOf(o.db).archived[a]).toBe(1);
    o.db.$client.prepare('DELETE FROM contacts WHERE id = ?').run(a);
    expect(names(o)).toEqual(['Cy Cole', 'Bea Zed']);
  });

  it('is read again after another connection commits', async () => {
    const file = path.join(tempDir(), 'order.db');
    const writer = await openDatabase(file, { create: true });
    open.push(writer);
    insertContact(writer.db, contactValues({ givenName: 'Bea', familyName: 'Boon' }));
    const reader = await openDatabase(file, { readonly: true });
    open.push(reader);
    expect(names(reader)).toEqual(['Bea Boon']);
    insertContact(writer.db, contactValues({ givenName: 'Al', familyName: 'Abbot' }));
    expect(names(reader)).toEqual(['Al Abbot', 'Bea Boon']);
  });

  it('is not read again when nothing changed', async () => {
    const o = await openDatabase(':memory:');
    open.push(o);
    insertContact(o.db, contactValues({ givenName: 'Bea', familyName: 'Boon' }));
    const first = contactOrderOf(o.db);
    updateContact(o.db, 1, { notes: 'A note changes nobody’s place' });
    expect(contactOrderOf(o.db)).toBe(first);
  });

  it('answers a search again from memory, and forgets it after any write: an email is searched too', async () => {
    const o = await openDatabase(':memory:');
    open.push(o);
    const id = insertContact(o.db, contactValues({ givenName: 'Bea', familyName: 'Boon' }));
    const order = contactOrderOf(o.db);
    expect(listContacts(o.db, search('zebra'), order).total).toBe(0);
    expect(listContacts(o.db, search('zebra'), contactOrderOf(o.db)).total).toBe(0);
    listContacts(o.db, search('bea'), contactOrderOf(o.db));
    expect(order.searches.size).toBe(2);

    // Not a name: the order stays, but the searches it remembers must go.
    updateContact(o.db, id, { emails: [{ address: 'zebra@example.org', kind: null, preferred: true }] });
    expect(contactOrderOf(o.db)).toBe(order);
    expect(order.searches.size).toBe(0);
    expect(listContacts(o.db, search('zebra'), contactOrderOf(o.db)).rows.map((r) => r.id)).toEqual([id]);
  });

  it('forgets its searches after another connection commits', async () => {
    const file = path.join(tempDir(), 'searches.db');
    const writer = await openDatabase(file, { create: true });
    open.push(writer);
    const id = insertContact(writer.db, contactValues({ givenName: 'Bea', familyName: 'Boon' }));
    const reader = await openDatabase(file, { readonly: true });
    open.push(reader);
    const q: ContactListQuery = {
      offset: 0,
      limit: 50,
      sort: 'name',
      direction: 'asc',
      query: 'zebra',
      includeArchived: false,
    };
    expect(listContacts(reader.db, q, contactOrderOf(reader.db)).total).toBe(0);
    updateContact(writer.db, id, { topics: ['zebra crossings'] });
    expect(listContacts(reader.db, q, contactOrderOf(reader.db)).total).toBe(1);
  });
});

describe('ranking the first keys ahead of time', () => {
  afterEach(() => vi.useRealTimers());

  const keptKeys = (o: OpenedDatabase) => [...contactOrderOf(o.db).kept.keys()].map((k) => k.split('\u0000')[3]);

  it('ranks every first letter and digit while no request comes, and the box’s first key is then answered from it', async () => {
    vi.useFakeTimers();
    const o = await openDatabase(':memory:');
    open.push(o);
    insertContact(o.db, contactValues({ givenName: 'Gisèle', familyName: 'Abdi' }));
    insertContact(o.db, contactValues({ givenName: 'Amina', familyName: 'Garba' }));
    insertContact(o.db, contactValues({ givenName: 'Bea', familyName: 'Boon' }));
    rankFirstKeysAhead(o.db);
    vi.advanceTimersByTime(1000);
    const order = contactOrderOf(o.db);
    expect(order.kept.size).toBe(36);
    expect(keptKeys(o)).toContain('g');
    // The first key as typed, capitals and accents aside, is the kept search: nothing new is ranked or remembered.
    const page = listContacts(o.db, search('G'), order);
    expect(page.rows.map((r) => `${r.givenName} ${r.familyName}`)).toEqual(['Gisèle Abdi', 'Amina Garba']);
    expect(order.searches.size).toBe(0);
  });

  it('ranks again after a write once the contacts are asked for, waiting while requests come', async () => {
    vi.useFakeTimers();
    const o = await openDatabase(':memory:');
    open.push(o);
    const id = insertContact(o.db, contactValues({ givenName: 'Bea', familyName: 'Boon' }));
    rankFirstKeysAhead(o.db);
    vi.advanceTimersByTime(1000);
    expect(listContacts(o.db, search('z'), contactOrderOf(o.db)).total).toBe(0);

    updateContact(o.db, id, { topics: ['zoonoses'] });
    // Nobody asks for the contacts after the write: nothing is ranked again.
    vi.advanceTimersByTime(1000);
    expect(contactOrderOf(o.db).kept.size).toBe(0);
    // A request every 100 ms: the connection is never idle for long enough.
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(100);
      contactOrderOf(o.db);
    }
    expect(contactOrderOf(o.db).kept.size).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(contactOrderOf(o.db).kept.size).toBe(36);
    expect(listContacts(o.db, search('z'), contactOrderOf(o.db)).rows.map((r) => r.id)).toEqual([id]);
  });

  it('stops at a write in the middle, and starts again from the next request', async () => {
    vi.useFakeTimers();
    const o = await openDatabase(':memory:');
    open.push(o);
    const id = insertContact(o.db, contactValues({ givenName: 'Bea', familyName: 'Boon' }));
    rankFirstKeysAhead(o.db);
    vi.advanceTimersToNextTimer();
    const order = contactOrderOf(o.db);
    expect(order.kept.size).toBe(1);
    updateContact(o.db, id, { topics: ['zoonoses'] });
    vi.advanceTimersByTime(5000);
    expect(order.kept.size).toBe(1);
    expect(contactOrderOf(o.db).kept.size).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(contactOrderOf(o.db).kept.size).toBe(36);
  });

  it('stops when told to, or when the connection is closed', async () => {
    vi.useFakeTimers();
    const o = await openDatabase(':memory:');
    open.push(o);
    insertContact(o.db, contactValues({ givenName: 'Bea', familyName: 'Boon' }));
    rankFirstKeysAhead(o.db)();
    vi.advanceTimersByTime(1000);
    expect(contactOrderOf(o.db).kept.size).toBe(0);

    const closing = await openDatabase(':memory:');
    rankFirstKeysAhead(closing.db);
    closing.close();
    expect(() => vi.advanceTimersByTime(1000)).not.toThrow();
  });
});
