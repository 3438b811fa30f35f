import type { Db } from '../../db/client';
import { toFtsQuery } from '../../db/queries/fts';
import { search } from '../../db/queries/search';
import { likePattern } from '../../db/queries/util';
import { ms, percentile, progress, ratio, timed } from './stats';

const LIMIT = 50;
const ROUNDS = 5;

const summary = (samples: readonly number[]) => ({
  p50: ms(percentile(samples, 50)),
  p95: ms(percentile(samples, 95)),
  max: ms(percentile(samples, 100)),
});

/**
 * Search-as-you-type: the app's ranked contact search against raw FTS5 on the same index with the same MATCH string
 * (the floor), and a naive LIKE scan for reference. Every query runs once to warm up, then ROUNDS more times,
 * app and floor interleaved so both see the same cache state.
 */
export function runSearchBenchmark(db: Db, queries: readonly string[]): Record<string, unknown> {
  const sql = db.$client;
  const fts = sql.prepare(`SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? ORDER BY rank LIMIT ${LIMIT}`);
  const like = sql.prepare(
    `SELECT c.id FROM contacts c
     WHERE (c.given_name || ' ' || c.family_name) LIKE @q ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM contact_emails e WHERE e.contact_id = c.id AND e.address LIKE @q ESCAPE '\\')
     LIMIT ${LIMIT}`,
  );
  const cases = queries.map((query) => {
    const match = toFtsQuery(query);
    if (!match) throw new Error(`The benchmark query "${query}" has nothing to search for`);
    return { query, match };
  });
  const app = (query: string) => search(db, { query, limit: LIMIT, kind: 'contact' }).length;
  const floor = (match: string) => fts.all(match).length;

  progress(`search: warming up on ${cases.length} queries…`);
  for (const c of cases) {
    app(c.query);
    floor(c.match);
  }
  progress(`search: ${ROUNDS} timed rounds…`);
  const appSamples: number[] = [];
  const floorSamples: number[] = [];
  const perQuery = new Map<string, { app: number[]; floor: number[]; hits: number }>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      const a = timed(() => app(c.query));
      const f = timed(() => floor(c.match));
      appSamples.push(a.ms);
      floorSamples.push(f.ms);
      const entry = perQuery.get(c.query) ?? { app: [], floor: [], hits: a.value };
      entry.app.push(a.ms);
      entry.floor.push(f.ms);
      perQuery.set(c.query, entry);
    }
  }
  progress('search: naive LIKE scan…');
  const likeSamples = cases.map((c) => timed(() => like.all({ q: likePattern(c.query) })).ms);

  const app95 = percentile(appSamples, 95);
  const floor95 = percentile(floorSamples, 95);
  const slowest = [...perQuery]
    .map(([query, s]) => ({
      query,
      app_p50_ms: ms(percentile(s.app, 50)),
      floor_p50_ms: ms(percentile(s.floor, 50)),
      hits: s.hits,
    }))
    .sort((a, b) => b.app_p50_ms - a.app_p50_ms)
    .slice(0, 5);
  const a = summary(appSamples);
  const f = summary(floorSamples);
  const l = summary(likeSamples);
  return {
    app_ms: ms(app95),
    floor_ms: ms(floor95),
    ratio: ratio(app95, floor95),
    app_p50_ms: a.p50,
    app_max_ms: a.max,
    floor_p50_ms: f.p50,
    floor_max_ms: f.max,
    like_scan_p95_ms: l.p95,
    like_scan_p50_ms: l.p50,
    like_scan_max_ms: l.max,
    queries: cases.length,
    samples_per_side: appSamples.length,
    limit: LIMIT,
    slowest_app_queries: slowest,
  };
}
