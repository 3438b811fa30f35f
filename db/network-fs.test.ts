import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError } from '../electron/cli/errors';
import { DatabaseOpenError } from './errors';
import { classifyStatfsType, fuseSubtypeOf, isUncPath, networkFileSystemOf, type FileSystemProbe } from './network-fs';
import { openDatabase } from './open';
import { insertOrganisation } from './queries/organisations';
import { examineDatabase } from './restore';
import { useTempDir } from './testing/temp-dir';

const EXT4 = 0xef53;
const TMPFS = 0x01021994;
const NFS = 0x6969;
const FUSE = 0x65735546;

const probe = (type: number, mountInfo = '', platform: NodeJS.Platform = 'linux'): FileSystemProbe => ({
  platform,
  statfsType: () => type,
  mountInfo: () => mountInfo,
});

/** Every file in the folder with its bytes' hash: nothing may appear, vanish or change. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        crypto
          .createHash('sha256')
          .update(fs.readFileSync(path.join(dir, name)))
          .digest('hex'),
      ]),
  );

describe('classifyStatfsType', () => {
  it.each([
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
  ])('type %i is the network file system %s', (type, name) => {
    expect(classifyStatfsType(type)).toEqual({ kind: 'network', name });
  });

  it('reads a magic number that arrives as a negative 32-bit value', () => {
    expect(classifyStatfsType(0xfe534d42 | 0)).toEqual({ kind: 'network', name: 'smb2' });
  });

  it('calls FUSE possibly network, and ext4, tmpfs, btrfs, xfs and overlayfs local', () => {
    expect(classifyStatfsType(FUSE)).toEqual({ kind: 'possibly-network', name: 'fuse' });
    for (const local of [EXT4, TMPFS, 0x9123683e, 0x58465342, 0x794c7630]) {
      expect(classifyStatfsType(local)).toEqual({ kind: 'local' });
    }
  });
});

describe('isUncPath', () => {
  it.each([
    ['\\\\server\\share\\pressdesk.db', true],
    ['//server/share/pressdesk.db', true],
    ['\\\\?\\UNC\\server\\share\\pressdesk.db', true],
    ['\\\\?\\C:\\PressDesk\\pressdesk.db', false],
    ['\\\\.\\C:\\pressdesk.db', false],
    ['C:\\Users\\me\\pressdesk.db', false],
    ['\\Users\\me\\pressdesk.db', false],
  ])('%s → %s', (file, expected) => {
    expect(isUncPath(file)).toBe(expected);
  });
});

describe('fuseSubtypeOf', () => {
  const mountInfo = [
    '22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw',
    '40 22 0:35 / /home/me/remote rw,nosuid,nodev shared:20 - fuse.sshfs me@server:/srv rw,user_id=1000',
    '41 22 0:36 / /media/me/USB\\040Drive rw shared:21 - fuseblk /dev/sdb1 rw,user_id=0',
    '42 40 8:2 / /home/me/remote/local rw shared:22 - ext4 /dev/sda2 rw',
  ].join('\n');

  it('finds the deepest mount holding the folder', () => {
    expect(fuseSubtypeOf('/home/me/remote/press', mountInfo)).toBe('sshfs');
    expect(fuseSubtypeOf('/home/me/remote', mountInfo)).toBe('sshfs');
    expect(fuseSubtypeOf('/home/me/remote/local/x', mountInfo)).toBeUndefined();
    expect(fuseSubtypeOf('/home/me/remote-not', mountInfo)).toBeUndefined();
    expect(fuseSubtypeOf('/media/me/USB Drive/press', mountInfo)).toBeUndefined();
  });
});

describe('networkFileSystemOf', () => {
  const tempDir = useTempDir();

  it('names NFS, sshfs over FUSE and a Windows share; leaves local disks, local FUSE and macOS alone', () => {
    const dir = tempDir();
    const file = path.join(dir, 'not-yet', 'pressdesk.db');
    const real = fs.realpathSync(dir);
    const sshfs = `40 1 0:35 / ${real} rw shared:20 - fuse.sshfs me@server:/srv rw`;
    const ntfs = `41 1 0:36 / ${real} rw shared:21 - fuseblk /dev/sdb1 rw`;
    expect(networkFileSystemOf(file, probe(NFS))).toBe('nfs');
    expect(networkFileSystemOf(file, probe(FUSE, sshfs))).toBe('sshfs');
    expect(networkFileSystemOf(file, probe(FUSE, ntfs))).toBeNull();
    expect(networkFileSystemOf(file, probe(EXT4))).toBeNull();
    expect(networkFileSystemOf(file, probe(NFS, '', 'darwin'))).toBeNull();
    expect(networkFileSystemOf('\\\\server\\share\\pressdesk.db', probe(EXT4, '', 'win32'))).toBe('unc');
    expect(networkFileSystemOf('C:\\PressDesk\\pressdesk.db', probe(EXT4, '', 'win32'))).toBeNull();
  });

  it('asks the folder the file is in, or its nearest existing ancestor', () => {
    const dir = tempDir();
    const asked: string[] = [];
    const spy: FileSystemProbe = { ...probe(EXT4), statfsType: (folder) => (asked.push(folder), EXT4) };
    networkFileSystemOf(path.join(dir, 'a', 'b', 'pressdesk.db'), spy);
    expect(asked).toEqual([fs.realpathSync(dir)]);
  });

  it('treats a folder whose type cannot be read as local, and the real one here as local', () => {
    const failing: FileSystemProbe = {
      ...probe(EXT4),
      statfsType: () => {
        throw Object.assign(new Error('statfs failed'), { code: 'ENOSYS' });
      },
    };
    expect(networkFileSystemOf(path.join(tempDir(), 'x.db'), failing)).toBeNull();
    expect(networkFileSystemOf(path.join(tempDir(), 'x.db'))).toBeNull();
  });
});

describe('openDatabase on a network drive', () => {
  const tempDir = useTempDir();

  async function makeDatabase() {
    const dir = tempDir();
    const file = path.join(dir, 'pressdesk.db');
    const opened = await openDatabase(file, { create: true });
    insertOrganisation(opened.db, { name: { en: 'Ministry of Examples' }, acronym: {}, kind: 'government' });
    opened.close();
    return { dir, file };
  }

  it('refuses to write, says what to do, and leaves the file and its folder byte-identical', async () => {
    const { dir, file } = await makeDatabase();
    const before = snapshot(dir);
    const error = await openDatabase(file, { fileSystemProbe: probe(NFS) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).problem).toBe('network-filesystem');
    expect((error as DatabaseOpenError).kind).toBe('Conflict');
    expect((error as Error).message).toBe(
      `The database ${file} is on a network drive (nfs). PressDesk keeps its file on this computer: copy it to a ` +
        'local folder (or restore a backup there) and open that copy',
    );
    expect(describeError(error).line).toBe(
      `pressdesk: ${(error as Error).message}. Then choose the local copy with --db.`,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('creates nothing for a new file in a missing folder on the share', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'press', 'pressdesk.db');
    await expect(openDatabase(file, { create: true, fileSystemProbe: probe(NFS) })).rejects.toMatchObject({
      problem: 'network-filesystem',
    });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('still reads it: a read-only open, and pressdesk check (examineDatabase) leave it as it was', async () => {
    const { dir, file } = await makeDatabase();
    const before = snapshot(dir);
    const opened = await openDatabase(file, { readonly: true, fileSystemProbe: probe(NFS) });
    expect(opened.db.$client.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(1);
    opened.close();
    expect(examineDatabase(file).ok).toBe(true);
    expect(snapshot(dir)).toEqual(before);
  });

  it('opens a database on a local disk for writing as before', async () => {
    const { file } = await makeDatabase();
    const opened = await openDatabase(file, { fileSystemProbe: probe(EXT4) });
    expect(opened.db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    opened.close();
  });
});
