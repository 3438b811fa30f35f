import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedSheetDirectory } from '../../electron/services/export/testing/directory';
import { openDatabase, type OpenedDatabase } from '../open';
import { setContactArchived, updateContact } from './contacts';
import {
  getList,
  handoffRecipients,
  insertList,
  listCounts,
  listMembers,
  removeMembers,
  resetMembers,
  setMembers,
  type ListRecord,
} from './lists';

let opened: OpenedDatabase;
let ids: ReturnType<typeof seedSheetDirectory>['ids'];
let offices: ReturnType<typeof seedSheetDirectory>['offices'];
const TODAY = '2026-03-12';

beforeEach(async () => {
  opened = await openDatabase(':memory:');
  ({ ids, offices } = seedSheetDirectory(opened.db));
});
afterEach(() => opened.close());

const page = { offset: 0, limit: 100, sort: 'name' as const, direction: 'asc' as const, today: TODAY, lang: 'en' };
const memberIds = (list: ListRecord, status: 'all' | 'sendable' | 'warnings' | 'excluded' = 'all') =>
  listMembers(opened.db, list, { ...page, status }).rows.map((r) => r.id);

function smartList(filter: ListRecord['filter']) {
  const id = insertList(opened.db, { name: 'Geneva press', description: '', owner: 'Press office', filter });
  return getList(opened.db, id)!;
}

describe('distribution list membership', () => {
  it('is the filter evaluated live, plus people added by hand, minus people excluded by hand', () => {
    const list = smartList({ query: '', officeId: offices.geneva, includeArchived: false });
    expect(memberIds(list).sort()).toEqual([ids.helene, ids.inigo].sort());
    setMembers(opened.db, list.id, [ids.samer, ids.formula], 'include');
    setMembers(opened.db, list.id, [ids.inigo], 'exclude');
    expect(memberIds(list).sort()).toEqual([ids.helene, ids.samer, ids.formula].sort());
    // A contact who moves into the filter's office joins; one who leaves it goes.
    updateContact(opened.db, ids.quiet, { officeId: offices.geneva });
    updateContact(opened.db, ids.helene, { officeId: offices.cairo });
    expect(memberIds(list).sort()).toEqual([ids.samer, ids.formula, ids.quiet].sort());
    expect(listCounts(opened.db, list, TODAY)).toEqual({
      members: 3,
      sendable: 2,
      doNotContact: 1,
      archived: 0,
      noEmail: 0,
      byFilter: 1,
      addedByHand: 2,
      excludedByHand: 1,
    });
    expect(memberIds(list, 'excluded')).toEqual([ids.inigo]);
  });

  it('flags do-not-contact (until its date passes), archived and address-less members, with the reason', () => {
    const list = smartList(null);
    setMembers(opened.db, list.id, Object.values(ids), 'include');
    updateContact(opened.db, ids.quiet, { doNotContactUntil: TODAY });
    updateContact(opened.db, ids.inigo, { emails: [] });
    setContactArchived(opened.db, ids.samer, true);
    const rows = listMembers(opened.db, list, { ...page, status: 'all' }).rows;
    const warnings = Object.fromEntries(rows.map((r) => [r.id, r.warnings]));
    expect(warnings[ids.quiet]).toEqual(['do-not-contact']);
    expect(warnings[ids.inigo]).toEqual(['no-email']);
    expect(warnings[ids.samer]).toEqual(['archived']);
    expect(warnings[ids.helene]).toEqual([]);
    expect(rows.find((r) => r.id === ids.quiet)?.doNotContactReason).toBe('Asked not to be contacted');
    expect(memberIds(list, 'sendable').sort()).toEqual([ids.helene, ids.formula].sort());
    expect(memberIds(list, 'warnings')).toHaveLength(3);
    // The day after "until", the mark has lapsed.
    const tomorrow = listMembers(opened.db, list, { ...page, status: 'sendable', today: '2026-03-13' }).rows;
    expect(tomorrow.map((r) => r.id)).toContain(ids.quiet);
    const { recipients, unreachable } = handoffRecipients(opened.db, list, TODAY);
    expect(recipients.map((r) => r.email).sort()).toEqual(['formula@example.org', 'hlefevre@iom.int']);
    expect(unreachable.map((u) => [u.id, u.reason]).sort()).toEqual(
      [
        [ids.inigo, 'no-email'],
        [ids.quiet, 'do-not-contact'],
        [ids.samer, 'archived'],
      ].sort(),
    );
  });

  it('removes people whatever brought them on, and a reset hands them back to the filter', () => {
    const list = smartList({ query: '', officeId: offices.geneva, includeArchived: false });
    setMembers(opened.db, list.id, [ids.samer], 'include');
    expect(removeMembers(opened.db, list, [ids.samer, ids.helene, ids.quiet])).toBe(2);
    expect(memberIds(list)).toEqual([ids.inigo]);
    // Helene matched the filter, so she is excluded by hand; Samer was only added, so his row is gone.
    expect(memberIds(list, 'excluded')).toEqual([ids.helene]);
    expect(resetMembers(opened.db, list.id, [ids.helene])).toBe(1);
    expect(memberIds(list).sort()).toEqual([ids.helene, ids.inigo].sort());
  });

  it('changes membership in bulk in one transaction, ignoring ids that are not contacts', () => {
    const list = smartList(null);
    expect(setMembers(opened.db, list.id, [ids.helene, ids.inigo, 999_999], 'include')).toBe(2);
    expect(setMembers(opened.db, list.id, [ids.helene, ids.inigo], 'include')).toBe(0);
    expect(setMembers(opened.db, list.id, [ids.helene], 'exclude')).toBe(1);
    expect(memberIds(list)).toEqual([ids.inigo]);
    const before = opened.db.$client.prepare('SELECT count(*) FROM distribution_list_members').pluck().get();
    // A failure half-way (here: the list is gone) leaves nothing half-written.
    expect(() => setMembers(opened.db, 424242, [ids.helene, ids.samer], 'include')).toThrow();
    expect(opened.db.$client.prepare('SELECT count(*) FROM distribution_list_members').pluck().get()).toBe(before);
  });

  it('narrows hand-off recipients to a batch and re-checks them', () => {
    const list = smartList(null);
    setMembers(opened.db, list.id, [ids.helene, ids.inigo, ids.quiet], 'include');
    const batch = handoffRecipients(opened.db, list, TODAY, [ids.helene, ids.quiet]);
    expect(batch.recipients.map((r) => r.id)).toEqual([ids.helene]);
    expect(batch.unreachable.map((u) => u.id)).toEqual([ids.quiet]);
  });
});
