import { afterEach, beforeEach } from 'vitest';
import { APP_SCHEMA_VERSION } from '../../../../db/migrations-info';
import { openDatabase, type OpenedDatabase } from '../../../../db/open';
import type { Api } from '../../../ipc/registry';
import type { ServiceContext } from '../../context';
import { createReleaseTestApi, TestClock } from './api';

export interface ReleaseTestBed {
  readonly api: Api;
  readonly clock: TestClock;
  readonly ctx: ServiceContext;
  readonly opened: OpenedDatabase;
}

/** A fresh migrated ':memory:' database per test, with the release channels bound and a clock set to 10 April 2018. */
export function useReleaseTestBed(): () => ReleaseTestBed {
  let bed: ReleaseTestBed | undefined;
  beforeEach(async () => {
    const opened = await openDatabase(':memory:');
    const clock = new TestClock();
    const ctx: ServiceContext = {
      db: opened.db,
      dbPath: ':memory:',
      schemaVersion: APP_SCHEMA_VERSION,
      version: 'test',
      shell: 'browser',
    };
    bed = { api: createReleaseTestApi(ctx, clock), clock, ctx, opened };
  });
  afterEach(() => bed?.opened.close());
  return () => {
    if (!bed) throw new Error('The release test bed is only available inside a test');
    return bed;
  };
}
