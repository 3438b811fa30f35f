import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, localized, timestamps } from './columns';

export const organisationKinds = ['own', 'un_agency', 'ngo', 'government', 'media', 'other'] as const;

export const organisations = sqliteTable('organisations', {
  id: id(),
  name: localized('name'),
  acronym: localized('acronym'),
  kind: text('kind', { enum: organisationKinds }).notNull().default('other'),
  website: text('website'),
  ...timestamps,
  archivedAt: archivedAt(),
});
