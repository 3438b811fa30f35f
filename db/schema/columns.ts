import { integer, text } from 'drizzle-orm/sqlite-core';

/** Text that exists in several languages, keyed by ISO 639-1 code: `{ fr: 'Bruxelles', en: 'Brussels' }`. */
export type LocalizedText = Partial<Record<string, string>>;

export const localized = (name: string) => text(name, { mode: 'json' }).$type<LocalizedText>().notNull().default({});

/** Timestamps are ISO 8601 strings in UTC: readable in the file, sortable, and exact across time zones. */
export const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

export const archivedAt = () => text('archived_at');

export const id = () => integer('id').primaryKey({ autoIncrement: true });
