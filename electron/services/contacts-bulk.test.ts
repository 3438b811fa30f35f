import { beforeEach, describe, expect, it } from 'vitest';
import { seedFilterDirectory, type FilterDirectory } from '../../db/queries/contacts-bulk.testing';
import type { ChannelInput } from '../ipc/contract';
import { useMemoryApi } from '../testing/memory-api';

const { db, call, ok } = useMemoryApi();
let d: FilterDirectory;

beforeEach(() => {
  d = seedFilterDirectory(db());
});
const listTotal = async (filter: ChannelInput<'contacts:list'>['filter']) =>
  (await ok('contacts:list', { filter })).total;

describe('contacts:bulk and contacts:bulk-undo', () => {
  it('tags everything a filter matches less the unticked rows, then undoes it', async () => {
    const done = await ok('contacts:bulk', {
      target: { filter: { query: '', regionId: d.europe }, exceptIds: [d.ids.keller] },
      action: { kind: 'addTag', tag: 'Floods' },
    });
    expect(done).toMatchObject({ kind: 'addTag', matched: 2, changed: 2 });
    expect(await listTotal({ topic: 'floods' })).toBe(2);
    const undone = await ok('contacts:bulk-undo', { undoToken: done.undoToken! });
    expect(undone).toEqual({ kind: 'addTag', restored: 2 });
    expect(await listTotal({ topic: 'floods' })).toBe(0);
  });

  it('undoes only the last action, and only once', async () => {
    const first = await ok('contacts:bulk', { target: { ids: [d.ids.dubois] }, action: { kind: 'markVerified' } });
    const second = await ok('contacts:bulk', { target: { ids: [d.ids.okafor] }, action: { kind: 'archive' } });
    const stale = await call('contacts:bulk-undo', { undoToken: first.undoToken! });
    expect(stale).toMatchObject({ ok: false, error: { kind: 'Conflict', message: /Only the last bulk action/ } });
    await ok('contacts:bulk-undo', { undoToken: second.undoToken! });
    const twice = await call('contacts:bulk-undo', { undoToken: second.undoToken! });
    expect(twice).toMatchObject({ ok: false, error: { kind: 'Conflict' } });
  });

  it('refuses to undo over an edit made since, and says so', async () => {
    const done = await ok('contacts:bulk', {
      target: { ids: [d.ids.dubois, d.ids.okafor] },
      action: { kind: 'setDoNotContact', reason: 'Retired' },
    });
    await ok('contacts:update', { id: d.ids.okafor, patch: { notes: 'Now freelance' } });
    const refused = await call('contacts:bulk-undo', { undoToken: done.undoToken! });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'Conflict', message: /1 of the 2 records/ } });
    expect((await ok('contacts:get', { id: d.ids.dubois })).doNotContactReason).toBe('Retired');
  });

  it('adds to an existing list and refuses a list that does not exist', async () => {
    const list = await ok('lists:create', { name: 'Floods briefing' });
    const done = await ok('contacts:bulk', {
      target: { ids: [d.ids.dubois, d.ids.amrani] },
      action: { kind: 'addToList', listId: list.id },
    });
    expect(done.changed).toBe(2);
    expect((await ok('lists:get', { id: list.id })).counts.members).toBe(2);
    const missing = await call('contacts:bulk', {
      target: { ids: [d.ids.dubois] },
      action: { kind: 'addToList', listId: 9999 },
    });
    expect(missing).toMatchObject({ ok: false, error: { kind: 'NotFound' } });
  });

  it('offers no undo when nothing changed', async () => {
    const done = await ok('contacts:bulk', { target: { ids: [d.ids.zeller] }, action: { kind: 'archive' } });
    expect(done).toEqual({ kind: 'archive', matched: 1, changed: 0, undoToken: null });
  });

  it('lists topics for the filter picker', async () => {
    expect(await ok('contacts:topics', {})).toEqual({ rows: [{ name: 'Migration', contacts: 3 }] });
  });
});
