import { APP_SCHEMA_VERSION } from '../../db/migrations-info';
import type { ServiceContext } from './context';

export const appService = {
  info: (ctx: ServiceContext) => ({
    version: ctx.version,
    dbPath: ctx.dbPath,
    schemaVersion: ctx.schemaVersion,
    appSchemaVersion: APP_SCHEMA_VERSION,
    shell: ctx.shell,
  }),
};
