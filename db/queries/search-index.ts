import type { Db } from '../client';
import { prepared } from './util';

/**
 * Re-indexes, once each, the contacts whose phones, emails or tags changed. Child-table triggers only mark their
 * contact dirty (re-indexing per child row would index a contact five times on insert); every write path ends here.
 */
export function flushSearchIndex(db: Db): void {
  prepared(db, 'DELETE FROM contacts_fts_dirty').run();
}
