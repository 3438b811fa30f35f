import type { Db } from '../client';
import { fold } from './fts';
import { parseJson } from './util';

export interface PlaceOffice {
  readonly id: number;
  readonly organisationId: number;
  readonly city: Record<string, string>;
  readonly country: string | null;
  readonly regionId: number | null;
}

export interface DatelinePlace {
  /** The offices in the dateline's city (any language of their city name matches, accents aside). */
  readonly offices: PlaceOffice[];
  /** The city's names per language, from the first office that knows it. */
  readonly cityNames: Record<string, string>;
  /** The country of those offices, the most common if they disagree. */
  readonly country: string | null;
  /** Regions the offices belong to or that hold the country. */
  readonly regions: { readonly id: number; readonly name: Record<string, string> }[];
}

/**
 * Where a dateline city is, from the directory: "Bruxelles", "Brussels" and "bruxelles" all find the Brussels
 * offices. The FTS index narrows the offices (it folds accents as `fold` does); the exact comparison is done here.
 */
export function findDatelinePlace(db: Db, city: string | null): DatelinePlace | null {
  const folded = fold(city ?? '');
  if (!folded) return null;
  const candidates = db.$client
    .prepare(
      `SELECT f.id, f.organisation_id AS organisationId, f.city, f.country, f.region_id AS regionId
       FROM offices f
       WHERE f.archived_at IS NULL AND f.id IN (SELECT rowid FROM offices_fts WHERE offices_fts MATCH ?)
       ORDER BY f.id`,
    )
    .all(`city : "${folded}"`) as (Omit<PlaceOffice, 'city'> & { city: string })[];
  const offices = candidates
    .map((o) => ({ ...o, city: parseJson(o.city) }))
    .filter((o) => Object.values(o.city).some((name) => fold(name) === folded));
  if (offices.length === 0) return null;

  const countries = new Map<string, number>();
  for (const o of offices) if (o.country) countries.set(o.country, (countries.get(o.country) ?? 0) + 1);
  const country = [...countries.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const regions = db.$client
    .prepare(
      `SELECT id, name FROM regions
       WHERE id IN (SELECT value FROM json_each(?)) OR id IN (SELECT region_id FROM region_countries WHERE country = ?)
       ORDER BY id`,
    )
    .all(JSON.stringify(offices.flatMap((o) => (o.regionId === null ? [] : [o.regionId]))), country) as {
    id: number;
    name: string;
  }[];
  const cityNames = offices.reduce<Record<string, string>>((names, o) => ({ ...o.city, ...names }), {});
  return { offices, cityNames, country, regions: regions.map((r) => ({ id: r.id, name: parseJson(r.name) })) };
}
