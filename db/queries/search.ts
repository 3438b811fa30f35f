import type { Db } from '../client';
import { fold, toFtsQuery } from './fts';
import { prepared } from './util';

export type SearchKind = 'contact' | 'office' | 'release';

export interface SearchHit {
  readonly kind: SearchKind;
  readonly id: number;
  /** Folded name, used to rank exact and prefix name matches first. */
  readonly name: string;
  readonly detail: string;
  /** Higher is better. */
  readonly score: number;
}

export interface SearchQuery {
  readonly query: string;
  readonly limit: number;
  readonly kind?: SearchKind | undefined;
  readonly lang?: string;
}

const pick = (json: string | null, lang: string) => {
  if (!json) return '';
  const map = JSON.parse(json) as Record<string, string>;
  return map[lang] ?? map.en ?? Object.values(map)[0] ?? '';
};

/** bm25 column weights: a hit in the name outranks the same hit in a title, an office or an address. */
const CONTACT_WEIGHTS = 'bm25(contacts_fts, 10.0, 3.0, 2.0, 2.0, 2.0, 2.0, 1.5)';
const OFFICE_WEIGHTS = 'bm25(offices_fts, 10.0, 4.0, 2.0, 1.0)';
const RELEASE_WEIGHTS = 'bm25(releases_fts, 10.0, 4.0, 1.0, 6.0)';

/** Above this many matches, ranking every one by bm25 costs tens of milliseconds ("migration" matches a third of a directory). */
const BROAD_MATCH = 2000;

/**
 * Contact ids for an FTS query, best first. A narrow query is ranked whole by bm25. A broad one ranks only the
 * contacts whose name matches, then fills with other matches unranked: a name hit is what a person looks for first,
 * and the answer stays under ten milliseconds at 100,000 contacts.
 */
function rankedContacts(db: Db, match: string, limit: number): { id: number; score: number }[] {
  const matches = prepared(
    db,
    'SELECT count(*) FROM (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? LIMIT ?)',
    'pluck',
  ).get(match, BROAD_MATCH + 1) as number;
  const ranked = prepared(
    db,
    `SELECT rowid AS id, -${CONTACT_WEIGHTS} AS score FROM contacts_fts WHERE contacts_fts MATCH ? ORDER BY rank LIMIT ?`,
  );
  if (matches <= BROAD_MATCH) return ranked.all(match, limit) as { id: number; score: number }[];
  const byName = ranked.all(`{name} : (${match})`, limit) as { id: number; score: number }[];
  if (byName.length >= limit) return byName;
  const seen = new Set(byName.map((r) => r.id));
  const rest = prepared(db, 'SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? LIMIT ?', 'pluck').all(
    match,
    limit + byName.length,
  ) as number[];
  return [...byName, ...rest.filter((id) => !seen.has(id)).map((id) => ({ id, score: 0 }))].slice(0, limit);
}

/**
 * How well a name answers a query already folded with `fold`: 0 when it is the whole name, 1 when the name or one of
 * its words starts with it, 2 otherwise. Shared by the search box and the contacts table's "best match" sort, so
 * both put the same people first.
 */
export function nameTier(name: string, foldedQuery: string): 0 | 1 | 2 {
  const folded = fold(name);
  if (folded === foldedQuery) return 0;
  if (folded.startsWith(foldedQuery) || folded.split(' ').some((w) => w.startsWith(foldedQuery))) return 1;
  return 2;
}

/**
 * The app's ranked search over contacts, offices and releases. FTS5 finds and orders by bm25; then, within what it
 * found, an exact name match comes first and a name that starts with the query second, as a person expects.
 */
export function search(db: Db, q: SearchQuery): SearchHit[] {
  const lang = q.lang ?? 'en';
  const sql = db.$client;
  const hits: SearchHit[] = [];
  const want = (kind: SearchKind) => q.kind === undefined || q.kind === kind;

  const contactMatch = toFtsQuery(q.query);
  if (contactMatch && want('contact')) {
    const rows = rankedContacts(db, contactMatch, q.limit).map((r) => ({
      ...(prepared(
        db,
        `SELECT trim(c.given_name || ' ' || c.family_name) AS name, o.acronym, f.name AS office, c.archived_at AS archivedAt
           FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id LEFT JOIN offices f ON f.id = c.office_id
           WHERE c.id = ?`,
      ).get(r.id) as { name: string; acronym: string | null; office: string | null; archivedAt: string | null }),
      ...r,
    }));
    for (const r of rows) {
      if (r.archivedAt !== null) continue;
      hits.push({
        kind: 'contact',
        id: r.id,
        name: r.name,
        detail: [pick(r.acronym, lang), pick(r.office, lang)].filter(Boolean).join(' · '),
        score: r.score,
      });
    }
  }

  const textMatch = toFtsQuery(q.query, null);
  if (textMatch && want('office')) {
    const rows = sql
      .prepare(
        `SELECT f.id, f.name, f.city, f.country, s.rank
         FROM (SELECT rowid, ${OFFICE_WEIGHTS} AS rank FROM offices_fts WHERE offices_fts MATCH ? ORDER BY rank LIMIT ?) s
         JOIN offices f ON f.id = s.rowid WHERE f.archived_at IS NULL`,
      )
      .all(textMatch, q.limit) as { id: number; name: string; city: string; country: string | null; rank: number }[];
    for (const r of rows) {
      hits.push({
        kind: 'office',
        id: r.id,
        name: pick(r.name, lang),
        detail: [pick(r.city, lang), r.country].filter(Boolean).join(', '),
        score: -r.rank,
      });
    }
  }

  if (textMatch && want('release')) {
    const rows = sql
      .prepare(
        `SELECT r.id, r.title, r.reference, r.language, s.rank
         FROM (SELECT rowid, ${RELEASE_WEIGHTS} AS rank FROM releases_fts WHERE releases_fts MATCH ? ORDER BY rank LIMIT ?) s
         JOIN releases r ON r.id = s.rowid WHERE r.archived_at IS NULL`,
      )
      .all(textMatch, q.limit) as {
      id: number;
      title: string;
      reference: string | null;
      language: string;
      rank: number;
    }[];
    for (const r of rows) {
      hits.push({
        kind: 'release',
        id: r.id,
        name: r.title,
        detail: [r.reference, r.language.toUpperCase()].filter(Boolean).join(' · '),
        score: -r.rank,
      });
    }
  }

  const folded = fold(q.query);
  return hits
    .map((h) => ({ h, t: nameTier(h.name, folded) }))
    .sort((a, b) => a.t - b.t || b.h.score - a.h.score)
    .slice(0, q.limit)
    .map(({ h }) => h);
}
