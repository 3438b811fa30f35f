import fs from 'node:fs';
import os from 'node:os';
import { DatabaseOpenError } from './errors';

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly owner: string;
  readonly since: string;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readOwner = (lockPath: string): LockOwner | undefined => {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
};

export interface WriterLock {
  readonly path: string;
  release(): void;
}

/**
 * One writer process per database file. SQLite would let two processes write in turn, but two PressDesk windows
 * editing one directory would overwrite each other's work, so the second is refused with who holds it.
 * A lock left by a crashed process on this host is taken over.
 */
export function acquireWriterLock(dbPath: string, owner: string): WriterLock {
  const lockPath = `${dbPath}.lock`;
  const me: LockOwner = { pid: process.pid, host: os.hostname(), owner, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
      let released = false;
      return {
        path: lockPath,
        release() {
          if (released) return;
          released = true;
          if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readOwner(lockPath);
      const stale =
        holder !== undefined && holder.host === me.host && holder.pid !== process.pid && !isAlive(holder.pid);
      if (holder === undefined || stale) {
        fs.rmSync(lockPath, { force: true });
        continue;
      }
      throw new DatabaseOpenError(
        'locked',
        dbPath,
        `${dbPath} is in use by ${holder.owner} (process ${holder.pid} on ${holder.host} since ${holder.since})`,
      );
    }
  }
  throw new DatabaseOpenError('locked', dbPath, `${dbPath} is in use by another PressDesk`);
}
