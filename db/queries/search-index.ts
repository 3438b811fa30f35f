import type { Db } from '../client';

/**
 * Re-indexes, once each, the contacts whose phones, emails or tags changed. Child-table triggers only mark their
 * contact dirty (re-indexing per child row would index a contact five times on insert); every write path ends here.
 */
export function flushSearchIndex(db: Db): void {
  db.$client.prepare('DELETE FROM contacts_fts_dirty').run();
}
