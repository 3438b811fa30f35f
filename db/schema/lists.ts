import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, timestamps } from './columns';
import { contacts } from './contacts';
import { releases } from './releases';

export const distributionLists = sqliteTable('distribution_lists', {
  id: id(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  owner: text('owner'),
  /** A saved contact filter ("smart list"); null for a purely static list. */
  filter: text('filter', { mode: 'json' }).$type<unknown>(),
  ...timestamps,
  archivedAt: archivedAt(),
});

export const listMemberModes = ['include', 'exclude'] as const;

/** Manual additions and exclusions, combined with the list's filter. */
export const distributionListMembers = sqliteTable(
  'distribution_list_members',
  {
    listId: integer('list_id')
      .notNull()
      .references(() => distributionLists.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    mode: text('mode', { enum: listMemberModes }).notNull().default('include'),
    addedAt: text('added_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.listId, t.contactId] }), index('distribution_list_members_contact').on(t.contactId)],
);

export const releaseLists = sqliteTable(
  'release_lists',
  {
    releaseId: integer('release_id')
      .notNull()
      .references(() => releases.id, { onDelete: 'cascade' }),
    listId: integer('list_id')
      .notNull()
      .references(() => distributionLists.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.listId] })],
);
