import Database from 'better-sqlite3';
import { nativeBinding } from './native-binding';

/**
 * The one place app code makes an SQLite connection, so it always loads the native build that matches the runtime
 * (Node or Electron); lint forbids `new Database(` elsewhere outside tests.
 */
export const connectSqlite = (file: string, options: Omit<Database.Options, 'nativeBinding'> = {}): Database.Database =>
  new Database(file, { ...options, nativeBinding: nativeBinding() });
