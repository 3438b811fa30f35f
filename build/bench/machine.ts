import { createRequire } from 'node:module';
import os from 'node:os';
import type Database from 'better-sqlite3';

/** What the figures were measured on: they mean nothing without it. */
export function machineInfo(sqlite: Database.Database) {
  const require = createRequire(import.meta.url);
  const cpus = os.cpus();
  return {
    cpu_model: cpus[0]?.model ?? 'unknown',
    cpus: cpus.length,
    load_average_at_end: os.loadavg().map((l) => Math.round(l * 100) / 100),
    memory_gb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    sqlite: sqlite.prepare('SELECT sqlite_version()').pluck().get() as string,
    better_sqlite3: (require('better-sqlite3/package.json') as { version: string }).version,
    date: new Date().toISOString(),
  };
}
