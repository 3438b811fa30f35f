import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../open';
import { seedDemo } from '../seed/seed-demo';
import { createRng } from '../seed/prng';
import { officesInArea, suggestContacts, suggestionWeights, type SuggestionQuery } from './release-suggestions';

let opened: OpenedDatabase;
beforeAll(async () => {
  opened = await openDatabase(':memory:');
  seedDemo(opened.db, { contacts: 1500, seed: 7 });
  // Some people the suggestions must never return, and some whose do-not-contact has lapsed.
  opened.db.$client.exec(`
    UPDATE contacts SET archived_at = '2020-01-01T00:00:00Z' WHERE id % 17 = 0;
    UPDATE contacts SET do_not_contact = 1, do_not_contact_until = NULL WHERE id % 13 = 0;
    UPDATE contacts SET do_not_contact = 1, do_not_contact_until = '2018-01-01' WHERE id % 11 = 0;
  `);
});
afterAll(() => opened.close());

const ids = (sql: string, ...params: unknown[]) =>
  opened.db.$client
    .prepare(sql)
    .pluck()
    .all(...params) as number[];

/** The ranking by definition: every eligible contact scored one by one, then sorted. */
function bruteForce(q: SuggestionQuery) {
  const sql = opened.db.$client;
  const w = suggestionWeights;
  const rows = sql
    .prepare(
      `SELECT id, office_id AS officeId, family_name AS family, given_name AS given FROM contacts
       WHERE archived_at IS NULL AND (do_not_contact = 0 OR (do_not_contact_until IS NOT NULL AND do_not_contact_until < ?))`,
    )
    .all(q.today) as { id: number; officeId: number | null; family: string; given: string }[];
  const pairs = (query: string) => {
    const map = new Map<number, unknown[]>();
    for (const [id, value] of sql.prepare(query).raw().all() as [number, unknown][])
      map.set(id, [...(map.get(id) ?? []), value]);
    return (id: number) => map.get(id) ?? [];
  };
  const countries = pairs('SELECT contact_id, country FROM contact_countries');
  const regions = pairs('SELECT contact_id, region_id FROM contact_regions');
  const languages = pairs('SELECT contact_id, lang FROM contact_languages');
  const tags = pairs('SELECT contact_id, tag_id FROM contact_tags');
  const roles = pairs('SELECT contact_id, role FROM contact_roles');
  const scored = rows.flatMap((c) => {
    if (q.excludeContactIds.includes(c.id)) return [];
    const office = c.officeId !== null && q.placeOfficeIds.includes(c.officeId);
    const region =
      (c.officeId !== null && q.regionOfficeIds.includes(c.officeId)) ||
      countries(c.id).includes(q.country) ||
      regions(c.id).some((r) => q.regionIds.includes(r as number));
    const speaks = languages(c.id).includes(q.language);
    const topics = q.tagIds.filter((t) => tags(c.id).includes(t));
    const role = Math.max(0, ...roles(c.id).map((r) => (w.role as Record<string, number>)[r as string] ?? 0));
    if (!office && !region && topics.length === 0 && !(speaks && role > 0)) return [];
    const score =
      (office ? w.office : 0) +
      (region ? w.region : 0) +
      (speaks ? w.language : 0) +
      Math.min(topics.length, w.maxTopics) * w.topic +
      role;
    return [{ ...c, score }];
  });
  const nocase = (s: string) => s.replace(/[A-Z]/g, (x) => x.toLowerCase());
  const cmp = (a: string, b: string) => (nocase(a) < nocase(b) ? -1 : nocase(a) > nocase(b) ? 1 : 0);
  return scored
    .sort((a, b) => b.score - a.score || cmp(a.family, b.family) || cmp(a.given, b.given) || a.id - b.id)
    .slice(0, q.limit)
    .map((c) => ({ id: c.id, score: c.score }));
}

describe('suggestContacts', () => {
  it('ranks exactly as scoring every contact would, whatever the dateline, topics and language', () => {
    const rng = createRng(42);
    const offices = opened.db.$client.prepare('SELECT id, country, region_id AS regionId FROM offices').all() as {
      id: number;
      country: string | null;
      regionId: number | null;
    }[];
    const tags = ids('SELECT id FROM tags');
    const languages = ['fr', 'en', 'es', 'ar', 'pt'];
    for (let round = 0; round < 80; round++) {
      const withDateline = round % 3 !== 2;
      const office = offices[Math.floor(rng.next() * offices.length)]!;
      const place = withDateline ? [office.id] : [];
      const regionIds = withDateline && office.regionId !== null ? [office.regionId] : [];
      const country = withDateline ? office.country : null;
      const tagIds = tags.filter(() => rng.next() < 0.15).slice(0, 4);
      const q: SuggestionQuery = {
        language: languages[round % languages.length]!,
        placeOfficeIds: place,
        regionOfficeIds: withDateline ? officesInArea(opened.db, country, regionIds, place) : [],
        country,
        regionIds,
        tagIds,
        excludeContactIds: ids('SELECT id FROM contacts WHERE office_id = ? LIMIT 2', office.id),
        query: '',
        today: '2018-04-10',
        limit: [1, 3, 5, 10, 30][round % 5]!,
      };
      const got = suggestContacts(opened.db, q).map((h) => ({ id: h.id, score: h.score }));
      expect(got, `round ${round}`).toEqual(bruteForce(q));
    }
  });

  it('never returns archived or do-not-contact people, but does return a lapsed do-not-contact', () => {
    const everyone: SuggestionQuery = {
      language: 'en',
      placeOfficeIds: [],
      regionOfficeIds: ids('SELECT id FROM offices'),
      country: null,
      regionIds: [],
      tagIds: [],
      excludeContactIds: [],
      query: '',
      today: '2018-04-10',
      limit: 100_000,
    };
    const found = new Set(suggestContacts(opened.db, everyone).map((h) => h.id));
    for (const id of ids(
      'SELECT id FROM contacts WHERE archived_at IS NOT NULL OR (do_not_contact = 1 AND do_not_contact_until IS NULL)',
    ))
      expect(found.has(id), `contact ${id}`).toBe(false);
    const lapsed = ids(
      "SELECT id FROM contacts WHERE do_not_contact = 1 AND do_not_contact_until = '2018-01-01' AND archived_at IS NULL AND office_id IS NOT NULL",
    );
    expect(lapsed.length).toBeGreaterThan(0);
    for (const id of lapsed) expect(found.has(id), `contact ${id}`).toBe(true);
  });
});
