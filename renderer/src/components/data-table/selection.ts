/**
 * Row selection by record id, able to say "all 100,000 rows of this query except these" without holding 100,000
 * ids: in `all` mode `ids` lists the exceptions. Ranges are resolved to ids by the caller, who knows which rows
 * sit between two positions.
 */
export interface Selection {
  readonly mode: 'some' | 'all';
  readonly ids: ReadonlySet<number>;
}

export const emptySelection: Selection = { mode: 'some', ids: new Set() };

export const isSelected = (sel: Selection, id: number): boolean =>
  sel.mode === 'all' ? !sel.ids.has(id) : sel.ids.has(id);

export const selectedCount = (sel: Selection, total: number): number =>
  sel.mode === 'all' ? Math.max(0, total - sel.ids.size) : sel.ids.size;

export const selectOnly = (id: number): Selection => ({ mode: 'some', ids: new Set([id]) });

export const selectAll = (): Selection => ({ mode: 'all', ids: new Set() });

export function toggle(sel: Selection, id: number): Selection {
  const ids = new Set(sel.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { mode: sel.mode, ids };
}

/**
 * Shift+click: exactly the rows from the anchor to the target. Ctrl/Cmd+Shift+click: that range added to what was
 * already selected.
 */
export function selectRange(sel: Selection, rangeIds: readonly number[], additive: boolean): Selection {
  if (!additive) return { mode: 'some', ids: new Set(rangeIds) };
  if (sel.mode === 'all') {
    const except = new Set(sel.ids);
    for (const id of rangeIds) except.delete(id);
    return { mode: 'all', ids: except };
  }
  return { mode: 'some', ids: new Set([...sel.ids, ...rangeIds]) };
}

/** The selected ids when they can be listed: `some` mode, or `all` mode once every row id is known. */
export function selectedIds(sel: Selection, allIds?: readonly number[]): number[] | undefined {
  if (sel.mode === 'some') return [...sel.ids];
  return allIds?.filter((id) => !sel.ids.has(id));
}

/** Inclusive, in either direction: the positions Shift+click or Shift+arrow covers. */
export function rangeBetween(a: number, b: number): [start: number, end: number] {
  return a <= b ? [a, b] : [b, a];
}
