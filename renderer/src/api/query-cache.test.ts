import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { domainOf, invalidatedBy, isReadChannel } from './invalidation';
import { QueryCache } from './query-cache';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('QueryCache', () => {
  it('fetches once for a key, shares the answer, and tells watchers', async () => {
    const cache = new QueryCache();
    let calls = 0;
    const fetcher = () => Promise.resolve(++calls);
    let notified = 0;
    cache.ensure('a', fetcher, ['contacts']);
    cache.subscribe('a', () => notified++);
    cache.ensure('a', fetcher, ['contacts']);
    await tick();
    expect(cache.read('a')).toEqual({ data: 1, error: undefined, fetching: false });
    expect(calls).toBe(1);
    expect(notified).toBeGreaterThan(0);
  });

  it('refreshes watched entries on invalidation, keeping the old data meanwhile; drops unwatched ones', async () => {
    const cache = new QueryCache();
    let version = 1;
    cache.ensure('watched', () => Promise.resolve(version), ['contacts']);
    cache.subscribe('watched', () => {});
    cache.ensure('unwatched', () => Promise.resolve(version), ['contacts']);
    cache.ensure('other', () => Promise.resolve(version), ['regions']);
    await tick();
    version = 2;
    cache.invalidate(['contacts']);
    expect(cache.read('watched')).toMatchObject({ data: 1, fetching: true });
    expect(cache.read('unwatched').data).toBeUndefined();
    await tick();
    expect(cache.read('watched').data).toBe(2);
    expect(cache.read('other').data).toBe(1);
  });

  it('never lets a slow old answer overwrite a newer one', async () => {
    const cache = new QueryCache();
    const resolvers: ((v: string) => void)[] = [];
    cache.ensure('k', () => new Promise<string>((r) => resolvers.push(r)), ['t']);
    cache.subscribe('k', () => {});
    cache.invalidate(['t']);
    resolvers[1]!('new');
    resolvers[0]!('old');
    await tick();
    expect(cache.read('k').data).toBe('new');
  });

  it('keeps errors typed, and the last good data beside them', async () => {
    const cache = new QueryCache();
    let fail = false;
    cache.ensure('k', () => (fail ? Promise.reject(new Error('boom')) : Promise.resolve('ok')), ['t']);
    cache.subscribe('k', () => {});
    await tick();
    fail = true;
    cache.invalidate(['t']);
    await tick();
    const snapshot = cache.read('k');
    expect(snapshot.data).toBe('ok');
    expect(snapshot.error).toBeInstanceOf(ApiError);
    expect(snapshot.error?.kind).toBe('Internal');
  });

  it('lets page caches listen to invalidations', () => {
    const cache = new QueryCache();
    const seen: string[][] = [];
    const stop = cache.onInvalidate((tags) => seen.push([...tags]));
    cache.invalidate(['offices']);
    stop();
    cache.invalidate(['contacts']);
    expect(seen).toEqual([['offices']]);
  });
});

describe('invalidation', () => {
  it('reads never invalidate; writes refresh their domain and the ones that show it', () => {
    expect(isReadChannel('contacts:list')).toBe(true);
    expect(isReadChannel('contacts:update')).toBe(false);
    expect(domainOf('search:query')).toBe('search');
    expect(invalidatedBy('contacts:list')).toEqual([]);
    // An organisation's name appears in office and contact rows, and in search results.
    expect(invalidatedBy('organisations:update')).toEqual(
      expect.arrayContaining(['organisations', 'offices', 'contacts', 'search']),
    );
    // A contact counts in its organisation's and office's rows.
    expect(invalidatedBy('contacts:archive')).toEqual(expect.arrayContaining(['contacts', 'organisations', 'offices']));
    // A do-not-contact change moves a list's send counts and a release's check.
    expect(invalidatedBy('contacts:update')).toEqual(expect.arrayContaining(['lists', 'releases']));
  });
});
