import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEMA_VERSION } from '../migrations-info';
import { openDatabase } from '../open';
import { createRng } from '../seed/prng';
import { seedDemo } from '../seed/seed-demo';
import { createApi } from '../../electron/ipc/registry';
import { searchIndexProblems, stateDigest, structuralProblems } from './state';

/**
 * Issue 8 §1: a child process writes through the app's services and is killed with SIGKILL at seeded random points
 * of a large import, a release autosave loop, list membership changes and a backup. After each kill the file must
 * be whole (integrity, foreign keys, search index) and hold exactly one of the states the reference run committed:
 * never a transaction half applied. CRASH_KILLS sets the kills per scenario (default 5), CRASH_SEED the seed.
 */
const KILLS = Number(process.env.CRASH_KILLS ?? 5);
const SEED = Number(process.env.CRASH_SEED ?? 8);
const worker = path.join(path.dirname(fileURLToPath(import.meta.url)), 'crash-worker.ts');

interface Run {
  readonly lines: string[];
  readonly killed: boolean;
}

/** `word MS …` lines: when the worker said `word`, in its own milliseconds since go. */
const timeOf = (lines: readonly string[], word: string, last = false) => {
  const found = lines.filter((l) => l.startsWith(`${word} `));
  const line = last ? found.at(-1) : found[0];
  return line === undefined ? null : Number(line.split(' ')[1]);
};

/** Starts the worker, lets it load, says go, and kills it `killAfter` ms after go (or after its `writing` line). */
function runWorker(
  scenario: string,
  db: string,
  arg: string,
  { digests = false, killAfter, from = 'go' }: { digests?: boolean; killAfter?: number; from?: 'go' | 'writing' },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker, scenario, db, arg], {
      env: { ...process.env, DIGESTS: digests ? '1' : '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let stderr = '';
    let buffered = '';
    const killIn = (ms: number) => setTimeout(() => child.kill('SIGKILL'), ms);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        lines.push(line);
        if (line === 'ready') {
          child.stdin.end('go\n');
          if (killAfter !== undefined && from === 'go') killIn(killAfter);
        } else if (line.startsWith('writing ') && killAfter !== undefined && from === 'writing') killIn(killAfter);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL' || (code === 0 && lines.some((l) => l.startsWith('done ')))) {
        resolve({ lines, killed: signal === 'SIGKILL' });
      } else reject(new Error(`crash worker ${scenario} exited ${code ?? signal}: ${stderr}`));
    });
  });
}

const readState = (file: string) => {
  const sqlite = new Database(file);
  try {
    return {
      problems: [...structuralProblems(sqlite), ...searchIndexProblems(sqlite)],
      digest: stateDigest(sqlite).hash,
    };
  } finally {
    sqlite.close();
  }
};

/** Runs `count` at a time; the machine has two cores and each worker is one Node process. */
async function inPairs<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < jobs.length; i += 2) results.push(...(await Promise.all(jobs.slice(i, i + 2).map((j) => j()))));
  return results;
}

let dir: string;
let base: string;
let baseDigest: string;
let releaseId: number;
let listId: number;
let csv: string;
const tally: Record<string, { kills: number; states: Record<string, number> }> = {};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'pressdesk-crash-'));
  base = path.join(dir, 'base.db');
  const opened = await openDatabase(base, { create: true });
  seedDemo(opened.db, { contacts: 800, seed: 8 });
  const api = createApi({
    db: opened.db,
    dbPath: base,
    schemaVersion: APP_SCHEMA_VERSION,
    version: 't',
    shell: 'browser',
  });
  const release = await api.call('releases:create', { language: 'en', title: 'Crash draft' });
  const list = await api.call('lists:create', { name: 'Crash list', filter: { query: 'a' } });
  if (!release.ok || !list.ok) throw new Error('could not set the crash test database up');
  releaseId = (release.value as { id: number }).id;
  listId = (list.value as { id: number }).id;
  opened.close();
  baseDigest = readState(base).digest;

  const rng = createRng(SEED);
  const given = ['Amina', 'Jo', 'Lucía', 'Pierre', 'Nadia', 'Kwame', 'Olena', 'Hiroshi', 'Fatou', 'Marek'];
  const family = ['De Backer', 'Okafor', 'García', 'Dubois', 'Haddad', 'Mensah', 'Kovalenko', 'Sato', 'Diallo'];
  const rows = ['First Name,Last Name,E-mail Address,Mobile Phone,Company,Job Title'];
  for (let i = 0; i < 2000; i++) {
    const g = rng.pick(given);
    rows.push(
      `${g},${rng.pick(family)} ${i},${g.toLowerCase()}.${i}@example${i % 50}.org,+41 22 ${700 + (i % 300)} ${10 + (i % 90)} ${10 + (i % 89)},Org ${i % 40},Officer ${i}`,
    );
  }
  csv = path.join(dir, 'contacts.csv');
  fs.writeFileSync(csv, `${rows.join('\n')}\n`);
}, 60_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  // The note issue 8 asks for: crash points tried, and where each left the file.
  console.log(`crash safety (seed ${SEED}): ${JSON.stringify(tally)}`);
});

