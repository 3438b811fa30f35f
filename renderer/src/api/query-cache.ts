import { ApiError } from './api-error';

export interface QuerySnapshot<T> {
  readonly data: T | undefined;
  readonly error: ApiError | undefined;
  /** True while a request is in flight, including a refresh that keeps showing the previous data. */
  readonly fetching: boolean;
}

interface Entry {
  snapshot: QuerySnapshot<unknown>;
  tags: readonly string[];
  fetcher: () => Promise<unknown>;
  stale: boolean;
  /** Bumped on every request, so a slow old answer never overwrites a newer one. */
  generation: number;
  listeners: Set<() => void>;
}

const empty: QuerySnapshot<never> = { data: undefined, error: undefined, fetching: false };

const toApiError = (e: unknown): ApiError =>
  e instanceof ApiError ? e : new ApiError('Internal', e instanceof Error ? e.message : String(e));

/** How many unwatched results to keep, so going back to a page shows it at once. */
const KEEP_UNWATCHED = 100;

/**
 * A small read cache keyed by request: watched entries refresh when a write invalidates one of their tags,
 * unwatched ones are dropped on invalidation and trimmed oldest first.
 */
export class QueryCache {
  private readonly entries = new Map<string, Entry>();
  private readonly invalidationListeners = new Set<(tags: readonly string[]) => void>();

  read<T>(key: string): QuerySnapshot<T> {
    return (this.entries.get(key)?.snapshot ?? empty) as QuerySnapshot<T>;
  }

  subscribe(key: string, listener: () => void): () => void {
    const entry = this.entries.get(key);
    if (!entry) throw new Error(`subscribe before ensure: ${key}`);
    entry.listeners.add(listener);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0) this.trim();
    };
  }

  /** Creates the entry if needed and fetches when it has no fresh data and nothing in flight. */
  ensure(key: string, fetcher: () => Promise<unknown>, tags: readonly string[]): void {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { snapshot: empty, tags, fetcher, stale: true, generation: 0, listeners: new Set() };
      this.entries.set(key, entry);
    } else {
      // Map order is recency order for trimming.
      this.entries.delete(key);
      this.entries.set(key, entry);
      entry.fetcher = fetcher;
    }
    if (entry.stale && !entry.snapshot.fetching) this.fetch(entry);
  }

  invalidate(tags: readonly string[]): void {
    if (tags.length === 0) return;
    for (const [key, entry] of this.entries) {
      if (!entry.tags.some((t) => tags.includes(t))) continue;
      if (entry.listeners.size === 0) this.entries.delete(key);
      else {
        entry.stale = true;
        this.fetch(entry);
      }
    }
    for (const listener of this.invalidationListeners) listener(tags);
  }

  /** For caches that keep their own pages (the data table), so they refresh with everything else. */
  onInvalidate(listener: (tags: readonly string[]) => void): () => void {
    this.invalidationListeners.add(listener);
    return () => this.invalidationListeners.delete(listener);
  }

  private fetch(entry: Entry): void {
    const generation = ++entry.generation;
    entry.stale = false;
    this.update(entry, { ...entry.snapshot, fetching: true });
    entry.fetcher().then(
      (data) => {
        if (generation === entry.generation) this.update(entry, { data, error: undefined, fetching: false });
      },
      (error: unknown) => {
        if (generation === entry.generation) {
          this.update(entry, { data: entry.snapshot.data, error: toApiError(error), fetching: false });
        }
      },
    );
  }

  private update(entry: Entry, snapshot: QuerySnapshot<unknown>): void {
    entry.snapshot = snapshot;
    for (const listener of entry.listeners) listener();
  }

  private trim(): void {
    let unwatched = 0;
    for (const entry of this.entries.values()) if (entry.listeners.size === 0) unwatched++;
    for (const [key, entry] of this.entries) {
      if (unwatched <= KEEP_UNWATCHED) break;
      if (entry.listeners.size === 0) {
        this.entries.delete(key);
        unwatched--;
      }
    }
  }
}

export const queryCache = new QueryCache();
