import { z } from 'zod';

export const appInfo = z.object({
  version: z.string(),
  dbPath: z.string(),
  schemaVersion: z.number().int(),
  appSchemaVersion: z.number().int(),
  /** How the renderer is hosted, so the UI can hide what only the desktop shell can do. */
  shell: z.enum(['electron', 'browser']),
});

export type AppInfo = z.infer<typeof appInfo>;
