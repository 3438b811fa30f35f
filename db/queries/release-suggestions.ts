import type { Db } from '../client';
import { toFtsQuery } from './fts';

export interface SuggestionQuery {
  readonly language: string;
  /** Offices in the dateline's city. */
  readonly placeOfficeIds: readonly number[];
  /** Offices elsewhere in the dateline's country or regions. */
  readonly regionOfficeIds: readonly number[];
  readonly country: string | null;
  readonly regionIds: readonly number[];
  readonly tagIds: readonly number[];
  /** Already in the release's blocks. */
  readonly excludeContactIds: readonly number[];
  /** Words typed in the builder's search box; when given, only contacts matching them. */
  readonly query: string;
  /** ISO date: a do-not-contact whose end date is before it has lapsed. */
  readonly today: string;
  readonly limit: number;
}

export interface SuggestionHit {
  readonly id: number;
  readonly office: number;
  readonly region: number;
  readonly speaks: number;
  /** Comma-separated tag ids shared with the release. */
  readonly topics: string | null;
  /** The contact's most outspoken role (spokesperson, press_officer, media_focal_point), if any. */
  readonly role: string | null;
  readonly score: number;
}

/** How much each signal weighs; a role weighs by how directly the person speaks for an organisation. */
export const suggestionWeights = {
  office: 40,
  language: 25,
  region: 15,
  topic: 10,
  maxTopics: 3,
  role: { spokesperson: 12, press_officer: 10, media_focal_point: 6 },
} as const;

/** How many full-text matches, best first, a typed search ranks for the release. */
const TEXT_MATCHES = 500;

const w = suggestionWeights;
const ROLES = Object.keys(w.role);
const MAX_ROLE = Math.max(...Object.values(suggestionWeights.role));
const roleCase = (column: string) =>
  `CASE ${column} ${Object.entries(suggestionWeights.role)
    .map(([role, weight]) => `WHEN '${role}' THEN ${weight}`)
    .join(' ')} ELSE 0 END`;

/** An SQL list of ids, inlined: a literal list is indexed once, where a bound json_each runs again per row. */
const ints = (ids: readonly number[]) => `(${ids.map((id) => String(Math.trunc(Number(id)))).join(', ')})`;
const ROLE_LIST = `(${ROLES.map((r) => `'${r}'`).join(', ')})`;

interface Lists {
  readonly place: string;
  readonly area: string;
  readonly regions: string;
  readonly tags: string;
  readonly exclude: string;
}

const listsOf = (q: SuggestionQuery): Lists => ({
  place: ints(q.placeOfficeIds),
  area: ints(q.regionOfficeIds),
  regions: ints(q.regionIds),
  tags: ints(q.tagIds),
  exclude: ints(q.excludeContactIds),
});

/** Columns per candidate `c`: each signal, and the score they add up to. Tag ids are counted, not listed, here. */
const signals = (l: Lists) => `
  c.office_id IN ${l.place} AS office,
  (c.office_id IN ${l.area}
    OR EXISTS (SELECT 1 FROM contact_countries WHERE contact_id = c.id AND country = @country)
    OR EXISTS (SELECT 1 FROM contact_regions WHERE contact_id = c.id AND region_id IN ${l.regions})) AS region,
  EXISTS (SELECT 1 FROM contact_languages WHERE contact_id = c.id AND lang = @language) AS speaks,
  (SELECT count(*) FROM contact_tags WHERE contact_id = c.id AND tag_id IN ${l.tags}) AS topic_count,
  coalesce((SELECT max(${roleCase('role')}) FROM contact_roles WHERE contact_id = c.id), 0) AS role_score`;

const SCORE = `office * ${w.office} + region * ${w.region} + speaks * ${w.language}
  + min(topic_count, ${w.maxTopics}) * ${w.topic} + role_score`;

const eligible = (l: Lists) => `c.archived_at IS NULL
  AND (c.do_not_contact = 0 OR (c.do_not_contact_until IS NOT NULL AND c.do_not_contact_until < @today))
  AND c.id NOT IN ${l.exclude}`;

