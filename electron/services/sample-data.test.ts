import { describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import { seedDemo } from '../../db/seed/seed-demo';
import { useMemoryApi } from '../testing/memory-api';

const { api, db, ok } = useMemoryApi();

const people = (database: OpenedDatabase['db']) =>
  database.$client
    .prepare(
      `SELECT c.given_name || ' ' || c.family_name || ' ' || coalesce((SELECT group_concat(address) FROM contact_emails WHERE contact_id = c.id), '')
       FROM contacts c ORDER BY c.id`,
    )
    .pluck()
    .all();

describe('sample-data', () => {
  it('loads the same directory as pressdesk seed-demo into an empty database, searchable', async () => {
    expect(await ok('sample-data:status', {})).toEqual({ empty: true, running: false });
    const counts = await ok('sample-data:load', { runId: 'load-1', contacts: 1000 });
    expect(counts).toMatchObject({ cancelled: false, contacts: 1000 });
    expect(await ok('sample-data:progress', { runId: 'load-1' })).toEqual({ phase: 'done', done: 1000, total: 1000 });

    const cli = await openDatabase(':memory:');
    try {
      const seeded = seedDemo(cli.db, { contacts: 1000 });
      expect(counts).toEqual({ cancelled: false, ...seeded });
      expect(people(db())).toEqual(people(cli.db));
    } finally {
      cli.close();
    }
    const indexed = db().$client.prepare('SELECT count(*) FROM contacts_fts').pluck().get();
    expect(indexed).toBe(1000);
    expect(await ok('sample-data:status', {})).toEqual({ empty: false, running: false });
  });

  it('refuses a database that already holds data', async () => {
    seedDemo(db(), { contacts: 5 });
    const result = await api().call('sample-data:load', { runId: 'load-2', contacts: 1000 });
    expect(!result.ok && result.error.kind).toBe('Conflict');
    expect(db().$client.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(5);
  });

  it('cancels between chunks and leaves the database empty', async () => {
    const pending = api().call('sample-data:load', { runId: 'load-3', contacts: 10_000 });
    for (;;) {
      const progress = await ok('sample-data:progress', { runId: 'load-3' });
      if (progress.phase === 'writing' && progress.done > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((await ok('sample-data:status', {})).running).toBe(true);
    expect(await ok('sample-data:cancel', { runId: 'load-3' })).toEqual({ cancelled: true });
    const result = await pending;
    expect(result).toEqual({ ok: true, value: { cancelled: true, organisations: 0, offices: 0, contacts: 0 } });
    for (const table of ['contacts', 'offices', 'organisations', 'regions', 'contacts_fts']) {
      expect(db().$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    expect((await ok('sample-data:progress', { runId: 'load-3' })).phase).toBe('cancelled');
  });
});
