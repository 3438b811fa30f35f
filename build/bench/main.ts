import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OpenedDatabase } from '../../db/open';
import { planDemoDirectory } from '../../db/seed/plan';
import { runExportBenchmark } from '../../electron/services/export/bench';
import { runImportBenchmark } from './import';
import { runInsertBenchmark } from './insert';
import { machineInfo } from './machine';
import { benchQueries } from './queries';
import { runSearchBenchmark } from './search';
import { runUiBenchmark } from './ui';
import { ms, progress, timed } from './stats';

/** The search queries are drawn from the first contacts: fewer would not give 200 varied ones. */
const MIN_CONTACTS = 1000;

/**
 * `npm run bench`: one JSON object on stdout, each entry measured against its floor in the same run on the same
 * machine; progress goes to stderr. `--contacts N` (default 100,000) and `--seed S` (default 1) are for quick runs.
 */
function options(argv: readonly string[]) {
  let contacts = 100_000;
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    const value = Number(argv[i + 1]);
    if (argv[i] === '--contacts' && Number.isSafeInteger(value) && value >= MIN_CONTACTS) contacts = value;
    else if (argv[i] === '--seed' && Number.isSafeInteger(value)) seed = value;
    else {
      process.stderr.write(
        `bench: ${argv[i]} ${argv[i + 1] ?? ''} is not an option. Use --contacts N (N ≥ ${MIN_CONTACTS}) and --seed S.\n`,
      );
      process.exit(2);
    }
    i++;
  }
  return { contacts, seed };
}

const label = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

async function main() {
  const { contacts, seed } = options(process.argv.slice(2));
  const loadAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressdesk-bench-'));
  let app: OpenedDatabase | undefined;
  try {
    progress(`planning ${contacts} demo contacts (seed ${seed})…`);
    const planned = timed(() => planDemoDirectory({ contacts, seed }));
    const plan = planned.value;
    progress(`planned in ${ms(planned.ms)} ms`);
    const insert = await runInsertBenchmark(plan, dir);
    app = insert.app;
    const searchEntry = runSearchBenchmark(app.db, benchQueries(plan));
    const exports = await runExportBenchmark(app.db, { dir, progress });
    const machine = machineInfo(app.db.$client);
    // The page is served by another process, which takes the writer lock: let go of the database first.
    const dbPath = app.path;
    app.close();
    app = undefined;
    const ui = await runUiBenchmark(dbPath, benchQueries(plan));
    const result = {
      machine: { ...machine, load_average_at_start: loadAtStart },
      [`insert_${label(contacts)}_contacts`]: { ...insert.entry, seed, generate_ms: ms(planned.ms) },
      search_p95: { ...searchEntry, contacts },
      ...exports,
      [`import_${label(contacts)}_csv`]: await runImportBenchmark(plan, dir),
      ...ui,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
