import { openDatabase, type OpenedDatabase } from '../../db/open';
import { withActivityClock } from '../ipc/activity';
import { createApi, type Api } from '../ipc/registry';
import { rankFirstKeysAhead } from '../services/contact-order-cache';

/** One open database and the API over it; the window swaps the whole session when the user opens another file. */
export interface DatabaseSession {
  readonly opened: OpenedDatabase;
  readonly api: Api;
  /** How long since the window last asked the API for anything. */
  readonly quietFor: () => number;
}

/**
 * Opens (creating and migrating if need be) the database the desktop app works on, holding the writer lock as
 * "PressDesk", and binds the registry to it. Throws `DatabaseOpenError` for the error window.
 */
export async function openDatabaseSession(
  dbPath: string,
  options: { readonly version: string; readonly onInternalError?: (channel: string, error: unknown) => void },
): Promise<DatabaseSession> {
  const opened = await openDatabase(dbPath, { create: true, owner: 'PressDesk' });
  const { api, quietFor } = withActivityClock(
    createApi(
      {
        db: opened.db,
        dbPath: opened.path,
        schemaVersion: opened.schemaVersion,
        version: options.version,
        shell: 'electron',
      },
      options.onInternalError ? { onInternalError: options.onInternalError } : {},
    ),
  );
  // Stops by itself once the connection is closed (the window switches files or quits).
  rankFirstKeysAhead(opened.db);
  return { opened, api, quietFor };
}
