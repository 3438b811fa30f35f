import type { Db } from '../../db/client';
import { dataVersion, isReadOnly, totalChanges } from '../../db/queries/util';
import { readContactOrder, watchContactOrder, type ContactOrder } from '../../db/queries/contact-order';
import { rankAheadOfTime } from '../../db/queries/contacts';

interface Cached {
  order: ContactOrder | null;
  /** `data_version` when the order was read: another connection's commit changes it. */
  version: number;
  /** This connection renamed, added, removed or (un)archived a contact since. */
  dirty: boolean;
  /** This connection's `total_changes()` when its searches were ranked: any write since may change what they find. */
  changes: number;
  /** Set while the first keys are being ranked ahead of time (`rankFirstKeysAhead`). */
  ahead: Ahead | null;
}

interface Ahead {
  timer: ReturnType<typeof setTimeout> | null;
  /** When a request last asked for the order. */
  lastUse: number;
  /** The next of FIRST_KEYS to rank; back to 0 whenever the order's searches are cleared. */
  next: number;
}

const caches = new WeakMap<Db['$client'], Cached>();

function cacheOf(db: Db): Cached {
  let cached = caches.get(db.$client);
  if (!cached) {
    const entry: Cached = { order: null, version: -1, dirty: false, changes: -1, ahead: null };
    // A read-only connection cannot write (nor create TEMP triggers): data_version tells all that changes.
    if (!isReadOnly(db)) watchContactOrder(db, () => (entry.dirty = true));
    caches.set(db.$client, entry);
    cached = entry;
  }
  return cached;
}

function upToDate(db: Db, cached: Cached): ContactOrder {
  const version = dataVersion(db);
  if (!cached.order || cached.dirty || version !== cached.version) {
    cached.dirty = false;
    cached.order = readContactOrder(db);
    cached.version = version;
    if (cached.ahead) cached.ahead.next = 0;
  }
  const changes = totalChanges(db);
  if (changes !== cached.changes) {
    cached.order.searches.clear();
    cached.order.kept.clear();
    if (cached.ahead) cached.ahead.next = 0;
  }
  cached.changes = changes;
  return cached.order;
}

/**
 * The connection's contact name order, up to date: read on first use (about 20 ms at 100,000 contacts) and again
 * after any change to names or archiving, by this connection (TEMP triggers) or another (data_version). Reading it
 * again whole is simpler than patching positions, and cheaper than one broad search used to be. The searches it
 * remembers are forgotten after any write at all: an email, a phone or a topic is searched too.
 */
export function contactOrderOf(db: Db): ContactOrder {
  const cached = cacheOf(db);
  const order = upToDate(db, cached);
  if (cached.ahead) {
    cached.ahead.lastUse = performance.now();
    if (cached.ahead.next < FIRST_KEYS.length) scheduleAhead(db, cached, IDLE_MS);
  }
  return order;
}

/**
 * Every search starts with one of these, and a first letter is the broadest search there is and the slowest to rank:
 * "c" matches 94,000 of 100,000 contacts and takes 12–22 ms to rank where a walk through a ranked search takes 2.
 */
const FIRST_KEYS = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
/** Ranking ahead waits until no request has come for this long, so that it never holds one up for long. */
const IDLE_MS = 300;

/**
 * Ranks the search box's first keys (best match, archived left out, as the box first asks) ahead of time, one per
 * turn of the event loop while no request comes: 36 searches, about 0.5 s of work at 100,000 contacts and 3.6 MB
 * kept. A write clears them; they are ranked again once the contacts are asked for again. Returns a function that
 * stops it.
 */
export function rankFirstKeysAhead(db: Db): () => void {
  const cached = cacheOf(db);
  const ahead: Ahead = { timer: null, lastUse: -Infinity, next: 0 };
  cached.ahead = ahead;
  scheduleAhead(db, cached, 0);
  return () => {
    if (ahead.timer) clearTimeout(ahead.timer);
    if (cached.ahead === ahead) cached.ahead = null;
  };
}

function scheduleAhead(db: Db, cached: Cached, delay: number) {
  const ahead = cached.ahead;
  if (!ahead || ahead.timer) return;
  ahead.timer = setTimeout(() => {
    ahead.timer = null;
    stepAhead(db, cached);
  }, delay);
  // Never what keeps a command (or a test) running.
  ahead.timer.unref?.();
}

function stepAhead(db: Db, cached: Cached) {
  const ahead = cached.ahead;
  if (!ahead || !db.$client.open) return;
  const idleFor = performance.now() - ahead.lastUse;
  if (idleFor < IDLE_MS) {
    scheduleAhead(db, cached, IDLE_MS - idleFor);
    return;
  }
  const key = FIRST_KEYS[ahead.next];
  if (key === undefined) return;
  try {
    // Written to since the last request: the next request clears what was ranked and starts again. Until one comes,
    // nobody is searching contacts (a release being written saves every few seconds), so nothing is ranked.
    const stale = cached.dirty || dataVersion(db) !== cached.version || totalChanges(db) !== cached.changes;
    if (cached.order && stale) return;
    rankAheadOfTime(db, { query: key, includeArchived: false, sort: 'relevance' }, upToDate(db, cached));
  } catch {
    // Work nobody asked for yet: a failure here (a damaged file, a busy disk) stops it, and the person's own
    // search meets the same failure and reports it.
    cached.ahead = null;
    return;
  }
  ahead.next++;
  scheduleAhead(db, cached, 0);
}
