import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir, fsyncFile } from '../../../db/fsync';

/** The hidden name an export is written under until it is complete: `.contacts.csv.3f9a….part` beside the target. */
export const tempPathFor = (destination: string) =>
  path.join(path.dirname(destination), `.${path.basename(destination)}.${crypto.randomBytes(4).toString('hex')}.part`);

/**
 * Writes a file under a temporary name in the destination's folder and renames it into place only once complete
 * and flushed: a cancelled, failed or crashed export never leaves a half file under the chosen name (and a crash
 * leaves at most a hidden `.part` file, never a truncated `contacts.csv`). An existing file is replaced atomically.
 */
export async function writeFileAtomically<T>(
  destination: string,
  signal: AbortSignal | undefined,
  produce: (tempPath: string) => Promise<T>,
): Promise<T> {
  const temp = tempPathFor(destination);
  try {
    const result = await produce(temp);
    signal?.throwIfAborted();
    fsyncFile(temp);
    fs.renameSync(temp, destination);
    fsyncDir(path.dirname(destination));
    return result;
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Text written through a buffer in large pieces: one write per million characters rather than one per row. */
export class TextFile {
  private parts: string[] = [];
  private pending = 0;

  private constructor(private readonly handle: fs.promises.FileHandle) {}

  static async create(file: string): Promise<TextFile> {
    return new TextFile(await fs.promises.open(file, 'wx', 0o600));
  }

  async write(text: string) {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= 1 << 20) await this.flush();
  }

  async flush() {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.pending = 0;
    await this.handle.write(text, null, 'utf8');
  }

  async close() {
    try {
      await this.flush();
    } finally {
      await this.handle.close();
    }
  }
}
