import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../open';
import { getContact, updateContact } from './contacts';
import { applyBulkChange, bulkUndoConflicts, contactTopics, resolveBulkTarget, undoBulkChange } from './contacts-bulk';
import { seedFilterDirectory, type FilterDirectory } from './contacts-bulk.testing';
import { insertList, setMembers } from './lists';

let opened: OpenedDatabase;
let d: FilterDirectory;

beforeEach(async () => {
  opened = await openDatabase(':memory:');
  d = seedFilterDirectory(opened.db);
});
afterEach(() => opened.close());

const sql = () => opened.db.$client;
/** Every row a bulk action may touch, to compare before and after byte for byte. */
const snapshot = () => ({
  contacts: sql().prepare('SELECT * FROM contacts ORDER BY id').all(),
  tags: sql().prepare('SELECT * FROM contact_tags ORDER BY contact_id, tag_id').all(),
  members: sql().prepare('SELECT * FROM distribution_list_members ORDER BY list_id, contact_id').all(),
});
const topicsOf = (id: number) => getContact(opened.db, id)!.topics;
const search = (text: string) =>
  sql().prepare('SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? ORDER BY rowid').pluck().all(text);

describe('bulk target', () => {
  it('takes explicit ids, dropping ids that are not contacts', () => {
    expect(resolveBulkTarget(opened.db, { ids: [d.ids.okafor, 99_999, d.ids.dubois] })).toEqual(
      [d.ids.dubois, d.ids.okafor].sort((a, b) => a - b),
    );
  });
  it('takes a filter less the rows unticked, without listing the matches', () => {
    const filter = { query: '', regionId: d.europe, includeArchived: false };
    expect(resolveBulkTarget(opened.db, { filter, exceptIds: [d.ids.keller] })).toEqual([d.ids.dubois, d.ids.okafor]);
    expect(resolveBulkTarget(opened.db, { filter: { query: '', includeArchived: false }, exceptIds: [] })).toHaveLength(
      5,
    );
  });
});

describe('bulk actions and undo', () => {
  it('tags the people not tagged yet, re-indexes search, and undo restores exactly', () => {
    const before = snapshot();
    const target = { ids: [d.ids.dubois, d.ids.keller, d.ids.amrani] };
    const result = applyBulkChange(opened.db, target, { kind: 'addTag', tag: 'Floods' });
    expect([result.matched, result.changed]).toEqual([3, 3]);
    expect(topicsOf(d.ids.keller)).toEqual(['Floods']);
    expect(search('floods')).toHaveLength(3);
    const again = applyBulkChange(opened.db, target, { kind: 'addTag', tag: 'floods' });
    expect([again.matched, again.changed, again.undo]).toEqual([3, 0, null]);
    undoBulkChange(opened.db, result.undo!);
    const after = snapshot();
    expect(after).toEqual(before);
    expect(search('floods')).toEqual([]);
  });

  it('removes a tag and puts it back', () => {
    const before = snapshot();
    const result = applyBulkChange(
      opened.db,
      { filter: { query: '', includeArchived: true }, exceptIds: [] },
      { kind: 'removeTag', tag: 'MIGRATION' },
    );
    expect([result.matched, result.changed]).toEqual([6, 3]);
    expect(topicsOf(d.ids.okafor)).toEqual([]);
    undoBulkChange(opened.db, result.undo!);
    expect(snapshot()).toEqual(before);
  });

  it('sets and clears do-not-contact with its reason, and undo brings back the old reasons', () => {
    const before = snapshot();
    const target = { ids: [d.ids.keller, d.ids.okafor] };
    const set = applyBulkChange(opened.db, target, { kind: 'setDoNotContact', reason: 'Left the outlet', until: null });
    expect(set.changed).toBe(2);
    expect(getContact(opened.db, d.ids.keller)!.doNotContactReason).toBe('Left the outlet');
    undoBulkChange(opened.db, set.undo!);
    expect(snapshot()).toEqual(before);
    const clear = applyBulkChange(opened.db, target, { kind: 'clearDoNotContact' });
    expect(clear.changed).toBe(1);
    expect(getContact(opened.db, d.ids.keller)!.doNotContact).toBe(false);
    undoBulkChange(opened.db, clear.undo!);
    expect(snapshot()).toEqual(before);
  });

  it('marks verified today and archives, both undoable', () => {
    const before = snapshot();
    const target = { ids: [d.ids.haddad, d.ids.amrani] };
    const verified = applyBulkChange(opened.db, target, { kind: 'markVerified' }, '2030-01-02T10:00:00.000Z');
    expect(getContact(opened.db, d.ids.haddad)!.lastVerifiedAt).toBe('2030-01-02T10:00:00.000Z');
    undoBulkChange(opened.db, verified.undo!);
    const archived = applyBulkChange(opened.db, target, { kind: 'archive' });
    expect(archived.changed).toBe(2);
    expect(getContact(opened.db, d.ids.amrani)!.archivedAt).not.toBeNull();
    undoBulkChange(opened.db, archived.undo!);
    expect(snapshot()).toEqual(before);
  });

  it('adds to a list, keeping who was already on it by hand, and undo takes off only the newcomers', () => {
    const listId = insertList(opened.db, { name: 'Floods', description: '', owner: null, filter: null });
    setMembers(opened.db, listId, [d.ids.dubois], 'include');
    setMembers(opened.db, listId, [d.ids.keller], 'exclude');
    const before = snapshot();
    const result = applyBulkChange(
      opened.db,
      { ids: [d.ids.dubois, d.ids.keller, d.ids.okafor] },
      { kind: 'addToList', listId },
    );
    expect([result.matched, result.changed]).toEqual([3, 2]);
    undoBulkChange(opened.db, result.undo!);
    expect(snapshot().members).toEqual(before.members);
  });

  it('changes nothing at all when a statement fails half-way', () => {
    // Tagging writes the tag, then the tag rows, then stamps the contacts; the stamp fails on one contact, after
    // the tag and its rows were written.
    sql()
      .prepare(
        `CREATE TEMP TRIGGER fail_mid_bulk AFTER UPDATE OF updated_at ON contacts WHEN new.id = ${d.ids.okafor}
         BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
      )
      .run();
    const before = snapshot();
    const tagCount = () => sql().prepare('SELECT count(*) FROM tags').pluck().get();
    const tagsBefore = tagCount();
    expect(() =>
      applyBulkChange(
        opened.db,
        { ids: [d.ids.dubois, d.ids.keller, d.ids.okafor, d.ids.haddad] },
        { kind: 'addTag', tag: 'Floods' },
      ),
    ).toThrow(/disk full/);
    expect(snapshot()).toEqual(before);
    expect(tagCount()).toBe(tagsBefore);
    expect(search('floods')).toEqual([]);
  });

  it('reports records changed since the bulk action, so undo can refuse', () => {
    const result = applyBulkChange(opened.db, { ids: [d.ids.dubois, d.ids.okafor] }, { kind: 'addTag', tag: 'Floods' });
    expect(bulkUndoConflicts(opened.db, result.undo!)).toBe(0);
    updateContact(opened.db, d.ids.okafor, { notes: 'Moved to radio' });
    expect(bulkUndoConflicts(opened.db, result.undo!)).toBe(1);
  });

  it('lists the topics in use with their counts', () => {
    expect(contactTopics(opened.db)).toEqual([{ name: 'Migration', contacts: 3 }]);
  });
});
