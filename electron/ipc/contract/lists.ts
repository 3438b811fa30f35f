import { z } from 'zod';
import {
  archiveInput,
  getInput,
  idSchema,
  langSchema,
  localizedSchema,
  longText,
  pageSchema,
  patchOf,
  recordMeta,
  shortText,
  sortDirectionSchema,
} from './common';
import { contactFilter } from './contacts';

/** A smart list's saved filter is the contacts table's filter: the list shows what that filter shows, live. */
export const listFilter = contactFilter;

const listFields = {
  name: z.string().trim().min(1, 'Give the list a name').max(200),
  description: longText.default(''),
  owner: z.string().trim().max(200).nullable().default(null),
  /** Null for a list of hand-picked people only. */
  filter: listFilter.nullable().default(null),
};

export const listInput = z.strictObject(listFields);
export const listUpdateInput = z.strictObject({ id: idSchema, patch: patchOf(listFields) });

export const listQueryInput = z.strictObject({
  query: shortText.default(''),
  includeArchived: z.boolean().default(false),
});

export const listCounts = z.object({
  /** Everyone on the list: filter matches and people added by hand, less people excluded by hand. */
  members: z.number().int(),
  /** Members a hand-off reaches: not do-not-contact, not archived, with an email address. */
  sendable: z.number().int(),
  doNotContact: z.number().int(),
  archived: z.number().int(),
  noEmail: z.number().int(),
  byFilter: z.number().int(),
  addedByHand: z.number().int(),
  excludedByHand: z.number().int(),
});

export const listRelease = z.object({
  id: idSchema,
  reference: z.string().nullable(),
  title: z.string(),
  language: z.string(),
  status: z.string(),
});

export const list = z.object({
  ...recordMeta,
  name: z.string(),
  description: z.string(),
  owner: z.string().nullable(),
  filter: listFilter.nullable(),
  /** True when the saved filter no longer fits the filter's shape (an older version's): only manual members count. */
  filterInvalid: z.boolean(),
  counts: listCounts,
  releases: z.array(listRelease),
});

export const memberWarnings = ['do-not-contact', 'archived', 'no-email'] as const;
export const memberStatuses = ['all', 'sendable', 'warnings', 'excluded'] as const;
export const memberSortColumns = ['name', 'organisation', 'office', 'country'] as const;

export const listMembersInput = z.strictObject({
  id: idSchema,
  page: pageSchema.default({ offset: 0, limit: 100 }),
  sort: z
    .strictObject({ column: z.enum(memberSortColumns), direction: sortDirectionSchema })
    .default({ column: 'name', direction: 'asc' }),
  /** sendable: reached by a hand-off; warnings: left out of it, with why; excluded: taken off by hand. */
  status: z.enum(memberStatuses).default('all'),
  lang: langSchema.default('en'),
});

export const memberRow = z.object({
  id: idSchema,
  displayName: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  title: localizedSchema,
  organisationName: localizedSchema,
  officeName: localizedSchema,
  city: localizedSchema,
  country: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** On the list because the saved filter matches them. */
  byFilter: z.boolean(),
  addedByHand: z.boolean(),
  excludedByHand: z.boolean(),
  /** Why this person is left out of sends; empty for people a hand-off reaches. */
  warnings: z.array(z.enum(memberWarnings)),
  doNotContactReason: z.string().nullable(),
  doNotContactUntil: z.string().nullable(),
});

export const listMembersOutput = z.object({ rows: z.array(memberRow), total: z.number().int(), counts: listCounts });

/** Bulk actions from any table: up to 100,000 people at once, in one transaction. */
export const listMembershipInput = z.strictObject({
  id: idSchema,
  contactIds: z.array(idSchema).min(1).max(100_000),
});

export const listMembershipOutput = z.object({
  /** People whose membership changed. */
  changed: z.number().int(),
  /** Ids that are not contacts (deleted meanwhile): nothing was done for them. */
  unknown: z.number().int(),
  counts: listCounts,
});

export const listAttachInput = z.strictObject({
  id: idSchema,
  releaseId: idSchema,
  attached: z.boolean().default(true),
});

export const listAttachOutput = z.object({ releases: z.array(listRelease) });

export const handoffSeparators = ['comma', 'semicolon'] as const;

export const handoffInput = z.strictObject({
  id: idSchema,
  /** People per message: mail services cap recipients per message (often 100 to 500). */
  batchSize: z.number().int().min(1).max(1000).default(50),
  subject: shortText.default(''),
  /** Plain text put in the mailto: links when they stay short enough. */
  body: longText.default(''),
  /** How copied addresses are joined: Outlook wants semicolons, most other clients commas. */
  separator: z.enum(handoffSeparators).default('comma'),
});

