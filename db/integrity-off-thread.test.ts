import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError } from './errors';
import { checkIntegrityOffThread } from './integrity-off-thread';
import { useTempDir } from './testing/temp-dir';

const tempDir = useTempDir();

/** A plain SQLite file of about `megabytes` MB: enough pages for the check to take a while. */
function databaseOf(megabytes: number) {
  const file = path.join(tempDir(), `big-${megabytes}.db`);
  const db = new Database(file);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body BLOB); CREATE INDEX notes_body ON notes (body)');
  const insert = db.prepare('INSERT INTO notes (body) VALUES (randomblob(900))');
  db.transaction(() => {
    for (let i = 0; i < megabytes * 1000; i++) insert.run();
  })();
  db.close();
  return file;
}

const refusal = (promise: Promise<void>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof DatabaseOpenError ? error.problem : error),
  );

describe('the integrity check on a worker thread', () => {
  it('passes a sound file, while this thread goes on answering', async () => {
    const file = databaseOf(20);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      await checkIntegrityOffThread(file, 'full');
    } finally {
      clearInterval(timer);
    }
    // Checked here, the 40 MB of pages would have kept every tick waiting until the end.
    expect(ticks).toBeGreaterThan(3);
  });

  it('refuses a file with damaged pages, and a file that is not a database', async () => {
    const file = databaseOf(1);
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    for (let offset = pageSize * 4; offset + pageSize <= bytes.length; offset += pageSize)
      bytes.fill(0xa5, offset, offset + 64);
    fs.writeFileSync(file, bytes);
    expect(await refusal(checkIntegrityOffThread(file, 'full'))).toBe('corrupt');
    expect(await refusal(checkIntegrityOffThread(file, 'quick'))).toBe('corrupt');

    const text = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(
      text,
      'Not a database at all, but long enough to have a header of a hundred bytes or so. '.repeat(20),
    );
    expect(await refusal(checkIntegrityOffThread(text, 'full'))).toBe('not-sqlite');
  });
});
