import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../db/errors';
import { APP_SCHEMA_VERSION } from '../../db/migrations-info';
import { useTempDir } from '../../db/testing/temp-dir';
import { openDatabaseSession } from './database-session';

const tempDir = useTempDir('pressdesk-session-');

describe('the desktop database session', () => {
  it('creates and migrates the file, and serves the API as the Electron shell', async () => {
    const dbPath = path.join(tempDir(), 'sub', 'pressdesk.db');
    const session = await openDatabaseSession(dbPath, { version: '9.9.9' });
    try {
      const info = { version: '9.9.9', dbPath, schemaVersion: APP_SCHEMA_VERSION, shell: 'electron' };
      expect(await session.api.call('app:info', {})).toEqual({
        ok: true,
        value: { ...info, appSchemaVersion: APP_SCHEMA_VERSION },
      });
    } finally {
      session.opened.close();
    }
  });

  it('holds the writer lock as PressDesk until closed', async () => {
    const dbPath = path.join(tempDir(), 'pressdesk.db');
    const first = await openDatabaseSession(dbPath, { version: '1' });
    const second = openDatabaseSession(dbPath, { version: '1' });
    await expect(second).rejects.toBeInstanceOf(DatabaseOpenError);
    await expect(second).rejects.toMatchObject({ problem: 'locked', message: /in use by PressDesk/ });
    first.opened.close();
    const again = await openDatabaseSession(dbPath, { version: '1' });
    again.opened.close();
  });
});
