import type { Db } from '../../db/client';

/** What every service is handed: the open database and facts about this run. No globals. */
export interface ServiceContext {
  readonly db: Db;
  readonly dbPath: string;
  readonly schemaVersion: number;
  readonly version: string;
  readonly shell: 'electron' | 'browser';
}
