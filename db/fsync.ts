import fs from 'node:fs';

/** Flushes a file's bytes to the disk before it is renamed into place. */
export function fsyncFile(file: string) {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable; some platforms cannot open a directory, and there the rename is as durable as it gets. */
export function fsyncDir(dir: string) {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows: directories cannot be fsynced.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
