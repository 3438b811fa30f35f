import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id } from './columns';
import { contacts } from './contacts';
import { distributionLists } from './lists';
import { releases } from './releases';

export const activityKinds = [
  'created',
  'updated',
  'archived',
  'restored',
  'erased',
  'exported',
  'sent',
  'imported',
] as const;

/** Who was sent or given what release, and edits worth auditing. */
export const activity = sqliteTable(
  'activity',
  {
    id: id(),
    at: text('at').notNull(),
    kind: text('kind', { enum: activityKinds }).notNull(),
    /** The kind of record the entry is about: contact, office, organisation, release, list. */
    subject: text('subject').notNull(),
    contactId: integer('contact_id').references(() => contacts.id, { onDelete: 'cascade' }),
    releaseId: integer('release_id').references(() => releases.id, { onDelete: 'set null' }),
    listId: integer('list_id').references(() => distributionLists.id, { onDelete: 'set null' }),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('activity_contact').on(t.contactId, t.at), index('activity_release').on(t.releaseId)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).$type<unknown>().notNull(),
});
