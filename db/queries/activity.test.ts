import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedSheetDirectory } from '../../electron/services/export/testing/directory';
import { openDatabase, type OpenedDatabase } from '../open';
import { contactActivity, recordActivity, recordContactActivity } from './activity';
import { insertList } from './lists';

let opened: OpenedDatabase;
beforeEach(async () => {
  opened = await openDatabase(':memory:');
});
afterEach(() => opened.close());

describe('activity', () => {
  it('records one row per contact in one statement, skipping ids that are not contacts', () => {
    const { ids } = seedSheetDirectory(opened.db);
    const listId = insertList(opened.db, { name: 'Press', description: '', owner: null, filter: null });
    const written = recordContactActivity(
      opened.db,
      { kind: 'sent', contactIds: [ids.helene, ids.inigo, 999], listId, detail: { via: 'eml', batch: 1 } },
      '2026-03-12T10:00:00.000Z',
    );
    expect(written).toBe(2);
    recordContactActivity(
      opened.db,
      { kind: 'exported', contactIds: [ids.helene], detail: { format: 'pdf' } },
      '2026-03-13T10:00:00.000Z',
    );
    recordActivity(opened.db, { kind: 'created', subject: 'list', listId, detail: { name: 'Press' } });
    expect(recordContactActivity(opened.db, { kind: 'sent', contactIds: [], detail: {} })).toBe(0);

    const { rows, total } = contactActivity(opened.db, ids.helene, { offset: 0, limit: 10 });
    expect(total).toBe(2);
    expect(rows.map((r) => [r.kind, r.listName, r.detail])).toEqual([
      ['exported', null, { format: 'pdf' }],
      ['sent', 'Press', { via: 'eml', batch: 1 }],
    ]);
  });
});
