import { z } from 'zod';
import { countrySchema, langSchema, pageSchema, shortText } from './common';

/** What a spreadsheet column can feed; `null` in a mapping ignores the column. */
export const importColumnFields = [
  'honorific',
  'givenName',
  'middleName',
  'familyName',
  'fullName',
  'organisation',
  'office',
  'title',
  'email',
  'emailLabel',
  'phone',
  'phoneOffice',
  'phoneMobile',
  'phoneFax',
  'phoneWhatsapp',
  'phoneLabel',
  'country',
  'city',
  'languages',
  'topics',
  'notes',
] as const;

export const importPresets = ['auto', 'outlook', 'google', 'generic'] as const;
export const duplicateActions = ['skip', 'merge', 'keep-both'] as const;
export const importRowStatuses = ['new', 'duplicate', 'rejected'] as const;

/**
 * Transport limits. Requests are JSON of at most 10 MB in browser mode (and the same schemas bind Electron IPC), so
 * a file travels base64-encoded: inline in `import:preview` up to about 7 MB, and larger files (up to 100 MB) in
 * pieces of about 6 MB through `import:upload` before `import:preview` with `{ kind: 'uploaded' }`.
 */
export const IMPORT_INLINE_BASE64_MAX = 9_400_000;
export const IMPORT_CHUNK_BASE64_MAX = 8_000_000;

const base64 = (max: number) =>
  z
    .string()
    .max(max, 'Too large for one request: send the file in pieces with import:upload')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Send the content base64-encoded');

/** Chosen by the client (a random UUID), so it can poll progress and cancel while the preview runs. */
export const importIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'Use a random id of 8 to 64 letters, digits, "-" or "_"');

export const importUploadInput = z.strictObject({
  importId: importIdSchema,
  /** Where this piece starts in the file; pieces are sent in order. */
  offset: z.number().int().min(0).max(200_000_000),
  chunkBase64: base64(IMPORT_CHUNK_BASE64_MAX),
});

export const importUploadOutput = z.object({ importId: importIdSchema, bytes: z.number().int() });

export const importSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('inline'), contentBase64: base64(IMPORT_INLINE_BASE64_MAX) }),
  z.strictObject({ kind: z.literal('uploaded') }),
  /** Release text pasted by the user (plain text or HTML). */
  z.strictObject({ kind: z.literal('text'), text: z.string().min(1).max(5_000_000) }),
]);

const mappingSchema = z.array(z.enum(importColumnFields).nullable()).max(2000);

export const importPreviewInput = z.strictObject({
  importId: importIdSchema,
  fileName: z.string().trim().min(1).max(255),
  source: importSource,
  preset: z.enum(importPresets).default('auto'),
  /** One field (or null) per column, as the user confirmed or adjusted it; null lets the preset or memory decide. */
  mapping: mappingSchema.nullable().default(null),
  /** Country for numbers without a country code in rows without a country; never guessed from other numbers. */
  defaultCountry: countrySchema.nullable().default(null),
  /** Language of titles and new organisation names when the file does not say. */
  lang: langSchema.default('en'),
  sheet: z.string().max(100).nullable().default(null),
});

const fieldProblem = z.object({ field: z.string(), reason: z.string() });

export const importTable = z.object({
  header: z.array(z.string()),
  signature: z.string(),
  preset: z.enum(['outlook', 'google', 'generic']),
  layout: z.string().nullable(),
  mapping: mappingSchema,
  mappingSource: z.enum(['remembered', 'preset', 'chosen']),
  samples: z.array(z.array(z.string())),
  delimiter: z.string().nullable(),
  sheet: z.string().nullable(),
});

export const importCounts = z.object({
  rows: z.number().int(),
  new: z.number().int(),
  duplicates: z.number().int(),
  updates: z.number().int(),
  inFile: z.number().int(),
  rejected: z.number().int(),
});

export const importPreviewOutput = z.object({
  importId: importIdSchema,
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx', 'vcard', 'release']),
  encoding: z.string().nullable(),
  table: importTable.nullable(),
  /** No column was recognised as a name, email or phone: show `table` and preview again with a `mapping`. */
  needsMapping: z.boolean(),
  counts: importCounts,
  /** Capped at 1000 names. */
  organisationsToCreate: z.array(z.string()),
});

