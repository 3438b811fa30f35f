import type { Db } from '../../db/client';
import { insertContactRows } from '../../db/queries/contacts';
import { insertOffice } from '../../db/queries/offices';
import { insertOrganisation } from '../../db/queries/organisations';
import { insertRegion } from '../../db/queries/regions';
import { flushSearchIndex } from '../../db/queries/search-index';
import { planDemoDirectory, type DemoDirectory } from '../../db/seed/plan';
import type { ChannelOutput, ChannelParsedInput, SampleDataProgress } from '../ipc/contract';
import { AppError } from '../ipc/contract/errors';
import type { ServiceContext } from './context';
import { yieldToEventLoop } from './import/yield';

/** Contacts written between two yields: progress and cancel are answered within a few hundred ms even on a busy machine. */
const CHUNK = 250;
/** The seed `pressdesk seed-demo` uses by default, so the app and the CLI load the same people. */
const SEED = 1;
const TABLES = ['organisations', 'offices', 'contacts', 'regions', 'releases'] as const;

interface Run {
  progress: SampleDataProgress;
  cancelled: boolean;
}

/** Runs by client-chosen id; kept after the end so a last progress poll reads 'done' or 'cancelled'. */
const runs = new Map<string, Run>();
let active: string | null = null;

const isEmpty = (db: Db) =>
  TABLES.every((t) => (db.$client.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number) === 0);

class Cancelled extends Error {}

/** Regions, organisations and offices of the plan, then its contacts a chunk at a time, all inside the caller's transaction. */
async function writePlan(db: Db, plan: DemoDirectory, run: Run) {
  const regionIds = new Map(
    plan.regions.map((r) => [r.key, insertRegion(db, { name: { ...r.name }, countries: r.countries })]),
  );
  const organisationIds = plan.organisations.map((o) => insertOrganisation(db, o.values));
  const officeIds: number[] = [];
  for (const o of plan.offices) {
    officeIds.push(
      insertOffice(db, {
        ...o.values,
        organisationId: organisationIds[o.organisation]!,
        // Offices are planned parents first, so a parent's id is always known here.
        parentId: o.parent === null ? null : officeIds[o.parent]!,
        regionId: regionIds.get(o.region)!,
      }),
    );
  }
  run.progress = { phase: 'writing', done: 0, total: plan.contacts.length };
  for (let start = 0; start < plan.contacts.length; start += CHUNK) {
    for (const c of plan.contacts.slice(start, start + CHUNK)) {
      insertContactRows(
        db,
        {
          ...c.values,
          organisationId: organisationIds[c.organisation]!,
          officeId: officeIds[c.office]!,
          regionIds: c.regions.map((key) => regionIds.get(key)!),
        },
        c.at,
      );
    }
    run.progress = { ...run.progress, done: Math.min(start + CHUNK, plan.contacts.length) };
    await yieldToEventLoop();
    if (run.cancelled) throw new Cancelled();
  }
  run.progress = { ...run.progress, phase: 'indexing' };
  await yieldToEventLoop();
  flushSearchIndex(db);
  return { organisations: organisationIds.length, offices: officeIds.length, contacts: plan.contacts.length };
}

/**
 * Loads the demo directory of `pressdesk seed-demo` (same generator, same seed) into an empty database. The writes
 * share one transaction that stays open across the chunks, so cancel or a crash leaves the database empty; between
 * chunks the event loop serves progress polls and the cancel request.
 */
async function load(
  ctx: ServiceContext,
  input: ChannelParsedInput<'sample-data:load'>,
): Promise<ChannelOutput<'sample-data:load'>> {
  if (active !== null) throw new AppError('Conflict', 'Sample data is already loading; wait for it or cancel it');
  if (!isEmpty(ctx.db)) {
    throw new AppError('Conflict', 'The database already holds data: sample data is loaded only into an empty one');
  }
  const run: Run = { progress: { phase: 'planning', done: 0, total: input.contacts }, cancelled: false };
  runs.set(input.runId, run);
  active = input.runId;
  const sql = ctx.db.$client;
  try {
    await yieldToEventLoop();
    const plan = planDemoDirectory({ contacts: input.contacts, seed: SEED });
    if (run.cancelled) throw new Cancelled();
    sql.exec('BEGIN IMMEDIATE');
    try {
      const counts = await writePlan(ctx.db, plan, run);
      sql.exec('COMMIT');
      run.progress = { ...run.progress, phase: 'done' };
      return { cancelled: false, ...counts };
    } catch (error) {
      if (sql.inTransaction) sql.exec('ROLLBACK');
      throw error;
    }
  } catch (error) {
    if (error instanceof Cancelled) {
      run.progress = { ...run.progress, phase: 'cancelled' };
      return { cancelled: true, organisations: 0, offices: 0, contacts: 0 };
    }
    run.progress = { ...run.progress, phase: 'failed' };
    throw error;
  } finally {
    active = null;
  }
}

export const sampleDataService = {
  status: (ctx: ServiceContext): ChannelOutput<'sample-data:status'> => ({
    empty: isEmpty(ctx.db),
    running: active !== null,
  }),
  load,
  progress: (_ctx: ServiceContext, { runId }: ChannelParsedInput<'sample-data:progress'>) => {
    const run = runs.get(runId);
    if (!run) throw new AppError('NotFound', `No sample data run ${runId}`);
    return run.progress;
  },
  cancel: (_ctx: ServiceContext, { runId }: ChannelParsedInput<'sample-data:cancel'>) => {
    const run = runs.get(runId);
    if (!run || active !== runId) return { cancelled: false };
    run.cancelled = true;
    return { cancelled: true };
  },
};
