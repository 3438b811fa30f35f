import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyPage, preloadWhenIdle, type LazyPage } from './lazy-page';

const Releases = () => <h1>Releases</h1>;

const render = (page: LazyPage) =>
  renderToString(
    <Suspense fallback={<p>waiting</p>}>
      <page.Page />
    </Suspense>,
  );

describe('lazyPage', () => {
  it('suspends on first use, then renders the page; the chunk is fetched once however often it is asked for', async () => {
    const load = vi.fn(() => Promise.resolve(Releases));
    const page = lazyPage(load);
    expect(load).not.toHaveBeenCalled();
    expect(render(page)).toContain('waiting');
    await Promise.all([page.preload(), page.preload()]);
    expect(render(page)).toContain('<h1>Releases</h1>');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders a preloaded page at once, without a round through Suspense', async () => {
    const page = lazyPage(() => Promise.resolve(Releases));
    await page.preload();
    const html = render(page);
    expect(html).toContain('<h1>Releases</h1>');
    expect(html).not.toContain('waiting');
  });

  it('fetches again after a failed load', async () => {
    const load = vi.fn<() => Promise<typeof Releases>>();
    load.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    load.mockResolvedValue(Releases);
    const page = lazyPage(load);
    await expect(page.preload()).rejects.toThrow('The page could not be loaded');
    await page.preload();
    expect(load).toHaveBeenCalledTimes(2);
    expect(render(page)).toContain('<h1>Releases</h1>');
  });
});

describe('preloadWhenIdle', () => {
  let idle: (() => void)[];
  /** When the person last acted, on the fake clock. */
  let lastAction: number;
  const quietFor = () => Date.now() - lastAction;

  beforeEach(() => {
    vi.useFakeTimers();
    lastAction = -Infinity;
    idle = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', (id: number) => {
      idle[id - 1] = () => {};
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** Runs the idle callbacks queued so far, then lets the preloads they started settle. */
  const runIdle = async () => {
    for (const callback of idle.splice(0)) callback();
    await vi.advanceTimersByTimeAsync(0);
  };

  const fakePage = (fails = false) => {
    const preload = vi.fn(() => (fails ? Promise.reject(new Error('offline')) : Promise.resolve()));
    return { Page: Releases, preload };
  };

  it('waits, then loads the pages one idle moment at a time, past a page that fails', async () => {
    const pages = [fakePage(), fakePage(true), fakePage()];
    preloadWhenIdle(pages, 2000, quietFor);
    await vi.advanceTimersByTimeAsync(1999);
    expect(idle).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(pages.map((p) => p.preload.mock.calls.length)).toEqual([0, 0, 0]);
    await runIdle();
    expect(pages.map((p) => p.preload.mock.calls.length)).toEqual([1, 0, 0]);
    await runIdle();
    expect(pages.map((p) => p.preload.mock.calls.length)).toEqual([1, 1, 0]);
    await runIdle();
    expect(pages.map((p) => p.preload.mock.calls.length)).toEqual([1, 1, 1]);
    await runIdle();
    expect(idle).toHaveLength(0);
  });

  it('stops: before the delay nothing loads, after it nothing more', async () => {
    const early = [fakePage()];
    preloadWhenIdle(early, 2000, quietFor)();
    await vi.advanceTimersByTimeAsync(5000);
    await runIdle();
    expect(early[0]?.preload).not.toHaveBeenCalled();

    const pages = [fakePage(), fakePage()];
    const stop = preloadWhenIdle(pages, 2000, quietFor);
    await vi.advanceTimersByTimeAsync(2000);
    await runIdle();
    stop();
    await runIdle();
    expect(pages.map((p) => p.preload.mock.calls.length)).toEqual([1, 0]);
  });

  it('waits for a second without typing, clicking or scrolling before each page', async () => {
    const pages = [fakePage(), fakePage()];
    preloadWhenIdle(pages, 2000, quietFor);
    await vi.advanceTimersByTimeAsync(1500);
    lastAction = Date.now();
    await vi.advanceTimersByTimeAsync(500);
    await runIdle();
    expect(pages.map((p) => p.preload.mock.calls.length)).toEqual([0, 0]);
    await vi.advanceTimersByTimeAsync(499);
    await runIdle();
    expect(pages.map((p) => p.preload.mock.calls.length)).toEqual([0, 0]);
    await vi.advanceTimersByTimeAsync(1);
    await runIdle();
    expect(pages.map((p) => p.preload.mock.calls.length)).toEqual([1, 0]);
    lastAction = Date.now();
    await runIdle();
    expect(pages.map((p) => p.preload.mock.calls.length)).toEqual([1, 0]);
    await vi.advanceTimersByTimeAsync(1000);
    await runIdle();
    expect(pages.map((p) => p.preload.mock.calls.length)).toEqual([1, 1]);
  });
});