export const unreachableMember = z.object({
  id: idSchema,
  displayName: z.string(),
  reason: z.enum(memberWarnings),
});

export const handoffBatch = z.object({
  /** 1-based. */
  index: z.number().int(),
  contactIds: z.array(idSchema),
  addresses: z.array(z.string()),
  /** The addresses joined with the chosen separator, ready for the clipboard's Bcc field. */
  text: z.string(),
  /** Null when the batch is too long for a mailto: link; use its .eml or copy the addresses. */
  mailto: z.string().nullable(),
  mailtoHasBody: z.boolean(),
});

export const handoffOutput = z.object({
  recipients: z.number().int(),
  batches: z.array(handoffBatch),
  /** Members left out of every batch, with why (do-not-contact people are never included). */
  unreachable: z.array(unreachableMember),
});

const emailAddress = z.email('Enter a valid email address').max(320);

export const handoffEmlInput = z.strictObject({
  id: idSchema,
  /** The batch's people as `lists:handoff` gave them; checked again, so anyone marked do-not-contact since is left out. */
  contactIds: z.array(idSchema).min(1).max(1000),
  batch: z.number().int().min(1).default(1),
  /** The release to send: its title is the subject and its body the message, unless `message` is given. */
  releaseId: idSchema.nullable().default(null),
  message: z
    .strictObject({
      subject: shortText,
      text: z.string().max(2_000_000),
      html: z.string().max(4_000_000).nullable().default(null),
    })
    .nullable()
    .default(null),
  from: z
    .strictObject({ name: z.string().max(200).default(''), address: emailAddress })
    .nullable()
    .default(null),
});

export const handoffEmlOutput = z.object({
  fileName: z.string(),
  /** The .eml file's text (CRLF line ends); save it and open it in the mail client. */
  content: z.string(),
  recipients: z.number().int(),
  /** People of the batch left out now (marked do-not-contact, archived or without an address since). */
  leftOut: z.array(unreachableMember),
});

export const handoffRecordInput = z.strictObject({
  id: idSchema,
  contactIds: z.array(idSchema).min(1).max(1000),
  batch: z.number().int().min(1).default(1),
  via: z.enum(['bcc-copy', 'mailto']),
  releaseId: idSchema.nullable().default(null),
});

export const handoffRecordOutput = z.object({ recorded: z.number().int() });

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

export const contactActivityInput = z.strictObject({
  contactId: idSchema,
  page: pageSchema.default({ offset: 0, limit: 50 }),
});

export const activityRow = z.object({
  id: idSchema,
  at: z.string(),
  kind: z.enum(activityKinds),
  releaseId: idSchema.nullable(),
  releaseTitle: z.string().nullable(),
  releaseReference: z.string().nullable(),
  listId: idSchema.nullable(),
  listName: z.string().nullable(),
  /** What was handed over and how: `{ format: 'csv', file }`, `{ via: 'eml', batch }`. */
  detail: z.record(z.string(), z.unknown()),
});

export const contactActivityOutput = z.object({ rows: z.array(activityRow), total: z.number().int() });

/**
 * The distribution-list channels (and a contact's activity), spread into the contract: lists with live counts, their
 * members page by page with warnings, bulk membership changes, release attachment, and the mail hand-off.
 */
export const listChannels = {
  'lists:list': { input: listQueryInput, output: z.object({ rows: z.array(list) }) },
  'lists:get': { input: getInput, output: list },
  'lists:create': { input: listInput, output: list },
  'lists:update': { input: listUpdateInput, output: list },
  'lists:archive': { input: archiveInput, output: list },
  'lists:members': { input: listMembersInput, output: listMembersOutput },
  'lists:add-members': { input: listMembershipInput, output: listMembershipOutput },
  'lists:remove-members': { input: listMembershipInput, output: listMembershipOutput },
  'lists:exclude-members': { input: listMembershipInput, output: listMembershipOutput },
  'lists:reset-members': { input: listMembershipInput, output: listMembershipOutput },
  'lists:attach': { input: listAttachInput, output: listAttachOutput },
  'lists:handoff': { input: handoffInput, output: handoffOutput },
  'lists:handoff-eml': { input: handoffEmlInput, output: handoffEmlOutput },
  'lists:handoff-record': { input: handoffRecordInput, output: handoffRecordOutput },
  'activity:contact': { input: contactActivityInput, output: contactActivityOutput },
} as const;

export type ListInput = z.input<typeof listInput>;
export type List = z.infer<typeof list>;
export type ListCounts = z.infer<typeof listCounts>;
export type MemberRow = z.infer<typeof memberRow>;
export type HandoffBatch = z.infer<typeof handoffBatch>;
export type ActivityRow = z.infer<typeof activityRow>;
