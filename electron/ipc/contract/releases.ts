import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  langSchema,
  localizedSchema,
  pageSchema,
  patchOf,
  shortText,
  sortDirectionSchema,
  timeZoneSchema,
  timestampSchema,
} from './common';
import { savedBlockTemplate } from './contact-blocks';

export const releaseStatuses = ['draft', 'in_review', 'approved', 'embargoed', 'published', 'archived'] as const;
export const releaseEditable = ['all', 'embargo', 'none'] as const;
export const releaseRevisionReasons = ['created', 'edit', 'status', 'restore', 'translated'] as const;
export const releaseSortColumns = [
  'reference',
  'title',
  'language',
  'status',
  'dateline',
  'embargo',
  'createdAt',
  'updatedAt',
] as const;
export const releaseDateFields = ['dateline', 'embargo', 'updated'] as const;
export const releaseExportFormats = ['txt', 'html', 'docx', 'pdf'] as const;

/** Editor documents travel as JSON; this bounds them like the rest of a request (browser mode accepts 10 MB). */
export const RELEASE_BODY_MAX = 2_000_000;

const editorDocument = z
  .unknown()
  .refine((value) => JSON.stringify(value ?? null).length <= RELEASE_BODY_MAX, 'The body is too long');

/**
 * The body as the editor sends it: its document (TipTap JSON) and that document's HTML. Both are cleaned against one
 * allowlist on the way in; the plain text for search is derived from the cleaned HTML, never taken from the client.
 */
export const releaseBodyInput = z.strictObject({
  json: editorDocument.nullable().default(null),
  html: z.string().max(RELEASE_BODY_MAX, 'The body is too long'),
});

/** An instant with its offset ("2018-04-12T10:00:00+02:00" or "…Z"), shown in an IANA zone. */
export const releaseEmbargoInput = z.strictObject({
  until: z.iso.datetime({ offset: true }),
  timeZone: timeZoneSchema,
});

