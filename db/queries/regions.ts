import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { regionCountries, regions } from '../schema';
import { now } from './util';

export interface RegionRecord {
  readonly id: number;
  readonly name: Record<string, string>;
  readonly countries: string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface RegionValues {
  readonly name: Record<string, string>;
  readonly countries: readonly string[];
}

export function listRegions(db: Db): RegionRecord[] {
  const rows = db.select().from(regions).orderBy(regions.id).all();
  const countries = db.select().from(regionCountries).orderBy(regionCountries.country).all();
  return rows.map((r) => ({
    id: r.id,
    name: r.name as Record<string, string>,
    countries: countries.filter((c) => c.regionId === r.id).map((c) => c.country),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}

export const getRegion = (db: Db, id: number) => listRegions(db).find((r) => r.id === id);

function replaceCountries(db: Db, regionId: number, countries: readonly string[]) {
  db.delete(regionCountries).where(eq(regionCountries.regionId, regionId)).run();
  const unique = [...new Set(countries)];
  if (unique.length)
    db.insert(regionCountries)
      .values(unique.map((country) => ({ regionId, country })))
      .run();
}

export function insertRegion(db: Db, values: RegionValues, at = now()): number {
  return db.transaction(() => {
    const [row] = db.insert(regions).values({ name: values.name, createdAt: at, updatedAt: at }).returning().all();
    replaceCountries(db, row!.id, values.countries);
    return row!.id;
  });
}

export function updateRegion(db: Db, id: number, patch: Partial<RegionValues>): boolean {
  return db.transaction(() => {
    const { changes } = db
      .update(regions)
      .set({ ...(patch.name ? { name: patch.name } : {}), updatedAt: now() })
      .where(eq(regions.id, id))
      .run();
    if (changes > 0 && patch.countries) replaceCountries(db, id, patch.countries);
    return changes > 0;
  });
}
