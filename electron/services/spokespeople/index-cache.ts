import type { Db } from '../../../db/client';
import { dataVersion, isReadOnly } from '../../../db/queries/util';
import { visitContactFacts, watchContactFacts } from '../../../db/queries/spokespeople';
import { DirectoryIndex } from './directory-index';

/** Past this many changed contacts (a bulk edit, an import), one full read beats reading each. */
const REBUILD_AFTER = 2000;

interface Cached {
  index: DirectoryIndex | null;
  /** `data_version` when the index was read: another connection's commit changes it. */
  version: number;
  readonly touched: Set<number>;
}

const caches = new WeakMap<Db['$client'], Cached>();

/**
 * The directory index of a connection, up to date. Built on first use; then this connection's writes mark the
 * contacts they touch (TEMP triggers) and only those are read again, while a commit from another connection (an
 * import's writer, another process) makes it read everything again.
 */
export function directoryIndexOf(db: Db): DirectoryIndex {
  let cached = caches.get(db.$client);
  if (!cached) {
    const touched = new Set<number>();
    // A read-only connection cannot write (nor create TEMP triggers): data_version tells all that changes.
    if (!isReadOnly(db)) watchContactFacts(db, (id) => touched.add(id));
    cached = { index: null, version: -1, touched };
    caches.set(db.$client, cached);
  }
  const version = dataVersion(db);
  if (!cached.index || version !== cached.version || cached.touched.size > REBUILD_AFTER) {
    cached.touched.clear();
    const index = new DirectoryIndex();
    visitContactFacts(db, 'all', index);
    cached.index = index;
    cached.version = version;
  } else if (cached.touched.size > 0) {
    const ids = [...cached.touched];
    cached.touched.clear();
    cached.index.forget(ids);
    visitContactFacts(db, ids, cached.index);
  }
  return cached.index;
}
