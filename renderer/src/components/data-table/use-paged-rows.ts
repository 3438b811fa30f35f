import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { queryCache } from '../../api/query-cache';
import { PagedRows, type Page } from './paged-rows';

export interface PagedRowsView<T> {
  /** The rows of the current query, where requests go. */
  readonly current: PagedRows<T>;
  /**
   * What to show: the current rows once their first page arrived, until then the previous query's, so typing in
   * the search box swaps results in place instead of flashing an empty table.
   */
  readonly shown: PagedRows<T>;
}

/** Three frames: a fling fetches the window it is passing every 50 ms rather than at every frame. */
const FETCH_INTERVAL_MS = 50;

/**
 * One PagedRows per query key; a write that touches one of `tags` refreshes it in place. The fetcher is taken when
 * the key changes: the key stands for everything the fetcher depends on, so a new closure with the same key does
 * not refetch, and the first request of a new key never goes out with the old fetcher.
 */
export function usePagedRows<T>(
  queryKey: string,
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  tags: readonly string[],
): PagedRowsView<T> {
  const current = useMemo(() => {
    const rows = new PagedRows<T>(fetchPage, { fetchInterval: FETCH_INTERVAL_MS });
    // A new query starts at the top: its first page goes out while React renders the page around it, instead of
    // waiting for the table's first paint to report which rows are on screen (about 100 ms when the app opens).
    rows.request(0, 0);
    return rows;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for everything the fetcher depends on
  }, [queryKey]);
  const tagList = tags.join(' ');
  useEffect(
    () =>
      queryCache.onInvalidate((changed) => {
        if (changed.some((t) => tagList.split(' ').includes(t))) current.invalidate();
      }),
    [current, tagList],
  );
  useSyncExternalStore(
    (l) => current.subscribe(l),
    () => current.version,
  );

  const settled = useRef<PagedRows<T> | null>(null);
  const ready = current.total !== undefined || current.error !== undefined;
  useEffect(() => {
    if (ready) settled.current = current;
  });
  const shown = ready || !settled.current ? current : settled.current;
  return { current, shown };
}
