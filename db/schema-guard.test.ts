import { describe, expect, it } from 'vitest';
import shipped from './schema-guard.json';
import { openDatabase } from './open';

/**
 * Every table, column, view and trigger PressDesk has shipped must still exist after all migrations.
 * A table-rebuild migration that drops a column, or drops the FTS triggers with the table, fails here.
 * The JSON only grows: add to it when a migration adds something; never remove from it.
 */
describe('schema guard', () => {
  it('keeps every shipped table, column, view and trigger', async () => {
    const opened = await openDatabase(':memory:');
    const sqlite = opened.db.$client;
    const names = (type: string) =>
      new Set(sqlite.prepare('SELECT name FROM sqlite_master WHERE type = ?').pluck().all(type) as string[]);
    const tables = names('table');
    for (const [table, columns] of Object.entries(shipped.tables)) {
      expect(tables, `table ${table}`).toContain(table);
      const present = sqlite.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
      for (const column of columns) expect(present, `column ${table}.${column}`).toContain(column);
    }
    for (const table of shipped.virtualTables) expect(tables, `virtual table ${table}`).toContain(table);
    const views = names('view');
    for (const view of shipped.views) expect(views, `view ${view}`).toContain(view);
    const triggers = names('trigger');
    for (const trigger of shipped.triggers) expect(triggers, `trigger ${trigger}`).toContain(trigger);
    opened.close();
  });
});
