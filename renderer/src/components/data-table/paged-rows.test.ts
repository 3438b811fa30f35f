import { describe, expect, it, vi } from 'vitest';
import { PagedRows, type Page } from './paged-rows';

interface Row {
  readonly id: number;
  readonly name: string;
}

/** A fake API over `total` rows that records requests and answers when told to. */
function fakeApi(total: number) {
  let rows = Array.from({ length: total }, (_, i) => ({ id: i + 1, name: `row ${i}` }));
  const pending: { offset: number; limit: number; resolve: () => void }[] = [];
  const requests: number[] = [];
  const fetchPage = (offset: number, limit: number) =>
    new Promise<Page<Row>>((resolve) => {
      requests.push(offset);
      pending.push({
        offset,
        limit,
        resolve: () => resolve({ rows: rows.slice(offset, offset + limit), total: rows.length }),
      });
    });
  const flush = async () => {
    while (pending.length) {
      pending.shift()!.resolve();
      await Promise.resolve();
      await Promise.resolve();
    }
  };
  return {
    fetchPage,
    flush,
    requests,
    pending,
    rename: (name: string) => (rows = rows.map((r) => ({ ...r, name }))),
    shrink: (n: number) => (rows = rows.slice(0, n)),
  };
}

describe('PagedRows', () => {
  it('fetches for a moving window at most every fetchInterval, the latest window last', async () => {
    vi.useFakeTimers();
    try {
      const api = fakeApi(100_000);
      const rows = new PagedRows(api.fetchPage, { pageSize: 100, fetchInterval: 50 });
      rows.request(0, 50);
      await api.flush();
      await vi.advanceTimersByTimeAsync(100);
      // A fling: a new window every frame.
      for (let frame = 1; frame <= 6; frame++) rows.request(frame * 1000, frame * 1000 + 50);
      expect(api.requests).toEqual([0, 1000]);
      await vi.advanceTimersByTimeAsync(50);
      expect(api.requests).toEqual([0, 1000, 6000]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not re-render for a page that scrolled away while it was on its way, and shows it when it comes back', async () => {
    const api = fakeApi(100_000);
    const rows = new PagedRows(api.fetchPage, { pageSize: 100 });
    let renders = 0;
    rows.subscribe(() => renders++);
    rows.request(0, 50);
    await api.flush();
    expect(renders).toBe(1);
    rows.request(5000, 5050);
    rows.request(9000, 9050);
    await api.flush();
    // Page 90 (in view) re-renders; page 50, answered after the fling moved on, does not.
    expect(renders).toBe(2);
    rows.request(5000, 5050);
    expect(rows.get(5000)?.id).toBe(5001);
    expect(api.requests.filter((o) => o === 5000)).toHaveLength(1);
  });

  it('fetches only the pages in view and learns the total from the first answer', async () => {
    const api = fakeApi(100_000);
    const rows = new PagedRows(api.fetchPage, { pageSize: 100 });
    expect(rows.total).toBeUndefined();
    rows.request(0, 40);
    expect(api.requests).toEqual([0]);
    await api.flush();
    expect(rows.total).toBe(100_000);
    expect(rows.get(40)?.id).toBe(41);
    expect(rows.get(100)).toBeUndefined();
  });

  it('jumps to the end without fetching what lies between', async () => {
    const api = fakeApi(100_000);
    const rows = new PagedRows(api.fetchPage, { pageSize: 100 });
    rows.request(0, 30);
    await api.flush();
    rows.request(99_970, 99_999);
    await api.flush();
    expect(api.requests).toEqual([0, 99_900]);
    expect(rows.get(99_999)?.id).toBe(100_000);
  });

  it('keeps a bounded number of pages, dropping the farthest from view', async () => {
    const api = fakeApi(10_000);
    const rows = new PagedRows(api.fetchPage, { pageSize: 100, maxPages: 3, maxConcurrent: 10 });
    for (let p = 0; p < 6; p++) {
      rows.request(p * 100, p * 100 + 50);
      await api.flush();
    }
    expect([0, 100, 200, 300, 400, 500].map((i) => rows.get(i) !== undefined)).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('limits requests in flight and skips pages scrolled past before their turn', async () => {
    const api = fakeApi(100_000);
    const rows = new PagedRows(api.fetchPage, { pageSize: 100, maxConcurrent: 2 });
    rows.request(0, 999);
    expect(api.requests).toEqual([0, 100]);
    rows.request(50_000, 50_050);
    await api.flush();
    // Pages 2–9 were never wanted on screen again; page 500 was.
    expect(api.requests).toEqual([0, 100, 50_000]);
  });

  it('after a write, shows the old rows until the fresh ones arrive, and ignores answers from before', async () => {
    const api = fakeApi(500);
    const rows = new PagedRows(api.fetchPage, { pageSize: 100 });
    rows.request(0, 20);
    await api.flush();
    api.rename('renamed');
    rows.request(0, 20);
    rows.invalidate();
    expect(rows.get(0)?.name).toBe('row 0');
    await api.flush();
    expect(rows.get(0)?.name).toBe('renamed');
  });

  it('a smaller total drops pages past the new end', async () => {
    const api = fakeApi(500);
    const rows = new PagedRows(api.fetchPage, { pageSize: 100, maxConcurrent: 5 });
    rows.request(0, 499);
    await api.flush();
    api.shrink(150);
    rows.invalidate();
    await api.flush();
    expect(rows.total).toBe(150);
    expect(rows.get(300)).toBeUndefined();
  });

  it('asks once for an empty result', async () => {
    const api = fakeApi(0);
    const rows = new PagedRows(api.fetchPage, { pageSize: 100 });
    rows.request(0, 0);
    await api.flush();
    await api.flush();
    expect(rows.total).toBe(0);
    expect(api.requests).toEqual([0]);
  });

  it('loads a whole range on demand, for Shift+click and actions on a selection', async () => {
    const api = fakeApi(1000);
    const rows = new PagedRows(api.fetchPage, { pageSize: 100 });
    const loading = rows.load(150, 420);
    for (let i = 0; i < 4; i++) {
      await Promise.resolve();
      await api.flush();
    }
    const range = await loading;
    expect(range.map((r) => r.id)).toEqual(Array.from({ length: 271 }, (_, i) => 151 + i));
  });

  it('reports a failed page and tells subscribers', async () => {
    const rows = new PagedRows<Row>(() => Promise.reject(new Error('offline')), { pageSize: 100 });
    let changes = 0;
    rows.subscribe(() => changes++);
    rows.request(0, 10);
    await new Promise((r) => setTimeout(r, 0));
    expect(rows.error).toBeInstanceOf(Error);
    expect(changes).toBe(1);
  });
});
