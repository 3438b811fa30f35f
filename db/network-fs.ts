import fs from 'node:fs';
import path from 'node:path';

/**
 * Linux `statfs` magic numbers (linux/magic.h) of file systems served by another computer. SQLite's WAL mode needs
 * shared memory and locks that work, which these do not give: two computers writing one file corrupt it.
 */
const NETWORK_MAGIC: ReadonlyMap<number, string> = new Map([
  [0x6969, 'nfs'],
  [0x517b, 'smb'],
  [0xfe534d42, 'smb2'],
  [0xff534d42, 'cifs'],
  [0x73757245, 'coda'],
  [0x5346414f, 'afs'],
  [0x6b414653, 'afs'],
  [0x01021997, '9p'],
  [0x564c, 'ncp'],
  [0x00c36400, 'ceph'],
]);

const FUSE_MAGIC = 0x65735546;

/**
 * FUSE serves local things too (ntfs-3g external drives, encrypted folders, the Flatpak document portal), so only
 * these subtypes from /proc/self/mountinfo (`fuse.sshfs`) count as network drives.
 */
const NETWORK_FUSE = new Set([
  'sshfs',
  'rclone',
  's3fs',
  'gcsfuse',
  'smbnetfs',
  'curlftpfs',
  'davfs',
  'glusterfs',
  'ceph-fuse',
  'gvfsd-fuse',
]);

export type FileSystemClass =
  | { readonly kind: 'network'; readonly name: string }
  | { readonly kind: 'possibly-network'; readonly name: 'fuse' }
  | { readonly kind: 'local' };

/** What a `statfs` type says; the type is unsigned in the kernel but may arrive negative from a 32-bit field. */
export function classifyStatfsType(type: number): FileSystemClass {
  const magic = type >>> 0;
  const name = NETWORK_MAGIC.get(magic);
  if (name !== undefined) return { kind: 'network', name };
  return magic === FUSE_MAGIC ? { kind: 'possibly-network', name: 'fuse' } : { kind: 'local' };
}

/** A Windows UNC path (`\\server\share\…`, `\\?\UNC\server\…`), but not the `\\?\C:\` and `\\.\` device forms. */
export function isUncPath(file: string): boolean {
  return /^[\\/]{2}\?[\\/]UNC[\\/]/i.test(file) || /^[\\/]{2}(?![?.][\\/])[^\\/]+[\\/]/.test(file);
}

/** The FUSE subtype (`sshfs` for `fuse.sshfs`) of the mount holding `folder`, from /proc/self/mountinfo's text. */
export function fuseSubtypeOf(folder: string, mountInfo: string): string | undefined {
  let best: { point: string; type: string } | undefined;
  for (const line of mountInfo.split('\n')) {
    const [left, right] = line.split(' - ');
    const point = left?.split(' ')[4]?.replace(/\\040/g, ' ');
    const type = right?.split(' ')[0];
    if (point === undefined || type === undefined) continue;
    const inside = folder === point || folder.startsWith(point.endsWith('/') ? point : `${point}/`);
    // The last of equally long mount points is the one on top.
    if (inside && (best === undefined || point.length >= best.point.length)) best = { point, type };
  }
  return best?.type.startsWith('fuse.') ? best.type.slice('fuse.'.length) : undefined;
}

/** How the file system of a folder is asked: tests simulate an NFS folder without mounting one. */
export interface FileSystemProbe {
  readonly platform: NodeJS.Platform;
  statfsType(folder: string): number;
  mountInfo(): string;
}

export const systemProbe: FileSystemProbe = {
  platform: process.platform,
  statfsType: (folder) => fs.statfsSync(folder).type,
  mountInfo: () => fs.readFileSync('/proc/self/mountinfo', 'utf8'),
};

/** The folder the file's -wal/-shm would go in, or its nearest existing ancestor for a file still to be created. */
function existingFolder(file: string): string {
  let folder = path.dirname(path.resolve(file));
  while (!fs.existsSync(folder) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  return fs.realpathSync(folder);
}

/**
 * The kind of network file system `file` is on (`nfs`, `smb2`, `sshfs`, `unc`…), or null when it is local or
 * cannot be told (macOS: Node does not give the statfs type; a mapped Windows drive letter).
 */
export function networkFileSystemOf(file: string, probe: FileSystemProbe = systemProbe): string | null {
  if (probe.platform === 'win32') return isUncPath(file) ? 'unc' : null;
  if (probe.platform !== 'linux') return null;
  const folder = existingFolder(file);
  let found: FileSystemClass;
  try {
    found = classifyStatfsType(probe.statfsType(folder));
  } catch {
    // A file system that cannot say what it is: SQLite's own open decides.
    return null;
  }
  if (found.kind === 'network') return found.name;
  if (found.kind === 'local') return null;
  let subtype: string | undefined;
  try {
    subtype = fuseSubtypeOf(folder, probe.mountInfo());
  } catch {
    return null;
  }
  return subtype !== undefined && NETWORK_FUSE.has(subtype) ? subtype : null;
}
