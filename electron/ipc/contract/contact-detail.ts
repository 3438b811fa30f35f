import { z } from 'zod';
import { releaseStatuses } from './releases';
import { idSchema } from './common';

export const contactListMemberships = ['added', 'filter', 'excluded'] as const;

const contactRelease = z.object({
  id: idSchema,
  reference: z.string().nullable(),
  language: z.string(),
  title: z.string(),
  status: z.enum(releaseStatuses),
  datelineDate: z.string().nullable(),
  archivedAt: z.string().nullable(),
});

const contactList = z.object({
  id: idSchema,
  name: z.string(),
  membership: z.enum(contactListMemberships),
  archivedAt: z.string().nullable(),
});

/** What the contact's record panel shows beside its fields (its activity comes from `activity:contact`). */
export const contactDetailOutput = z.object({
  releases: z.array(contactRelease),
  lists: z.array(contactList),
});

/** The addresses and numbers a contact form holds now, checked against everyone else's. */
export const contactDuplicatesInput = z.strictObject({
  /** The contact being edited (null for a new one): its own addresses are not duplicates. */
  id: idSchema.nullable().default(null),
  /** Numbers without a country code take this office's country, as they will when saved. */
  officeId: idSchema.nullable().default(null),
  emails: z.array(z.string().max(320)).max(20).default([]),
  phones: z.array(z.string().max(60)).max(20).default([]),
});

export const contactDuplicatesOutput = z.object({
  duplicates: z.array(
    z.object({
      kind: z.enum(['email', 'phone']),
      /** The address, or the number as the form holds it. */
      value: z.string(),
      contactId: idSchema,
      displayName: z.string(),
      archived: z.boolean(),
    }),
  ),
});

export const contactEraseInput = z.strictObject({
  id: idSchema,
  /** The person's name typed again: erasure cannot be undone, so a stray click or a wrong id cannot trigger it. */
  confirmation: z.string().max(500),
});

export const contactEraseOutput = z.object({
  erased: z.literal(true),
  /** Published releases whose contact block keeps the person's line as it was printed. */
  releasesKeptText: z.number().int(),
  /** Rows removed, per table. */
  rows: z.record(z.string(), z.number().int()),
});

export const contactExportOutput = z.object({
  /** `firstname-lastname-42`: a file name stem for both files. */
  fileStem: z.string(),
  json: z.string(),
  vcard: z.string(),
});

/** Contact detail, duplicate warnings, erasure and "everything about this person". */
export const contactDetailChannels = {
  'contacts:detail': { input: z.strictObject({ id: idSchema }), output: contactDetailOutput },
  'contacts:duplicates': { input: contactDuplicatesInput, output: contactDuplicatesOutput },
  'contacts:erase': { input: contactEraseInput, output: contactEraseOutput },
  'contacts:export-person': { input: z.strictObject({ id: idSchema }), output: contactExportOutput },
} as const;

export type ContactDetail = z.infer<typeof contactDetailOutput>;
export type ContactDuplicate = z.infer<typeof contactDuplicatesOutput>['duplicates'][number];
