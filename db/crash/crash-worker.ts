/**
 * The process the crash-safety test kills with SIGKILL. Run as `node --import tsx crash-worker.ts SCENARIO DB ARG`;
 * it writes through the app's own services, and prints one line per event on stdout:
 * `ready` once loaded (it then waits for a line on stdin, so that kills are timed from the first write, not from the
 * start of Node), `writing MS` when a long transaction starts, `commit MS [DIGEST]` after each transaction, `done MS`
 * at the end. MS counts from that go, less the time spent hashing; the digest is printed only when DIGESTS=1, the
 * reference run that lists every state the database may be left in.
 */
import fs from 'node:fs';
import type { Api } from '../../electron/ipc/registry';
import { backupDatabase } from '../backup';
import type { Db } from '../client';
import { APP_SCHEMA_VERSION } from '../migrations-info';
import { openDatabase } from '../open';
import { stateDigest } from './state';

// Every run of a scenario must write the same bytes, so that the reference run's states are the killed run's states:
// the clock stands still at one instant.
const FROZEN = Date.parse('2026-03-02T09:00:00.000Z');
const RealDate = Date;
class FrozenDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(FROZEN);
    else super(...(args as [string]));
  }
  static override now() {
    return FROZEN;
  }
}
globalThis.Date = FrozenDate as DateConstructor;

const [scenario = '', dbPath = '', arg = ''] = process.argv.slice(2);
const digests = process.env.DIGESTS === '1';
const say = (line: string) => fs.writeSync(1, `${line}\n`);
let goAt = 0;
let hashing = 0;
const elapsed = () => Math.round(performance.now() - goAt - hashing);

/** The services a scenario needs, loaded only by it: loading all of them is most of a worker's start-up time. */
async function apiFor(db: Db, file: string): Promise<Api> {
  const { createApi } = await import('../../electron/ipc/registry');
  return createApi({ db, dbPath: file, schemaVersion: APP_SCHEMA_VERSION, version: 'crash-test', shell: 'browser' });
}

async function must(api: Api, channel: string, input: unknown) {
  const result = await api.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

/** Loads what the scenario needs (before `ready`) and returns its writes. */
async function prepare(db: Db, committed: () => void): Promise<() => Promise<void>> {
  const sqlite = db.$client;
  switch (scenario) {
    case 'import': {
      const { importFile } = await import('../../electron/services/import/import-file');
      const bytes = fs.readFileSync(arg);
      // One transaction for the whole file: the state after is all of it, before is none of it.
      return async () => {
        await importFile(db, bytes, {
          fileName: 'crash.csv',
          onDuplicate: 'keep-both',
          skipInvalid: true,
          onProgress: ({ phase, done }) => {
            if (phase === 'writing' && done === 0) say(`writing ${elapsed()}`);
          },
        });
        committed();
      };
    }
    case 'autosave': {
      const api = await apiFor(db, dbPath);
      const id = Number(arg);
      return async () => {
        for (let i = 1; i <= 24; i++) {
          const paragraphs = Array.from({ length: i }, (_, p) => `<p>Autosave${i} paragraph ${p} of the release.</p>`);
          await must(api, 'releases:update', {
            id,
            patch: { title: `Draft autosave${i}`, body: { json: null, html: paragraphs.join('') } },
          });
          committed();
        }
      };
    }
    case 'lists': {
      const api = await apiFor(db, dbPath);
      const id = Number(arg);
      const contactIds = sqlite.prepare('SELECT id FROM contacts ORDER BY id').pluck().all() as number[];
      return async () => {
        for (let i = 0; i < 16; i++) {
          const slice = contactIds.filter((_, n) => n % 4 === i % 4);
          const step = i % 4;
          if (step === 0) await must(api, 'lists:add-members', { id, contactIds: slice });
          else if (step === 1) await must(api, 'lists:exclude-members', { id, contactIds: slice });
          else if (step === 2) await must(api, 'lists:update', { id, patch: { filter: { query: `a${i}` } } });
          else await must(api, 'lists:reset-members', { id, contactIds });
          committed();
        }
      };
    }
    case 'backup':
      return async () => {
        say(`writing ${elapsed()}`);
        await backupDatabase(sqlite, arg);
        say(`commit ${elapsed()}`);
      };
    default:
      throw new Error(`unknown scenario ${scenario}`);
  }
}

async function main() {
  const opened = await openDatabase(dbPath, { owner: `crash worker ${scenario}` });
  const committed = () => {
    const at = elapsed();
    const started = performance.now();
    const digest = digests ? ` ${stateDigest(opened.db.$client).hash}` : '';
    hashing += performance.now() - started;
    say(`commit ${at}${digest}`);
  };
  const run = await prepare(opened.db, committed);
  say('ready');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  process.stdin.pause();
  goAt = performance.now();
  await run();
  say(`done ${elapsed()}`);
  opened.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
