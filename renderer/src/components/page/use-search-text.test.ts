import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryThrottle } from './use-search-text';

describe('queryThrottle', () => {
  let queries: string[];
  let throttle: ReturnType<typeof queryThrottle>;

  beforeEach(() => {
    vi.useFakeTimers();
    queries = [];
    throttle = queryThrottle(
      (q) => queries.push(q),
      () => Date.now(),
    );
  });
  afterEach(() => vi.useRealTimers());

  it('passes a key typed after a pause at once, trimmed', () => {
    throttle.type(' gen');
    expect(queries).toEqual(['gen']);
    vi.advanceTimersByTime(100);
    throttle.type(' gene');
    expect(queries).toEqual(['gen', 'gene']);
  });

  it('sends a burst of keys as one query per 25 ms, the latest text last', () => {
    throttle.type('g');
    throttle.type('ge');
    throttle.type('gen');
    expect(queries).toEqual(['g']);
    vi.advanceTimersByTime(25);
    expect(queries).toEqual(['g', 'gen']);
    vi.advanceTimersByTime(100);
    expect(queries).toEqual(['g', 'gen']);
  });

  it('does not hold back the key after a space: the space asked for nothing', () => {
    throttle.type('le');
    vi.advanceTimersByTime(100);
    throttle.type('le ');
    throttle.type('le c');
    expect(queries).toEqual(['le', 'le c']);
  });

  it('drops a pending text when the box returns to the query already asked for', () => {
    throttle.type('ge');
    throttle.type('gen');
    throttle.type('ge');
    vi.advanceTimersByTime(100);
    expect(queries).toEqual(['ge']);
  });
});
