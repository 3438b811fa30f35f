import { index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, localized, timestamps } from './columns';
import { organisations } from './organisations';
import { regions } from './regions';

export const officeKinds = ['hq', 'regional', 'country', 'sub_office', 'liaison', 'other'] as const;

export const offices = sqliteTable(
  'offices',
  {
    id: id(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    parentId: integer('parent_id').references((): AnySQLiteColumn => offices.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: officeKinds }).notNull().default('country'),
    /** "Bureau régional de l’OIM à Bruxelles" / "IOM Regional Office in Brussels". */
    name: localized('name'),
    /** "Bruxelles" / "Brussels". */
    city: localized('city'),
    /** ISO 3166-1 alpha-2. */
    country: text('country'),
    regionId: integer('region_id').references(() => regions.id, { onDelete: 'set null' }),
    /** IANA time zone, e.g. Europe/Brussels. */
    timeZone: text('time_zone'),
    phoneRaw: text('phone_raw'),
    phoneE164: text('phone_e164'),
    email: text('email'),
    address: text('address'),
    ...timestamps,
    archivedAt: archivedAt(),
  },
  (t) => [
    index('offices_organisation').on(t.organisationId),
    index('offices_parent').on(t.parentId),
    index('offices_country').on(t.country),
    index('offices_region').on(t.regionId),
  ],
);
