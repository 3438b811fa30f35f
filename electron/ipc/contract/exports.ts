import { z } from 'zod';
import { countrySchema, idSchema, langSchema, shortText } from './common';
import { contactFilter } from './contacts';

export const exportFormats = ['csv', 'csv-semicolon', 'xlsx', 'vcf', 'vcf3', 'pdf'] as const;

/** Chosen by the client (a random UUID), so it can poll progress and cancel while `exports:run` is still running. */
export const exportIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'Use a random id of 8 to 64 letters, digits, "-" or "_"');

export const officeExportFilter = z.strictObject({
  query: shortText.default(''),
  organisationId: idSchema.optional(),
  country: countrySchema.optional(),
  regionId: idSchema.optional(),
  includeArchived: z.boolean().default(false),
});

export const exportSource = z.discriminatedUnion('kind', [
  /** The contacts table's current filter ("spokespeople" is a filter on role). */
  z.strictObject({
    kind: z.literal('contacts'),
    filter: contactFilter,
    /** Rows unticked after "select all": everyone the filter finds except these. */
    exceptIds: z.array(idSchema).max(200_000).default([]),
  }),
  /** Rows picked in a table. */
  z.strictObject({ kind: z.literal('selection'), contactIds: z.array(idSchema).min(1).max(200_000) }),
  /** A distribution list's members; do-not-contact and archived people stay out unless asked for. */
  z.strictObject({ kind: z.literal('list'), listId: idSchema, includeDoNotContact: z.boolean().default(false) }),
  z.strictObject({ kind: z.literal('offices'), filter: officeExportFilter }),
]);

export const exportDestination = z.discriminatedUnion('kind', [
  /** A file the user chose (the desktop app's save dialog): written beside it under a temporary name, then renamed. */
  z.strictObject({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
  /** Browser mode: kept by the server until the client has read it with `exports:read`. */
  z.strictObject({ kind: z.literal('download'), fileName: z.string().trim().min(1).max(255) }),
]);

export const exportRunInput = z.strictObject({
  exportId: exportIdSchema,
  source: exportSource,
  format: z.enum(exportFormats),
  /** CSV and XLSX: column ids in order (see `exports:columns`); null for the default set. */
  columns: z.array(z.string().max(40)).max(80).nullable().default(null),
  /** Header labels, names in this language where they have one, and the PDF's words. */
  lang: langSchema.default('en'),
  pdf: z
    .strictObject({
      pageSize: z.enum(['A4', 'Letter']).default('A4'),
      /** Region then office, office only, or one alphabetical list (a distribution list's sheet). */
      grouping: z.enum(['region', 'office', 'none']).default('region'),
      title: shortText.nullable().default(null),
    })
    .default({ pageSize: 'A4', grouping: 'region', title: null }),
  /** vCard export of a list: end with the list itself as a group card (KIND:group with its members). */
  groupCard: z.boolean().default(true),
  destination: exportDestination,
});

export const exportSkipped = z.object({
  doNotContact: z.number().int(),
  archived: z.number().int(),
  /** Selected ids that are no longer contacts. */
  missing: z.number().int(),
});

export const exportRunOutput = z.object({
  exportId: exportIdSchema,
  /** Where the file is (null for a download: read it with `exports:read`). */
  path: z.string().nullable(),
  fileName: z.string(),
  format: z.enum(exportFormats),
  rows: z.number().int(),
  bytes: z.number().int(),
  columns: z.array(z.string()),
  skipped: exportSkipped,
});

export const exportIdInput = z.strictObject({ exportId: exportIdSchema });

export const exportProgressOutput = z.object({
  phase: z.enum(['preparing', 'writing', 'finishing', 'done', 'failed', 'cancelled']),
  done: z.number().int(),
  total: z.number().int(),
});

export const exportCancelOutput = z.object({ cancelled: z.boolean() });

/** Pieces of about 6 MB base64, under the 10 MB request/response limit of browser mode. */
export const EXPORT_CHUNK_BYTES = 4_500_000;

export const exportReadInput = z.strictObject({
  exportId: exportIdSchema,
  offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

export const exportReadOutput = z.object({
  chunkBase64: z.string(),
  offset: z.number().int(),
  size: z.number().int(),
  /** True with the last piece: the file is deleted from the server after `exports:discard` or an hour idle. */
  done: z.boolean(),
  fileName: z.string(),
  mimeType: z.string(),
});

export const exportColumnsInput = z.strictObject({
  entity: z.enum(['contacts', 'offices']),
  lang: langSchema.default('en'),
});

export const exportColumnsOutput = z.object({
  columns: z.array(z.object({ id: z.string(), label: z.string(), byDefault: z.boolean() })),
});

/**
 * The export channels, spread into the contract. `exports:run` resolves when the file is complete; meanwhile
 * `exports:progress` and `exports:cancel` work under the same client-chosen id. Browser mode reads a download back
 * with `exports:read` and frees it with `exports:discard`.
 */
export const exportChannels = {
  'exports:run': { input: exportRunInput, output: exportRunOutput },
  'exports:progress': { input: exportIdInput, output: exportProgressOutput },
  'exports:cancel': { input: exportIdInput, output: exportCancelOutput },
  'exports:read': { input: exportReadInput, output: exportReadOutput },
  'exports:discard': { input: exportIdInput, output: z.object({ discarded: z.boolean() }) },
  'exports:columns': { input: exportColumnsInput, output: exportColumnsOutput },
} as const;

export type ExportRunInput = z.input<typeof exportRunInput>;
export type ExportRunOutput = z.infer<typeof exportRunOutput>;