export const releaseReference = z
  .string()
  .trim()
  .min(1, 'Enter a reference or leave it empty')
  .max(60)
  .regex(/^[\p{L}\p{N} _./#-]+$/u, 'Use letters, digits, spaces and - _ . / # in a reference');

const tagName = z.string().trim().min(1).max(100);

const releaseFields = {
  language: langSchema,
  organisationId: idSchema.nullable().default(null),
  title: z.string().max(500).default(''),
  subtitle: z.string().max(1000).default(''),
  /** As typed, in any language ("Bruxelles"); printed in the release's language where an office knows the city. */
  datelineCity: z.string().trim().max(100).nullable().default(null),
  datelineDate: isoDateSchema.nullable().default(null),
  body: releaseBodyInput.default({ json: null, html: '' }),
  notesToEditors: z.string().max(20_000).default(''),
  embargo: releaseEmbargoInput.nullable().default(null),
  tags: z.array(tagName).max(50).default([]),
};

export const releaseCreateInput = z.strictObject({
  ...releaseFields,
  /** Omitted: the next number of the year from the pattern in settings. Null: none for now. */
  reference: releaseReference.nullable().optional(),
});

/**
 * An autosave: only the fields that changed. `ifUpdatedAt` (the `updatedAt` the editor last saw) refuses, with
 * Conflict, a save over a change made elsewhere since.
 */
export const releaseUpdateInput = z.strictObject({
  id: idSchema,
  patch: patchOf({ ...releaseFields, reference: releaseReference.nullable() }),
  ifUpdatedAt: timestampSchema.optional(),
});

export const releaseStatusInput = z.strictObject({
  id: idSchema,
  status: z.enum(releaseStatuses),
  ifUpdatedAt: timestampSchema.optional(),
});

export const releaseEmbargo = z.object({ until: z.string(), timeZone: z.string() });

export const release = z.object({
  id: idSchema,
  reference: z.string().nullable(),
  year: z.number().int(),
  language: z.string(),
  direction: z.enum(['ltr', 'rtl']),
  translationGroup: z.string(),
  translatedFromId: idSchema.nullable(),
  organisationId: idSchema.nullable(),
  title: z.string(),
  subtitle: z.string(),
  datelineCity: z.string().nullable(),
  datelineDate: z.string().nullable(),
  /** "Bruxelles – Jeudi 12 avril 2018", the city in the release's language where an office knows it. */
  dateline: z.string().nullable(),
  body: z.object({ json: z.unknown().nullable(), html: z.string(), text: z.string() }),
  notesToEditors: z.string(),
  status: z.enum(releaseStatuses),
  embargo: releaseEmbargo.nullable(),
  /** "SOUS EMBARGO JUSQU’AU 12 avril 2018, 10 h 00 HAEC". */
  embargoLine: z.string().nullable(),
  embargoPassed: z.boolean(),
  tags: z.array(z.string()),
  /** What a save may change now: everything, only the embargo (approved), or nothing (published, archived). */
  editable: z.enum(releaseEditable),
  /** The statuses `releases:set-status` accepts from here (approval still needs a clean release check). */
  transitions: z.array(z.enum(releaseStatuses)),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** When the words last changed; translations older than their source's are stale. */
  editedAt: timestampSchema,
  archivedAt: timestampSchema.nullable(),
});

export const releaseRow = z.object({
  id: idSchema,
  reference: z.string().nullable(),
  title: z.string(),
  language: z.string(),
  status: z.enum(releaseStatuses),
  datelineCity: z.string().nullable(),
  datelineDate: z.string().nullable(),
  dateline: z.string().nullable(),
  embargo: releaseEmbargo.nullable(),
  embargoLine: z.string().nullable(),
  tags: z.array(z.string()),
  translationGroup: z.string(),
  /** The languages of every version of this release, this one included. */
  groupLanguages: z.array(z.string()),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  editedAt: timestampSchema,
});

export const releaseFilter = z.strictObject({
  /** Words in the title, subtitle, body or reference; accents and case do not matter, "reloc" finds "relocalisation". */
  query: shortText.default(''),
  statuses: z.array(z.enum(releaseStatuses)).max(releaseStatuses.length).optional(),
  language: langSchema.optional(),
  tag: tagName.optional(),
  organisationId: idSchema.optional(),
  dateField: z.enum(releaseDateFields).default('dateline'),
  /** Inclusive ISO dates on `dateField`. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  /** Archived releases are left out unless asked for here or by `statuses`. */
  includeArchived: z.boolean().default(false),
});

export const releaseListInput = z.strictObject({
  page: pageSchema.default({ offset: 0, limit: 100 }),
  sort: z
    .strictObject({ column: z.enum(releaseSortColumns), direction: sortDirectionSchema })
    .default({ column: 'updatedAt', direction: 'desc' }),
  filter: releaseFilter.default({ query: '', dateField: 'dateline', includeArchived: false }),
});

export const releaseListOutput = z.object({ rows: z.array(releaseRow), total: z.number().int() });

export const releaseRevisionRow = z.object({
  id: idSchema,
  releaseId: idSchema,
  createdAt: timestampSchema,
  /** The last edit folded into this releaseRevision. */
  savedAt: timestampSchema,
  reason: z.enum(releaseRevisionReasons),
  status: z.enum(releaseStatuses),
  title: z.string(),
});

export const releaseBlockRowChoice = z.strictObject({
  contactId: idSchema,
  /** The contact's phones and emails shown, in order; null shows them all, [] none. */
  phoneIds: z.array(idSchema).max(20).nullable().default(null),
  emailIds: z.array(idSchema).max(20).nullable().default(null),
});

export const releaseRevisionSnapshot = z.object({
  language: z.string(),
  reference: z.string().nullable(),
  title: z.string(),
  subtitle: z.string(),
  datelineCity: z.string().nullable(),
  datelineDate: z.string().nullable(),
  body: z.object({ json: z.unknown().nullable(), html: z.string(), text: z.string() }),
  notesToEditors: z.string(),
  status: z.enum(releaseStatuses),
  embargo: releaseEmbargo.nullable(),
  tags: z.array(z.string()),
  blocks: z.array(
    z.object({
      subheading: z.string().nullable(),
      rows: z.array(
        z.object({
          contactId: idSchema,
          phoneIds: z.array(idSchema).nullable(),
          emailIds: z.array(idSchema).nullable(),
        }),
      ),
    }),
  ),
});

export const releaseRevision = releaseRevisionRow.extend({ snapshot: releaseRevisionSnapshot });

export const releaseTranslateInput = z.strictObject({ id: idSchema, language: langSchema });

export const releaseVersion = z.object({
  id: idSchema,
  language: z.string(),
  status: z.enum(releaseStatuses),
  title: z.string(),
  translatedFromId: idSchema.nullable(),
  editedAt: timestampSchema,
  /** Its source's words changed after its own last edit. */
  stale: z.boolean(),
});

export const releaseVersions = z.object({
  translationGroup: z.string(),
  versions: z.array(releaseVersion),
  /** The organisation's languages (Settings) with no version yet. */
  missing: z.array(z.string()),
});

export const releaseBlockInput = z.strictObject({
  id: idSchema.optional(),
  /** "In Geneva:" when a release has several blocks. */
  subheading: z.string().trim().max(200).nullable().default(null),
  rows: z.array(releaseBlockRowChoice.extend({ id: idSchema.optional() })).max(50),
});

/** The whole set of blocks, in order: drag, keyboard reorder and phone toggles all send it back entire. */
export const releaseSetBlocksInput = z.strictObject({
  id: idSchema,
  blocks: z.array(releaseBlockInput).max(20),
});

export const releaseAddToBlockInput = z.strictObject({
  id: idSchema,
  contactId: idSchema,
  /** Default: the first block, made if there is none. */
  blockId: idSchema.optional(),
});

export const releaseFallbackField = z.enum(['title', 'office', 'city', 'organisation']);

export const releaseBlockPreview = z.object({
  text: z.string(),
  direction: z.enum(['ltr', 'rtl']),
  /** A field shown in another language than the release's. */
  warnings: z.array(
    z.object({ contactId: idSchema, person: z.string(), field: releaseFallbackField, usedLanguage: z.string() }),
  ),
});

const releaseBlockContact = z.object({
  id: idSchema,
  displayName: z.string(),
  title: localizedSchema,
  officeName: localizedSchema,
  organisationName: localizedSchema,
  languages: z.array(z.string()),
  doNotContact: z.boolean(),
  archived: z.boolean(),
  phones: z.array(z.object({ id: idSchema, display: z.string(), kind: z.string().nullable(), shown: z.boolean() })),
  emails: z.array(z.object({ id: idSchema, address: z.string(), kind: z.string().nullable(), shown: z.boolean() })),
});

export const releaseBlocks = z.object({
  releaseId: idSchema,
  /** A block change is a change to the release: its new `updatedAt`, for the editor's next `ifUpdatedAt`. */
  releaseUpdatedAt: timestampSchema,
  language: z.string(),
  blocks: z.array(
    z.object({
      id: idSchema,
      position: z.number().int(),
      subheading: z.string().nullable(),
      rows: z.array(
        z.object({
          id: idSchema,
          contactId: idSchema,
          position: z.number().int(),
          phoneIds: z.array(idSchema).nullable(),
          emailIds: z.array(idSchema).nullable(),
          contact: releaseBlockContact,
        }),
      ),
    }),
  ),
  preview: releaseBlockPreview,
});

export const contactSuggestionReasonKinds = ['language', 'office', 'region', 'topic', 'role'] as const;

/**
 * Why a contact is suggested, as data the UI words in its own language: `language` "fr" (speaks French), `office`
 * the dateline city (label: its names per language), `region` a region's name or a country code, `topic` a tag,
 * `role` spokesperson / press_officer / media_focal_point.
 */
export const contactSuggestionReason = z.object({
  kind: z.enum(contactSuggestionReasonKinds),
  value: z.string(),
  label: localizedSchema.optional(),
});

export const contactSuggestInput = z.strictObject({
  id: idSchema,
  /** Typed in the block builder's search box: only contacts matching it, still ranked for the release. */
  query: shortText.default(''),
  limit: z.number().int().min(1).max(100).default(10),
});

export const contactSuggestion = z.object({
  contactId: idSchema,
  displayName: z.string(),
  title: localizedSchema,
  organisationName: localizedSchema,
  officeName: localizedSchema,
  city: localizedSchema,
  languages: z.array(z.string()),
  roles: z.array(z.string()),
  score: z.number(),
  reasons: z.array(contactSuggestionReason),
});

export const contactSuggestOutput = z.object({ rows: z.array(contactSuggestion) });

export const releaseCheckCodes = [
  'title_missing',
  'body_empty',
  'dateline_missing',
  'embargo_past',
  'no_contact_block',
  'contact_archived',
  'contact_do_not_contact',
  'contact_unreachable',
  'contact_no_phone',
  'contact_no_email',
  'contact_language',
  'contact_unverified',
  'translation_stale',
  'source_changed',
] as const;

export const releaseCheckFields = [
  'title',
  'body',
  'datelineCity',
  'datelineDate',
  'embargo',
  'contactBlocks',
] as const;

export const releaseCheckFinding = z.object({
  code: z.enum(releaseCheckCodes),
  severity: z.enum(['blocking', 'warning']),
  /** An English sentence for logs and the CLI; the UI words the finding from `code` and `params`. */
  message: z.string(),
  /** What to open to fix it: a field of the release, a contact (in a block), or another language version. */
  target: z.object({
    field: z.enum(releaseCheckFields).optional(),
    contactId: idSchema.optional(),
    blockId: idSchema.optional(),
    releaseId: idSchema.optional(),
  }),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const releaseCheckOutput = z.object({
  releaseId: idSchema,
  /** True while a finding blocks approval. */
  blocking: z.boolean(),
  findings: z.array(releaseCheckFinding),
});

export const releaseRenderOutput = z.object({
  language: z.string(),
  direction: z.enum(['ltr', 'rtl']),
  /** The release as plain text, contact block included: "copy as plain text". */
  text: z.string(),
  /** The same as an HTML fragment with inline formatting only: "copy as rich text". */
  html: z.string(),
});

export const releaseExportInput = z.strictObject({ id: idSchema, format: z.enum(releaseExportFormats) });

export const releaseExportOutput = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  bytes: z.number().int(),
  base64: z.string(),
});

export const releaseBoilerplate = z.strictObject({
  organisationId: idSchema.nullable(),
  language: langSchema,
  text: z.string().max(20_000),
});

const releaseSettingsFields = {
  /** `PR-{YYYY}-{NNN}`: {YYYY} or {YY} and one {N…}. */
  referencePattern: z.string().trim().min(1).max(60),
  /** The languages every release should exist in; the versions panel lists the missing ones. */
  languages: z.array(langSchema).min(1).max(20),
  /** Edits closer together than this fold into one releaseRevision. */
  revisionIntervalSeconds: z.number().int().min(5).max(3600),
  /** "Notes to editors" that start each new release or translation, per organisation and language. */
  boilerplates: z.array(releaseBoilerplate).max(200),
  /** Contact block wording per organisation (or all, null) and language; the defaults apply where none is saved. */
  blockTemplates: z.array(savedBlockTemplate).max(200),
};

export const releaseSettings = z.object({ ...releaseSettingsFields, nextReference: z.string() });
export const releaseSettingsUpdateInput = patchOf(releaseSettingsFields);

const idInput = z.strictObject({ id: idSchema });

/** The release channels, to spread into the one contract. */
export const releaseContract = {
  'releases:list': { input: releaseListInput, output: releaseListOutput },
  'releases:get': { input: idInput, output: release },
  'releases:create': { input: releaseCreateInput, output: release },
  'releases:update': { input: releaseUpdateInput, output: release },
  'releases:set-status': { input: releaseStatusInput, output: release },
  'releases:list-revisions': { input: idInput, output: z.object({ rows: z.array(releaseRevisionRow) }) },
  'releases:get-revision': { input: idInput, output: releaseRevision },
  'releases:restore-revision': { input: idInput, output: release },
  'releases:translate': { input: releaseTranslateInput, output: release },
  'releases:versions': { input: idInput, output: releaseVersions },
  'releases:get-blocks': { input: idInput, output: releaseBlocks },
  'releases:set-blocks': { input: releaseSetBlocksInput, output: releaseBlocks },
  'releases:add-to-block': { input: releaseAddToBlockInput, output: releaseBlocks },
  'releases:suggest-contacts': { input: contactSuggestInput, output: contactSuggestOutput },
  'releases:check': { input: idInput, output: releaseCheckOutput },
  'releases:render': { input: idInput, output: releaseRenderOutput },
  'releases:export': { input: releaseExportInput, output: releaseExportOutput },
  'releases:get-settings': { input: z.strictObject({}), output: releaseSettings },
  'releases:update-settings': { input: releaseSettingsUpdateInput, output: releaseSettings },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type ReleaseContract = typeof releaseContract;
export type ReleaseChannel = keyof ReleaseContract;
export type Release = z.infer<typeof release>;
export type ReleaseRow = z.infer<typeof releaseRow>;
export type ReleaseCreateInput = z.input<typeof releaseCreateInput>;
export type ReleaseUpdateInput = z.input<typeof releaseUpdateInput>;
export type ReleaseListInput = z.input<typeof releaseListInput>;
export type ReleaseFilter = z.infer<typeof releaseFilter>;
export type ReleaseRevisionRow = z.infer<typeof releaseRevisionRow>;
export type ReleaseRevision = z.infer<typeof releaseRevision>;
export type ReleaseRevisionSnapshot = z.infer<typeof releaseRevisionSnapshot>;
export type ReleaseVersions = z.infer<typeof releaseVersions>;
export type ReleaseBlocks = z.infer<typeof releaseBlocks>;
export type ReleaseBlockInput = z.input<typeof releaseBlockInput>;
export type ContactSuggestionReason = z.infer<typeof contactSuggestionReason>;
export type ContactSuggestion = z.infer<typeof contactSuggestion>;
export type ReleaseCheckFinding = z.infer<typeof releaseCheckFinding>;
export type ReleaseCheckOutput = z.infer<typeof releaseCheckOutput>;
export type ReleaseRenderOutput = z.infer<typeof releaseRenderOutput>;
export type ReleaseExportOutput = z.infer<typeof releaseExportOutput>;
export type ReleaseSettings = z.infer<typeof releaseSettings>;