export const importRowsInput = z.strictObject({
  importId: importIdSchema,
  status: z.enum(['all', ...importRowStatuses]).default('all'),
  page: pageSchema.default({ offset: 0, limit: 100 }),
});

export const importPlanRow = z.object({
  row: z.number().int(),
  status: z.enum(importRowStatuses),
  contact: z
    .object({
      honorific: z.string().nullable(),
      givenName: z.string(),
      familyName: z.string(),
      organisation: z.string().nullable(),
      organisationId: z.number().int().nullable(),
      office: z.string().nullable(),
      officeId: z.number().int().nullable(),
      title: z.record(z.string(), z.string()),
      phones: z.array(
        z.object({
          raw: z.string(),
          e164: z.string(),
          kind: z.enum(['office', 'mobile', 'whatsapp', 'fax']).nullable(),
        }),
      ),
      emails: z.array(z.string()),
      languages: z.array(z.string()),
      topics: z.array(z.string()),
    })
    .nullable(),
  problems: z.array(fieldProblem),
  warnings: z.array(z.string()),
  match: z
    .object({
      target: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('contact'), id: z.number().int() }),
        z.object({ kind: z.literal('row'), row: z.number().int() }),
      ]),
      name: z.string(),
      reasons: z.array(z.enum(['email', 'phone', 'name'])),
      /** Jaro-Winkler similarity of the names, 0 to 1. */
      score: z.number(),
      changes: z.array(z.object({ field: z.string(), before: z.string(), after: z.string() })),
    })
    .nullable(),
});

export const importRowsOutput = z.object({ rows: z.array(importPlanRow), total: z.number().int() });

export const importIdInput = z.strictObject({ importId: importIdSchema });

export const importProgressOutput = z.object({
  phase: z.enum(['uploading', 'reading', 'checking', 'ready', 'writing', 'done', 'failed', 'cancelled']),
  done: z.number(),
  total: z.number(),
});

export const importCancelOutput = z.object({ cancelled: z.boolean() });

export const importApplyInput = z.strictObject({
  importId: importIdSchema,
  onDuplicate: z.enum(duplicateActions).default('skip'),
  /** Per-row choices overriding `onDuplicate`. */
  decisions: z
    .array(z.strictObject({ row: z.number().int().min(1), action: z.enum(duplicateActions) }))
    .max(200_000)
    .default([]),
  /** Import the valid rows even if some are rejected; otherwise any rejected row means nothing is written. */
  skipInvalid: z.boolean().default(false),
  lawfulBasis: shortText.nullable().default(null),
  /** Default "Imported from <file name>" ("Extracted from <file name>" for release text). */
  source: shortText.nullable().default(null),
  rememberMapping: z.boolean().default(true),
});

const rejectedField = z.object({ row: z.number().int(), field: z.string(), reason: z.string() });

export const importApplyOutput = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
  /** The first 1000 rejected fields; `rejectedTotal` counts them all. */
  rejected: z.array(rejectedField),
  rejectedTotal: z.number().int(),
});

/** A person extracted from a release, as the user corrected it before importing. */
export const importEditRowInput = z.strictObject({
  importId: importIdSchema,
  row: z.number().int().min(1),
  person: z.strictObject({
    honorific: z.string().trim().max(40).nullable(),
    name: z.string().trim().min(1, 'Enter the person’s name').max(200),
    title: z.string().trim().max(300).nullable(),
    organisation: z.string().trim().max(300).nullable(),
    office: z.string().trim().max(300).nullable(),
    phones: z
      .array(
        z.strictObject({
          raw: z.string().trim().min(1).max(60),
          kind: z.enum(['office', 'mobile', 'whatsapp', 'fax']).nullable(),
        }),
      )
      .max(20),
    emails: z.array(z.string().trim().min(1).max(320)).max(20),
  }),
});

export type ImportColumnField = (typeof importColumnFields)[number];
export type ImportPreviewInput = z.input<typeof importPreviewInput>;
export type ImportPreviewOutput = z.infer<typeof importPreviewOutput>;
export type ImportPlanRow = z.infer<typeof importPlanRow>;
export type ImportApplyInput = z.input<typeof importApplyInput>;
export type ImportApplyOutput = z.infer<typeof importApplyOutput>;
