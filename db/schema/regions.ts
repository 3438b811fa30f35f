import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, localized, timestamps } from './columns';

/** A user-defined region ("West and Central Africa") and the countries it groups. */
export const regions = sqliteTable('regions', {
  id: id(),
  name: localized('name'),
  ...timestamps,
});

export const regionCountries = sqliteTable(
  'region_countries',
  {
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    /** ISO 3166-1 alpha-2. */
    country: text('country').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.country] }), index('region_countries_country').on(t.country)],
);
