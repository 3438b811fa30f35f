import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir, fsyncFile } from '../../../../db/fsync';

/**
 * Writes a file under a temporary name in the same folder, flushes it, then renames it into place: the chosen name
 * holds either its old content or the whole new file, never half of one. A failure or an abort removes the temporary.
 */
export async function writeFileAtomic(target: string, data: Buffer | string, signal?: AbortSignal): Promise<number> {
  const dir = path.dirname(path.resolve(target));
  const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.promises.writeFile(temporary, data, { flag: 'wx', ...(signal ? { signal } : {}) });
    fsyncFile(temporary);
    signal?.throwIfAborted();
    await fs.promises.rename(temporary, target);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
  fsyncDir(dir);
  return Buffer.byteLength(data);
}