interface Params {
  readonly country: string | null;
  readonly language: string;
  readonly today: string;
  readonly limit: number;
  readonly match?: string;
}

interface Scored {
  readonly id: number;
  readonly score: number;
  readonly family: string;
  readonly given: string;
}

/** One group of candidates scored, best first; `where` filters on the signal columns. */
function scoreCandidates(db: Db, l: Lists, candidates: string, where: string, params: Params): Scored[] {
  return db.$client
    .prepare(
      `SELECT id, ${SCORE} AS score, family, given FROM (
         SELECT c.id, c.family_name AS family, c.given_name AS given, ${signals(l)}
         FROM (${candidates}) k JOIN contacts c ON c.id = k.id
         WHERE ${eligible(l)}
       )
       WHERE ${where}
       ORDER BY score DESC, family COLLATE NOCASE, given COLLATE NOCASE, id
       LIMIT @limit`,
    )
    .all(params) as Scored[];
}

/** SQLite's NOCASE: ASCII letters folded, everything else compared as is. */
const nocase = (a: string, b: string) => {
  const x = a.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const y = b.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The SQL order again, to merge the tiers' pages. */
const byRank = (a: Scored, b: Scored) =>
  b.score - a.score || nocase(a.family, b.family) || nocase(a.given, b.given) || a.id - b.id;

type Feature = 'region' | 'topics' | 'language' | 'role';

/** A feature's contribution as SQL, and the most it can add. */
const featureSql: Readonly<Record<Feature, string>> = {
  region: `region * ${w.region}`,
  topics: `min(topic_count, ${w.maxTopics}) * ${w.topic}`,
  language: `speaks * ${w.language}`,
  role: 'role_score',
};

/**
 * The candidates in tiers, from the strongest signal down: the dateline city's offices, then its country and
 * regions, then the release's topics, then the speakers of its language who speak for an organisation. Each tier
 * holds the contacts not in an earlier one; `fixed` is what every one of them scores, and `vary` the features that
 * can add to it. Contacts with none of these signals (speaking the language alone, say) are not suggested.
 */
function tiers(q: SuggestionQuery, l: Lists) {
  const hasRegion = q.regionOfficeIds.length > 0 || q.country !== null || q.regionIds.length > 0;
  return [
    {
      candidates: `SELECT id FROM contacts WHERE office_id IN ${l.place}`,
      where: 'office = 1',
      fixed: w.office,
      vary: ['region', 'topics', 'language', 'role'] as Feature[],
      skip: q.placeOfficeIds.length === 0,
    },
    {
      candidates: `SELECT id FROM contacts WHERE office_id IN ${l.area}
                   UNION SELECT contact_id FROM contact_countries WHERE country = @country
                   UNION SELECT contact_id FROM contact_regions WHERE region_id IN ${l.regions}`,
      where: 'office = 0 AND region = 1',
      fixed: w.region,
      vary: ['topics', 'language', 'role'] as Feature[],
      skip: !hasRegion,
    },
    {
      candidates: `SELECT DISTINCT contact_id AS id FROM contact_tags WHERE tag_id IN ${l.tags}`,
      where: 'office = 0 AND region = 0 AND topic_count > 0',
      fixed: 0,
      vary: ['topics', 'language', 'role'] as Feature[],
      skip: q.tagIds.length === 0,
    },
    {
      candidates: `SELECT contact_id AS id FROM contact_languages WHERE lang = @language AND contact_id IN (
                     SELECT contact_id FROM contact_roles WHERE role IN ${ROLE_LIST})`,
      where: 'office = 0 AND region = 0 AND topic_count = 0 AND speaks = 1 AND role_score > 0',
      fixed: w.language,
      vary: ['role'] as Feature[],
      skip: false,
    },
  ].map((tier) => {
    const most: Record<Feature, number> = {
      region: hasRegion ? w.region : 0,
      topics: Math.min(q.tagIds.length, w.maxTopics) * w.topic,
      language: w.language,
      role: MAX_ROLE,
    };
    const bound = tier.fixed + tier.vary.reduce((sum, f) => sum + most[f], 0);
    /**
     * What each varying feature must add for a contact of this tier to reach `threshold`, given that the others
     * add at most their best: these conditions let SQLite drop most of a large tier before sorting it.
     */
    const required = (threshold: number) =>
      tier.vary.flatMap((f) => {
        const need = threshold - (bound - most[f]);
        return need > 0 ? [`${featureSql[f]} >= ${need}`] : [];
      });
    return { ...tier, bound, required };
  });
}

/**
 * Contacts for a release, best first. The score is 40 for an office in the dateline's city, 15 for its country or
 * region (by office or coverage), 25 for speaking the release's language, 10 per shared topic (3 at most), and 12,
 * 10 or 6 for a spokesperson, press officer or media focal point. Tiers are scored in turn and the search stops
 * once no later tier can beat the page (see `tiers`), so a dateline city with thousands of contacts is all it
 * reads. Typed words (`query`) rank the full-text matches instead. Archived and do-not-contact people never come.
 */
export function suggestContacts(db: Db, q: SuggestionQuery): SuggestionHit[] {
  const l = listsOf(q);
  const params: Params = { country: q.country, language: q.language, today: q.today, limit: q.limit };
  let best: Scored[] = [];
  const match = toFtsQuery(q.query);
  if (match) {
    // The best text matches only: a one-letter prefix matches much of the directory.
    const candidates = `SELECT rowid AS id FROM contacts_fts WHERE contacts_fts MATCH @match ORDER BY rank LIMIT ${TEXT_MATCHES}`;
    best = scoreCandidates(db, l, candidates, '1', { ...params, match });
  } else {
    for (const tier of tiers(q, l)) {
      if (tier.skip) continue;
      const full = best.length >= q.limit;
      const threshold = full ? best[best.length - 1]!.score : -Infinity;
      if (full && threshold > tier.bound) break;
      const where = [tier.where, ...(full ? tier.required(threshold) : [])].join(' AND ');
      best = [...best, ...scoreCandidates(db, l, tier.candidates, where, params)].sort(byRank).slice(0, q.limit);
    }
  }
  return explain(db, l, best, params);
}

/** The signals of the few contacts on the page, with the shared tag ids and the role behind the role score. */
function explain(db: Db, l: Lists, best: readonly Scored[], params: Params): SuggestionHit[] {
  if (best.length === 0) return [];
  const rows = db.$client
    .prepare(
      `SELECT c.id, ${signals(l)},
              (SELECT group_concat(tag_id) FROM contact_tags WHERE contact_id = c.id AND tag_id IN ${l.tags}) AS topics,
              (SELECT role FROM contact_roles WHERE contact_id = c.id AND role IN ${ROLE_LIST}
                 ORDER BY ${roleCase('role')} DESC LIMIT 1) AS role
       FROM contacts c WHERE c.id IN ${ints(best.map((b) => b.id))}`,
    )
    .all({ country: params.country, language: params.language }) as (Omit<SuggestionHit, 'score'> & {
    topic_count: number;
    role_score: number;
  })[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return best.flatMap((b) => {
    const r = byId.get(b.id);
    return r
      ? [
          {
            id: r.id,
            office: r.office,
            region: r.region,
            speaks: r.speaks,
            topics: r.topics,
            role: r.role,
            score: b.score,
          },
        ]
      : [];
  });
}

/** Offices in a country or in any of some regions, except some (the dateline city's, counted on their own). */
export function officesInArea(db: Db, country: string | null, regionIds: readonly number[], except: readonly number[]) {
  return db.$client
    .prepare(
      `SELECT id FROM offices WHERE archived_at IS NULL
         AND (country = ? OR region_id IN (SELECT value FROM json_each(?)))
         AND id NOT IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .all(country, JSON.stringify(regionIds), JSON.stringify(except)) as number[];
}
