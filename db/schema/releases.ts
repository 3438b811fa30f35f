import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, timestamps } from './columns';
import { contacts } from './contacts';
import { organisations } from './organisations';
import { tags } from './tags';

export const releaseStatuses = ['draft', 'in_review', 'approved', 'embargoed', 'published', 'archived'] as const;

export const releases = sqliteTable(
  'releases',
  {
    id: id(),
    /** "PR-2026-014": one number per release, shared by its language versions (unique with the language). */
    reference: text('reference'),
    year: integer('year').notNull(),
    /** ISO 639-1 language of this version. */
    language: text('language').notNull(),
    /** Shared by the FR/EN/ES versions of one release. */
    translationGroup: text('translation_group').notNull(),
    /**
     * The version this one was translated from; it is stale once that one's words change after its own. Not a
     * foreign key: drizzle-kit's ADD COLUMN drops the ON DELETE action, and a dangling id just means "no source".
     */
    translatedFromId: integer('translated_from_id'),
    organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    title: text('title').notNull().default(''),
    subtitle: text('subtitle').notNull().default(''),
    datelineCity: text('dateline_city'),
    /** ISO date (YYYY-MM-DD). */
    datelineDate: text('dateline_date'),
    /** Rich text as the editor's JSON, the sanitised HTML rendered from it, and plain text for search. */
    bodyJson: text('body_json', { mode: 'json' }).$type<unknown>(),
    bodyHtml: text('body_html').notNull().default(''),
    bodyText: text('body_text').notNull().default(''),
    notesToEditors: text('notes_to_editors').notNull().default(''),
    status: text('status', { enum: releaseStatuses }).notNull().default('draft'),
    /** ISO instant (UTC) and the IANA zone it is shown in. */
    embargoUntil: text('embargo_until'),
    embargoTimeZone: text('embargo_time_zone'),
    ...timestamps,
    /** When the words last changed (title, subtitle, dateline, body, notes); status and tags do not count. */
    editedAt: text('edited_at'),
    archivedAt: archivedAt(),
  },
  (t) => [
    uniqueIndex('releases_reference_language').on(t.reference, t.language),
    index('releases_group').on(t.translationGroup),
    index('releases_status').on(t.status),
  ],
);

export const releaseTags = sqliteTable(
  'release_tags',
  {
    releaseId: integer('release_id')
      .notNull()
      .references(() => releases.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.tagId] }), index('release_tags_tag').on(t.tagId)],
);

export const revisionReasons = ['created', 'edit', 'status', 'restore', 'translated'] as const;

export const releaseRevisions = sqliteTable(
  'release_revisions',
  {
    id: id(),
    releaseId: integer('release_id')
      .notNull()
      .references(() => releases.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    /** Edits within a few seconds of a revision are folded into it; this is when the last one was. */
    savedAt: text('saved_at'),
    reason: text('reason', { enum: revisionReasons }).notNull().default('edit'),
    /** The whole release as it was, so any revision can be viewed and restored. */
    snapshot: text('snapshot', { mode: 'json' }).$type<unknown>().notNull(),
  },
  (t) => [index('release_revisions_release').on(t.releaseId, t.createdAt)],
);

/** One "For more information…" block of a release; several when a release has "In Geneva:" / "In Brussels:" parts. */
export const contactBlocks = sqliteTable(
  'contact_blocks',
  {
    id: id(),
    releaseId: integer('release_id')
      .notNull()
      .references(() => releases.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    /** Optional sub-heading ("In Geneva:"). */
    subheading: text('subheading'),
  },
  (t) => [index('contact_blocks_release').on(t.releaseId)],
);

export const contactBlockRows = sqliteTable(
  'contact_block_rows',
  {
    id: id(),
    blockId: integer('block_id')
      .notNull()
      .references(() => contactBlocks.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    /** Ids of the contact's phones and emails shown in this block, in order; null shows all. */
    phoneIds: text('phone_ids', { mode: 'json' }).$type<number[]>(),
    emailIds: text('email_ids', { mode: 'json' }).$type<number[]>(),
  },
  (t) => [index('contact_block_rows_block').on(t.blockId), index('contact_block_rows_contact').on(t.contactId)],
);
