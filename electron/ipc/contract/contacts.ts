import { z } from 'zod';
import {
  countrySchema,
  idSchema,
  isoDateSchema,
  langSchema,
  localizedSchema,
  longText,
  pageSchema,
  patchOf,
  recordMeta,
  shortText,
  sortDirectionSchema,
  timestampSchema,
} from './common';
import { contactListSorts, contactRoles, emailKinds, phoneKinds } from './contact-choices';

export { contactListSorts, contactRoles, contactSortColumns, emailKinds, phoneKinds } from './contact-choices';

export const phoneInput = z.strictObject({
  /** Kept when the contact is updated, so contact blocks that chose this number keep it. */
  id: idSchema.optional(),
  kind: z.enum(phoneKinds).nullable().default(null),
  raw: z.string().trim().min(1, 'Enter a phone number').max(60),
  preferred: z.boolean().default(false),
});

export const emailInput = z.strictObject({
  id: idSchema.optional(),
  address: z.email('Enter a valid email address').max(320),
  kind: z.enum(emailKinds).nullable().default(null),
  preferred: z.boolean().default(false),
});

const contactFields = {
  honorific: z.string().max(40).nullable().default(null),
  givenName: z.string().trim().max(200).default(''),
  familyName: z.string().trim().max(200).default(''),
  organisationId: idSchema.nullable().default(null),
  officeId: idSchema.nullable().default(null),
  title: localizedSchema.default({}),
  phones: z.array(phoneInput).max(20).default([]),
  emails: z.array(emailInput).max(20).default([]),
  languages: z.array(langSchema).max(30).default([]),
  roles: z.array(z.enum(contactRoles)).max(contactRoles.length).default([]),
  countries: z.array(countrySchema).max(300).default([]),
  regionIds: z.array(idSchema).max(100).default([]),
  topics: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
  social: z.record(z.string().regex(/^[a-z][a-z0-9_]{0,30}$/), shortText).default({}),
  notes: longText.default(''),
  doNotContact: z.boolean().default(false),
  doNotContactReason: shortText.nullable().default(null),
  doNotContactUntil: isoDateSchema.nullable().default(null),
  lawfulBasis: shortText.nullable().default(null),
  source: shortText.nullable().default(null),
  lastVerifiedAt: timestampSchema.nullable().default(null),
};

const hasName = (c: { givenName?: string; familyName?: string }) =>
  (c.givenName ?? '').trim() !== '' || (c.familyName ?? '').trim() !== '';

export const contactInput = z
  .strictObject(contactFields)
  .refine(hasName, { message: 'Enter a given or family name', path: ['familyName'] });

export const contactUpdateInput = z.strictObject({
  id: idSchema,
  patch: patchOf(contactFields),
});

export const phone = z.object({
  id: idSchema,
  kind: z.enum(phoneKinds).nullable(),
  raw: z.string(),
  e164: z.string().nullable(),
  /** International format for display ("+32 2 287 71 15"). */
  display: z.string(),
  preferred: z.boolean(),
});

export const email = z.object({
  id: idSchema,
  address: z.string(),
  kind: z.enum(emailKinds).nullable(),
  preferred: z.boolean(),
});

export const contact = z.object({
  ...recordMeta,
  honorific: z.string().nullable(),
  givenName: z.string(),
  familyName: z.string(),
  displayName: z.string(),
  organisationId: idSchema.nullable(),
  officeId: idSchema.nullable(),
  title: localizedSchema,
  phones: z.array(phone),
  emails: z.array(email),
  languages: z.array(z.string()),
  roles: z.array(z.enum(contactRoles)),
  countries: z.array(z.string()),
  regionIds: z.array(idSchema),
  topics: z.array(z.string()),
  social: z.record(z.string(), z.string()),
  notes: z.string(),
  doNotContact: z.boolean(),
  doNotContactReason: z.string().nullable(),
  doNotContactUntil: z.string().nullable(),
  lawfulBasis: z.string().nullable(),
  source: z.string().nullable(),
  lastVerifiedAt: z.string().nullable(),
});

/** One row of the contacts table: what a dense list shows, without the child collections. */
export const contactRow = z.object({
  id: idSchema,
  displayName: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  title: localizedSchema,
  organisationId: idSchema.nullable(),
  organisationName: localizedSchema,
  officeId: idSchema.nullable(),
  officeName: localizedSchema,
  city: localizedSchema,
  country: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  languages: z.array(z.string()),
  roles: z.array(z.string()),
  doNotContact: z.boolean(),
  lastVerifiedAt: z.string().nullable(),
  updatedAt: timestampSchema,
  archivedAt: timestampSchema.nullable(),
});

export const contactFilter = z.strictObject({
  query: shortText.default(''),
  organisationId: idSchema.optional(),
  officeId: idSchema.optional(),
  role: z.enum(contactRoles).optional(),
  language: langSchema.optional(),
  country: countrySchema.optional(),
  regionId: idSchema.optional(),
  topic: z.string().max(100).optional(),
  doNotContact: z.boolean().optional(),
  /**
   * Not verified for more than this many months, counted back from today when the query runs (so a saved smart
   * list stays "stale records"); never verified counts as stale.
   */
  verifiedMonthsAgo: z.number().int().min(1).max(240).optional(),
  includeArchived: z.boolean().default(false),
});

export const contactListInput = z.strictObject({
  page: pageSchema.default({ offset: 0, limit: 100 }),
  sort: z
    .strictObject({ column: z.enum(contactListSorts), direction: sortDirectionSchema })
    .default({ column: 'name', direction: 'asc' }),
  filter: contactFilter.default({ query: '', includeArchived: false }),
});

export type PhoneInput = z.input<typeof phoneInput>;
export type EmailInput = z.input<typeof emailInput>;
export type ContactInput = z.input<typeof contactInput>;
export type ContactInputParsed = z.infer<typeof contactInput>;
export type Contact = z.infer<typeof contact>;
export type ContactRow = z.infer<typeof contactRow>;
export type ContactFilter = z.infer<typeof contactFilter>;
export type ContactListInput = z.infer<typeof contactListInput>;
