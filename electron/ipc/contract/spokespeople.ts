import { z } from 'zod';
import { countrySchema, idSchema, langSchema, timestampSchema } from './common';
import { officeKinds } from './offices';
import { phoneKinds } from './contacts';

/** The roles that speak for an organisation, in the order the lookup prefers them. */
export const spokespersonRoles = ['spokesperson', 'press_officer', 'media_focal_point'] as const;

/**
 * How near a person's office is to the place asked about: an office in it, the regional office that covers it, or
 * anywhere else (headquarters, another country) with the place in their coverage. For a region, its regional office
 * comes first and the country offices inside it second.
 */
export const spokespersonProximities = ['in_place', 'regional', 'elsewhere'] as const;

export const spokespeopleLookupInput = z
  .strictObject({
    country: countrySchema.optional(),
    regionId: idSchema.optional(),
    language: langSchema,
    limit: z.number().int().min(1).max(200).default(20),
  })
  .refine((q) => (q.country === undefined) !== (q.regionId === undefined), {
    message: 'Choose a country or a region',
    path: ['country'],
  });

export const spokesperson = z.object({
  contactId: idSchema,
  name: z.string(),
  role: z.enum(spokespersonRoles),
  /** The title in the language asked for, else in the language the contact block falls back to. */
  title: z.string().nullable(),
  /** The language `title` is in: another one than asked for means the record lacks a translation. */
  titleLanguage: z.string().nullable(),
  office: z
    .object({
      id: idSchema,
      kind: z.enum(officeKinds),
      name: z.string().nullable(),
      nameLanguage: z.string().nullable(),
      city: z.string().nullable(),
      country: z.string().nullable(),
      /** IANA zone: the window computes the local time itself, so it keeps ticking. */
      timeZone: z.string().nullable(),
    })
    .nullable(),
  proximity: z.enum(spokespersonProximities),
  languages: z.array(z.string()),
  phones: z.array(z.object({ display: z.string(), kind: z.enum(phoneKinds).nullable() })),
  emails: z.array(z.string()),
  lastVerifiedAt: timestampSchema.nullable(),
  /** This person's line of a contact block in the language asked for, as a release would print it. */
  blockLine: z.string(),
});

/** What the directory holds near an empty answer, as counts the window words in its own language. */
export const spokespeopleExplanation = z.object({
  /** Spokespeople, press officers and media focal points for the place, in any language. */
  coveringAnyLanguage: z.number().int(),
  /** Speakers of the language for the place who would come but are marked do-not-contact. */
  doNotContact: z.number().int(),
  archived: z.number().int(),
  /** Speakers of the language for the place without a spokesperson role (experts, partners…). */
  otherRoles: z.number().int(),
  /** Lookups that would find someone: the same language for a region around the country, or another language. */
  alternatives: z.array(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('region'),
        regionId: idSchema,
        regionName: z.record(z.string(), z.string()),
        count: z.number().int(),
      }),
      z.object({ kind: z.literal('language'), language: z.string(), count: z.number().int() }),
    ]),
  ),
});

export const spokespeopleLookupOutput = z.object({
  country: z.string().nullable(),
  regionId: idSchema.nullable(),
  language: z.string(),
  /** The writing direction of the block lines (Arabic lines are right to left). */
  direction: z.enum(['ltr', 'rtl']),
  /** Everyone who matches; `rows` holds the first `limit` of them. */
  total: z.number().int(),
  rows: z.array(spokesperson),
  /** Present only when nobody matches. */
  explanation: spokespeopleExplanation.nullable(),
});

export const spokespeopleChannels = {
  'spokespeople:lookup': { input: spokespeopleLookupInput, output: spokespeopleLookupOutput },
} as const;

export type SpokespeopleLookupInput = z.input<typeof spokespeopleLookupInput>;
export type SpokespeopleLookup = z.infer<typeof spokespeopleLookupOutput>;
export type Spokesperson = z.infer<typeof spokesperson>;
export type SpokespeopleExplanation = z.infer<typeof spokespeopleExplanation>;
export type SpokespersonProximity = (typeof spokespersonProximities)[number];
