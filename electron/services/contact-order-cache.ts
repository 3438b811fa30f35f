import type { Db } from '../../db/client';
import { dataVersion, isReadOnly, totalChanges } from '../../db/queries/util';
import { readContactOrder, watchContactOrder, type ContactOrder } from '../../db/queries/contact-order';

interface Cached {
  order: ContactOrder | null;
  /** `data_version` when the order was read: another connection's commit changes it. */
  version: number;
  /** This connection renamed, added, removed or (un)archived a contact since. */
  dirty: boolean;
  /** This connection's `total_changes()` when its searches were ranked: any write since may change what they find. */
  changes: number;
}

const caches = new WeakMap<Db['$client'], Cached>();

/**
 * The connection's contact name order, up to date: read on first use (about 20 ms at 100,000 contacts) and again
 * after any change to names or archiving, by this connection (TEMP triggers) or another (data_version). Reading it
 * again whole is simpler than patching positions, and cheaper than one broad search used to be. The searches it
 * remembers are forgotten after any write at all: an email, a phone or a topic is searched too.
 */
export function contactOrderOf(db: Db): ContactOrder {
  let cached = caches.get(db.$client);
  if (!cached) {
    const entry: Cached = { order: null, version: -1, dirty: false, changes: -1 };
    // A read-only connection cannot write (nor create TEMP triggers): data_version tells all that changes.
    if (!isReadOnly(db)) watchContactOrder(db, () => (entry.dirty = true));
    caches.set(db.$client, entry);
    cached = entry;
  }
  const version = dataVersion(db);
  if (!cached.order || cached.dirty || version !== cached.version) {
    cached.dirty = false;
    cached.order = readContactOrder(db);
    cached.version = version;
  }
  const changes = totalChanges(db);
  if (changes !== cached.changes) cached.order.searches.clear();
  cached.changes = changes;
  return cached.order;
}
