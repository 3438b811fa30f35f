import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { DatabaseOpenError } from './errors';
import { checkIntegrityOffThread } from './integrity-off-thread';
import { useTempDir } from './testing/temp-dir';

// A runtime whose worker threads cannot start (or cannot load the driver).
vi.mock('node:worker_threads', () => ({
  Worker: class {
    constructor() {
      throw new Error('worker threads are not available here');
    }
  },
}));

const tempDir = useTempDir();

describe('the integrity check where no worker thread can run', () => {
  it('checks on this thread instead: a sound file passes, a file that is not a database is refused', async () => {
    const file = path.join(tempDir(), 'sound.db');
    const db = new Database(file);
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    db.close();
    await expect(checkIntegrityOffThread(file, 'full')).resolves.toBeUndefined();

    const text = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(text, 'Not a database. '.repeat(100));
    const error = await checkIntegrityOffThread(text, 'quick').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).problem).toBe('not-sqlite');
  });
});
