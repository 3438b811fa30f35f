export interface SortState {
  readonly columnId: string;
  readonly desc: boolean;
}

/** What a person arranged in a table, remembered per table: order, widths, hidden columns, sort. */
export interface ColumnState {
  readonly order: readonly string[];
  readonly sizing: Readonly<Record<string, number>>;
  readonly hidden: readonly string[];
  readonly sort: SortState | null;
}

export interface ColumnInfo {
  readonly id: string;
  readonly sortable: boolean;
  readonly hiddenByDefault?: boolean;
}

export const MIN_COLUMN_WIDTH = 48;
export const MAX_COLUMN_WIDTH = 1200;

const storageKey = (tableId: string) => `pressdesk.table.${tableId}`;

export function defaultColumnState(columns: readonly ColumnInfo[], sort: SortState | null): ColumnState {
  return {
    order: columns.map((c) => c.id),
    sizing: {},
    hidden: columns.filter((c) => c.hiddenByDefault).map((c) => c.id),
    sort,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads the saved state, keeping only what still applies: columns removed from the app are dropped, columns added
 * since appear at their default place, widths are clamped, and a sort on a column that can no longer sort falls
 * back to the default. Anything unreadable gives the defaults.
 */
export function loadColumnState(
  storage: Pick<Storage, 'getItem'>,
  tableId: string,
  columns: readonly ColumnInfo[],
  defaultSort: SortState | null,
): ColumnState {
  const defaults = defaultColumnState(columns, defaultSort);
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(storageKey(tableId)) ?? 'null');
  } catch {
    return defaults;
  }
  if (!isRecord(saved)) return defaults;
  const known = new Set(columns.map((c) => c.id));

  const savedOrder = Array.isArray(saved.order)
    ? saved.order.filter((id): id is string => typeof id === 'string' && known.has(id))
    : [];
  const order = [...new Set(savedOrder)];
  columns.forEach((c, i) => {
    if (order.includes(c.id)) return;
    // A new column goes after the column that precedes it by default, or first.
    const before = columns
      .slice(0, i)
      .reverse()
      .find((p) => order.includes(p.id));
    order.splice(before ? order.indexOf(before.id) + 1 : 0, 0, c.id);
  });

  const sizing: Record<string, number> = {};
  if (isRecord(saved.sizing)) {
    for (const [id, w] of Object.entries(saved.sizing)) {
      if (known.has(id) && typeof w === 'number' && Number.isFinite(w)) {
        sizing[id] = Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, w)));
      }
    }
  }

  const savedHidden = Array.isArray(saved.hidden) ? saved.hidden : null;
  const hidden = savedHidden
    ? savedHidden.filter((id): id is string => typeof id === 'string' && known.has(id))
    : defaults.hidden;
  // Every column hidden would leave an unusable table.
  const visibleLeft = columns.some((c) => !hidden.includes(c.id));

  let sort = defaultSort;
  if (saved.sort === null) sort = null;
  else if (isRecord(saved.sort) && typeof saved.sort.columnId === 'string' && typeof saved.sort.desc === 'boolean') {
    const col = columns.find((c) => c.id === (saved.sort as { columnId: string }).columnId);
    if (col?.sortable) sort = { columnId: col.id, desc: saved.sort.desc };
  }

  return { order, sizing, hidden: visibleLeft ? [...new Set(hidden)] : defaults.hidden, sort };
}

export function saveColumnState(storage: Pick<Storage, 'setItem'>, tableId: string, state: ColumnState) {
  try {
    storage.setItem(storageKey(tableId), JSON.stringify(state));
  } catch {
    // A full or blocked storage only costs the remembered layout.
  }
}

export type ColumnMoveTarget = number | { readonly id: string; readonly side: 'before' | 'after' };

/** Moves a column by some places (column chooser buttons) or beside another (drag and drop on a header half). */
export function moveColumn(order: readonly string[], id: string, target: ColumnMoveTarget): string[] {
  const from = order.indexOf(id);
  if (from < 0) return [...order];
  const next = order.filter((c) => c !== id);
  let to: number;
  if (typeof target === 'number') to = Math.min(next.length, Math.max(0, from + target));
  else {
    const at = next.indexOf(target.id);
    if (at < 0) return [...order];
    to = target.side === 'before' ? at : at + 1;
  }
  next.splice(to, 0, id);
  return next;
}
