import path from 'node:path';
import {
  backupByName,
  backupsFolder,
  freshBackupPath,
  listBackups,
  pruneDailyBackups,
  readBackupsKept,
  writeBackupsKept,
  type BackupEntry,
} from '../../db/auto-backup';
import { backupDatabase } from '../../db/backup';
import { restoreIntoOpenDatabase } from '../../db/restore-live';
import type { z } from 'zod';
import type { backupEntry, backupsRestoreInput, backupsSettingsInput } from '../ipc/contract/backups';
import { AppError } from '../ipc/contract/errors';
import type { ServiceContext } from './context';

type Of<T extends z.ZodType> = z.infer<T>;

interface Job {
  readonly controller: AbortController;
  done: number;
  total: number;
}

/** The backup or restore under way, per database file: one at a time, and `backups:progress` reads it. */
const jobs = new Map<string, Job>();

const toEntry = ({ name, size, createdAt, kind }: BackupEntry): Of<typeof backupEntry> => ({
  name,
  size,
  createdAt,
  kind,
});

function onDisk(ctx: ServiceContext) {
  if (ctx.dbPath === ':memory:') throw new AppError('Conflict', 'A database in memory has no backups');
  return ctx.dbPath;
}

async function exclusively<T>(ctx: ServiceContext, work: (job: Job) => Promise<T>): Promise<T> {
  const dbPath = onDisk(ctx);
  if (jobs.has(dbPath)) throw new AppError('Locked', 'A backup or restore is already running; wait for it to finish');
  const job: Job = { controller: new AbortController(), done: 0, total: 0 };
  jobs.set(dbPath, job);
  try {
    return await work(job);
  } finally {
    jobs.delete(dbPath);
  }
}

export const backupService = {
  list: (ctx: ServiceContext) => ({
    folder: ctx.dbPath === ':memory:' ? '' : backupsFolder(ctx.dbPath),
    keep: readBackupsKept(ctx.db.$client),
    backups: ctx.dbPath === ':memory:' ? [] : listBackups(ctx.dbPath).map(toEntry),
  }),

  /** "Back up now": a verified copy, like `pressdesk backup`; cancelling leaves no file behind. */
  create: (ctx: ServiceContext) =>
    exclusively(ctx, async (job) => {
      try {
        const result = await backupDatabase(ctx.db.$client, freshBackupPath(ctx.dbPath, 'pressdesk'), {
          signal: job.controller.signal,
          onProgress: ({ totalPages, remainingPages }) => {
            job.total = totalPages;
            job.done = totalPages - remainingPages;
          },
        });
        const entry = backupByName(ctx.dbPath, path.basename(result.path));
        if (entry === null) throw new Error(`the backup ${result.path} vanished`);
        return toEntry(entry);
      } catch (error) {
        if (job.controller.signal.aborted) throw new AppError('Conflict', 'Backup cancelled: no file was written');
        throw error;
      }
    }),

  progress: (ctx: ServiceContext) => {
    const job = jobs.get(ctx.dbPath);
    return { running: job !== undefined, done: job?.done ?? 0, total: job?.total ?? 0 };
  },

  cancel: (ctx: ServiceContext) => {
    const job = jobs.get(ctx.dbPath);
    job?.controller.abort();
    return { cancelled: job !== undefined };
  },

  /** Restores a listed backup into the open database; the current one is backed up (verified) first. */
  restore: (ctx: ServiceContext, { name }: Of<typeof backupsRestoreInput>) =>
    exclusively(ctx, async () => {
      const chosen = backupByName(ctx.dbPath, name);
      if (chosen === null) throw new AppError('NotFound', `There is no backup named ${name}; choose one from the list`);
      const { previousBackup } = await restoreIntoOpenDatabase(ctx.db, ctx.dbPath, chosen.path);
      return { restored: name, previousBackup: path.basename(previousBackup.path) };
    }),

  updateSettings: (ctx: ServiceContext, { keep }: Of<typeof backupsSettingsInput>) => {
    writeBackupsKept(ctx.db.$client, keep);
    if (ctx.dbPath !== ':memory:') pruneDailyBackups(ctx.dbPath, keep);
    return { keep };
  },
};

/** Each backup channel bound to its service, spread into the registry's handlers. */
export const backupHandlers = {
  'backups:list': backupService.list,
  'backups:create': backupService.create,
  'backups:progress': backupService.progress,
  'backups:cancel': backupService.cancel,
  'backups:restore': backupService.restore,
  'backups:update-settings': backupService.updateSettings,
} as const;
