import type { SortState } from '../../components/data-table/column-state';

/** The table's sort as the API's, falling back to the default column if the saved one is not a sort key. */
export function sortFor<C extends string>(
  sort: SortState | null,
  columns: readonly C[],
  fallback: C,
): { column: C; direction: 'asc' | 'desc' } {
  const column = columns.find((c) => c === sort?.columnId) ?? fallback;
  return { column, direction: sort?.desc ? 'desc' : 'asc' };
}