let copies = 0;
const freshCopy = () => {
  const file = path.join(dir, `run-${++copies}.db`);
  fs.copyFileSync(base, file);
  return file;
};

/** The reference run, then KILLS killed runs, each checked against the states the reference run committed. */
async function killRepeatedly(scenario: string, arg: (file: string) => string, from: 'go' | 'writing') {
  const reference = await runWorker(scenario, freshCopy(), arg(path.join(dir, `ref-${scenario}.out`)), {
    digests: scenario !== 'backup',
  });
  const commits = reference.lines.filter((l) => l.startsWith('commit '));
  const states = [baseDigest, ...commits.flatMap((l) => l.split(' ').slice(2))];
  // The kill falls anywhere in the writing, and a little past its end: the reference run's timings, hashing left out.
  const end = timeOf(reference.lines, 'commit', true) ?? 0;
  const span = (end - (from === 'writing' ? (timeOf(reference.lines, 'writing') ?? 0) : 0)) * 1.2 + 2;
  const rng = createRng(`${SEED}:${scenario}`);
  const runs = Array.from({ length: KILLS }, (_, i) => {
    const file = freshCopy();
    const out = path.join(dir, `${scenario}-${i}.out`);
    const delay = Math.round(rng.next() * span);
    return async () => ({ file, out, run: await runWorker(scenario, file, arg(out), { killAfter: delay, from }) });
  });
  const results = await inPairs(runs);
  const seen: Record<string, number> = {};
  for (const { file, out, run } of results) {
    const { problems, digest } = readState(file);
    expect(problems, `${scenario}: the killed file is damaged`).toEqual([]);
    const index = states.indexOf(digest);
    expect(index, `${scenario}: the file holds a state no transaction committed`).toBeGreaterThanOrEqual(0);
    const label = !run.killed
      ? 'not killed (finished first)'
      : scenario === 'backup'
        ? fs.existsSync(out)
          ? 'killed after the rename: complete backup'
          : 'killed before the rename: no backup file'
        : index === 0
          ? 'killed: state before'
          : index === states.length - 1
            ? 'killed: state after'
            : 'killed: state after an earlier transaction';
    seen[label] = (seen[label] ?? 0) + 1;
    // The app opens it again: the dead worker's lock is taken over, nothing to migrate or repair.
    (await openDatabase(file)).close();
    checkScenario(scenario, file, index, out);
  }
  tally[scenario] = { kills: results.filter((r) => r.run.killed).length, states: seen };
}

function checkScenario(scenario: string, file: string, index: number, out: string) {
  if (scenario === 'autosave') {
    // Search finds the release by the title of the autosave that was committed last, and by no other.
    const sqlite = new Database(file, { readonly: true });
    const word = index === 0 ? 'crash' : `autosave${index}`;
    const found = sqlite
      .prepare('SELECT rowid FROM releases_fts WHERE releases_fts MATCH ?')
      .pluck()
      .all(`title:${word}`);
    sqlite.close();
    expect(found).toEqual([releaseId]);
  }
  if (scenario === 'backup') {
    expect(readState(file).digest, 'a backup never changes the database').toBe(baseDigest);
    // Under its final name a backup is whole and verified, or there is no file at all.
    if (fs.existsSync(out)) {
      const copy = readState(out);
      expect(copy.problems).toEqual([]);
      expect(copy.digest).toBe(baseDigest);
    }
  }
}

describe('SIGKILL in the middle of a write leaves the state before or after its transaction', () => {
  it('a large CSV import (one transaction)', async () => {
    await killRepeatedly('import', () => csv, 'writing');
  }, 400_000);

  it('the release autosave loop', async () => {
    await killRepeatedly('autosave', () => String(releaseId), 'go');
  }, 400_000);

  it('list membership changes and a smart-list filter change', async () => {
    await killRepeatedly('lists', () => String(listId), 'go');
  }, 400_000);

  it('a backup', async () => {
    await killRepeatedly('backup', (out) => out, 'writing');
  }, 400_000);
});
