export interface Page<T> {
  readonly rows: readonly T[];
  readonly total: number;
}

export type PageFetcher<T> = (offset: number, limit: number) => Promise<Page<T>>;

export interface PagedRowsOptions {
  readonly pageSize?: number;
  /** Pages kept in memory; the farthest from view go first. */
  readonly maxPages?: number;
  /** Requests in flight at once, so a fling through 100,000 rows does not queue hundreds of stale requests. */
  readonly maxConcurrent?: number;
  /**
   * Once the first page is in, fetches for a moving window start at most this often (the latest window last): a
   * fling moves the window every frame, and starting a request per frame cost the frames themselves.
   */
  readonly fetchInterval?: number;
}

/**
 * The rows of one query (one filter and sort), fetched a page at a time as they come into view. Holds at most
 * `maxPages` pages, never the whole result. After a write elsewhere, `invalidate` keeps the old rows on screen
 * until their fresh version arrives, so the table does not flash empty.
 */
export class PagedRows<T> {
  readonly pageSize: number;
  private readonly maxPages: number;
  private readonly maxConcurrent: number;
  private readonly fetchInterval: number;
  private lastPumpAt = -Infinity;
  private pumpTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pages = new Map<number, readonly T[]>();
  private readonly stale = new Map<number, readonly T[]>();
  private readonly inFlight = new Set<number>();
  private readonly listeners = new Set<() => void>();
  private wanted: readonly [number, number] = [0, 0];
  private generation = 0;
  private _total: number | undefined;
  private _error: unknown;
  private _version = 0;

  constructor(
    private readonly fetchPage: PageFetcher<T>,
    options: PagedRowsOptions = {},
  ) {
    // About two screens of rows: the first page of a search is what a keystroke waits for, so it stays small.
    this.pageSize = options.pageSize ?? 50;
    this.maxPages = options.maxPages ?? 40;
    this.maxConcurrent = options.maxConcurrent ?? 3;
    this.fetchInterval = options.fetchInterval ?? 0;
  }

  /** Unknown until the first page answers. */
  get total(): number | undefined {
    return this._total;
  }

  get error(): unknown {
    return this._error;
  }

  /** Changes whenever anything visible changes; what React subscribes to. */
  get version(): number {
    return this._version;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(index: number): T | undefined {
    const page = Math.floor(index / this.pageSize);
    return (this.pages.get(page) ?? this.stale.get(page))?.[index - page * this.pageSize];
  }

  /** The rows between two positions are on screen: fetch what is missing, nearest first. */
  request(start: number, end: number): void {
    const first = Math.max(0, Math.floor(start / this.pageSize));
    const last = Math.max(first, Math.floor(Math.max(start, end) / this.pageSize));
    this.wanted = [first, last];
    if (this.pumpTimer !== undefined) return;
    const wait = this._total === undefined ? 0 : this.lastPumpAt + this.fetchInterval - performance.now();
    if (wait <= 0) this.pumpNow();
    else
      this.pumpTimer = setTimeout(() => {
        this.pumpTimer = undefined;
        this.pumpNow();
      }, wait);
  }

  private pumpNow(): void {
    this.lastPumpAt = performance.now();
    this.pump();
  }

  /** Every row in [start, end], fetching what is missing; for Shift+click ranges and whole-selection actions. */
  async load(start: number, end: number): Promise<T[]> {
    const generation = this.generation;
    for (let p = Math.floor(start / this.pageSize); p <= Math.floor(end / this.pageSize); p++) {
      if (this.pages.has(p)) continue;
      const page = await this.fetchPage(p * this.pageSize, this.pageSize);
      if (generation !== this.generation) return this.load(start, end);
      this.store(p, page);
    }
    const rows: T[] = [];
    for (let i = start; i <= end; i++) {
      const row = this.get(i);
      if (row !== undefined) rows.push(row);
    }
    return rows;
  }

  /** The data changed: show what we have as stale, fetch again what is in view. */
  invalidate(): void {
    this.generation++;
    for (const [p, rows] of this.pages) this.stale.set(p, rows);
    this.pages.clear();
    this.inFlight.clear();
    this._error = undefined;
    this.pump();
  }

  private pump(): void {
    const first = this.wanted[0];
    let last = this.wanted[1];
    if (this._total !== undefined) last = Math.min(last, Math.max(0, Math.ceil(this._total / this.pageSize) - 1));
    for (let p = first; p <= last && this.inFlight.size < this.maxConcurrent; p++) {
      if (!this.pages.has(p) && !this.inFlight.has(p)) this.fetch(p);
    }
  }

  private fetch(p: number): void {
    const generation = this.generation;
    this.inFlight.add(p);
    this.fetchPage(p * this.pageSize, this.pageSize).then(
      (page) => {
        if (generation !== this.generation) return;
        this.inFlight.delete(p);
        this.store(p, page);
        this.pump();
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.inFlight.delete(p);
        this._error = error;
        this.bump();
      },
    );
  }

  private store(p: number, page: Page<T>): void {
    this.pages.set(p, page.rows);
    this.stale.delete(p);
    // A page that scrolled out of view while it was on its way changes nothing on screen: during a fling through
    // 100,000 rows most answers land after their rows have gone by, and re-rendering the table for each of them
    // cost dropped frames.
    let visible = p >= this.wanted[0] && p <= this.wanted[1];
    if (this._total !== page.total) {
      visible = true;
      this._total = page.total;
      // Rows past the new end are gone (an empty result still keeps its one, empty, first page).
      const lastPage = Math.max(0, Math.ceil(page.total / this.pageSize) - 1);
      for (const map of [this.pages, this.stale]) for (const k of map.keys()) if (k > lastPage) map.delete(k);
    }
    visible ||= this._error !== undefined;
    this._error = undefined;
    this.evict();
    if (visible) this.bump();
  }

  private evict(): void {
    const [first, last] = this.wanted;
    const distance = (p: number) => (p < first ? first - p : p > last ? p - last : 0);
    for (const map of [this.pages, this.stale]) {
      if (map.size <= this.maxPages) continue;
      const far = [...map.keys()].sort((a, b) => distance(b) - distance(a));
      for (const p of far.slice(0, map.size - this.maxPages)) map.delete(p);
    }
  }

  private bump(): void {
    this._version++;
    for (const l of this.listeners) l();
  }
}
