import { describe, expect, it } from 'vitest';
import { loadColumnState, moveColumn, saveColumnState, type ColumnInfo } from './column-state';

const columns: ColumnInfo[] = [
  { id: 'name', sortable: true },
  { id: 'title', sortable: false },
  { id: 'office', sortable: true },
  { id: 'updatedAt', sortable: true, hiddenByDefault: true },
];
const defaultSort = { columnId: 'name', desc: false };

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

describe('column state', () => {
  it('defaults: declared order, hidden-by-default columns hidden, the default sort', () => {
    const state = loadColumnState(memoryStorage(), 'contacts', columns, defaultSort);
    expect(state).toEqual({
      order: ['name', 'title', 'office', 'updatedAt'],
      sizing: {},
      hidden: ['updatedAt'],
      sort: defaultSort,
    });
  });

  it('survives a save and a load, per table', () => {
    const storage = memoryStorage();
    const state = {
      order: ['office', 'name', 'title', 'updatedAt'],
      sizing: { name: 300 },
      hidden: ['title'],
      sort: { columnId: 'office', desc: true },
    };
    saveColumnState(storage, 'contacts', state);
    expect(loadColumnState(storage, 'contacts', columns, defaultSort)).toEqual(state);
    expect(loadColumnState(storage, 'offices', columns, defaultSort).order[0]).toBe('name');
  });

  it('drops columns the app no longer has and puts new ones after the column they follow by default', () => {
    const storage = memoryStorage({
      'pressdesk.table.contacts': JSON.stringify({
        order: ['office', 'gone', 'name'],
        sizing: { gone: 100 },
        hidden: ['gone'],
      }),
    });
    const state = loadColumnState(storage, 'contacts', columns, defaultSort);
    // title follows name by default; updatedAt follows office, which the person moved first.
    expect(state.order).toEqual(['office', 'updatedAt', 'name', 'title']);
    expect(state.sizing).toEqual({});
    expect(state.hidden).toEqual([]);
  });

  it('clamps widths and refuses a sort on a column that cannot sort', () => {
    const storage = memoryStorage({
      'pressdesk.table.contacts': JSON.stringify({
        order: ['name'],
        sizing: { name: 5, office: 99999, title: 'wide' },
        sort: { columnId: 'title', desc: true },
      }),
    });
    const state = loadColumnState(storage, 'contacts', columns, defaultSort);
    expect(state.sizing).toEqual({ name: 48, office: 1200 });
    expect(state.sort).toEqual(defaultSort);
  });

  it('never hides every column, and gives the defaults for unreadable data', () => {
    const all = memoryStorage({
      'pressdesk.table.contacts': JSON.stringify({ hidden: ['name', 'title', 'office', 'updatedAt'] }),
    });
    expect(loadColumnState(all, 'contacts', columns, defaultSort).hidden).toEqual(['updatedAt']);
    const broken = memoryStorage({ 'pressdesk.table.contacts': '{not json' });
    expect(loadColumnState(broken, 'contacts', columns, defaultSort).order).toEqual([
      'name',
      'title',
      'office',
      'updatedAt',
    ]);
  });

  it('moves a column by places or beside another', () => {
    const order = ['a', 'b', 'c', 'd'];
    expect(moveColumn(order, 'c', -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveColumn(order, 'a', -1)).toEqual(order);
    expect(moveColumn(order, 'a', { id: 'c', side: 'after' })).toEqual(['b', 'c', 'a', 'd']);
    expect(moveColumn(order, 'd', { id: 'a', side: 'before' })).toEqual(['d', 'a', 'b', 'c']);
    expect(moveColumn(order, 'x', 1)).toEqual(order);
  });
});
