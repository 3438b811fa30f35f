import { z } from 'zod';

export const backupKinds = ['daily', 'manual', 'pre-migration', 'before-restore'] as const;

/** A backup's file name inside the backups folder beside the database; paths are never accepted. */
export const backupNameSchema = z
  .string()
  .max(255)
  .regex(/^[\w-][\w.-]*\.db$/, 'Choose a backup from the list');

export const backupEntry = z.object({
  name: z.string(),
  size: z.number().int(),
  /** ISO instant the backup was taken. */
  createdAt: z.string(),
  kind: z.enum(backupKinds),
});

export const backupsListOutput = z.object({
  /** The folder the backups are in, to show the user where to find them. */
  folder: z.string(),
  /** How many daily backups are kept. */
  keep: z.number().int(),
  backups: z.array(backupEntry),
});

export const backupProgress = z.object({
  running: z.boolean(),
  /** Pages copied so far and in all; 0 of 0 before the copy starts. */
  done: z.number().int(),
  total: z.number().int(),
});

export const backupsRestoreInput = z.strictObject({ name: backupNameSchema });
export const backupsRestoreOutput = z.object({
  restored: z.string(),
  /** The name of the backup of the database as it was just before. */
  previousBackup: z.string(),
});

export const backupsSettingsInput = z.strictObject({
  keep: z.number().int().min(1, 'Keep at least 1 daily backup').max(365, 'Keep at most 365 daily backups'),
});

const noInput = z.strictObject({});

/** Settings › Backups: list, back up now (with progress and cancel), restore one, how many dailies to keep. */
export const backupChannels = {
  'backups:list': { input: noInput, output: backupsListOutput },
  'backups:create': { input: noInput, output: backupEntry },
  'backups:progress': { input: noInput, output: backupProgress },
  'backups:cancel': { input: noInput, output: z.object({ cancelled: z.boolean() }) },
  'backups:restore': { input: backupsRestoreInput, output: backupsRestoreOutput },
  'backups:update-settings': { input: backupsSettingsInput, output: z.object({ keep: z.number().int() }) },
} as const;

export type BackupEntry = z.infer<typeof backupEntry>;
export type BackupProgress = z.infer<typeof backupProgress>;
