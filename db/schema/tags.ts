import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { id } from './columns';

/** One vocabulary for release themes and contact topics, so topics can match releases. */
export const tags = sqliteTable(
  'tags',
  {
    id: id(),
    name: text('name').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('tags_name').on(sql`lower(${t.name})`)],
);
