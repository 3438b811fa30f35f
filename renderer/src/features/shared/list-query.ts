import type { SortState } from '../../components/data-table/column-state';

/**
 * Coalesces a burst of keystrokes (a paste, a fast typist) into one query while adding almost nothing to the
 * keystroke-to-rows time, which the FTS index keeps in single milliseconds.
 */
export const SEARCH_DEBOUNCE_MS = 25;

/** The table's sort as the API's, falling back to the default column if the saved one is not a sort key. */
export function sortFor<C extends string>(
  sort: SortState | null,
  columns: readonly C[],
  fallback: C,
): { column: C; direction: 'asc' | 'desc' } {
  const column = columns.find((c) => c === sort?.columnId) ?? fallback;
  return { column, direction: sort?.desc ? 'desc' : 'asc' };
}
