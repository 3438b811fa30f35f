import { z } from 'zod';

export const idSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** ISO 639-1, lower case ("fr"). */
export const langSchema = z.string().regex(/^[a-z]{2}$/, 'Use a two-letter language code such as fr or en');

/** ISO 3166-1 alpha-2, upper case ("BE"). */
export const countrySchema = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as BE');

export const shortText = z.string().max(500);
export const longText = z.string().max(20_000);

/** Text per language: `{ fr: 'Bruxelles', en: 'Brussels' }`. */
export const localizedSchema = z.record(langSchema, shortText);

export const timestampSchema = z.string().max(40);
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD');

export const timeZoneSchema = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Use an IANA time zone such as Europe/Brussels' },
);

export const pageSchema = z.strictObject({
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});

export const sortDirectionSchema = z.enum(['asc', 'desc']);

export const recordMeta = {
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  archivedAt: timestampSchema.nullable(),
};

/** At least one language must carry a non-blank value. */
export const requiredLocalized = localizedSchema.refine((v) => Object.values(v).some((s) => s.trim() !== ''), {
  message: 'Give a name in at least one language',
});

export const archiveInput = z.strictObject({ id: idSchema, archived: z.boolean().default(true) });
export const getInput = z.strictObject({ id: idSchema });

/**
 * An update patch: every field optional and, unlike zod's `.partial()`, without the create defaults,
 * so a patch that omits a field leaves it as it is instead of resetting it.
 */
export function patchOf<T extends z.ZodRawShape>(shape: T) {
  const fields = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [
      key,
      ((field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType).optional(),
    ]),
  ) as unknown as { [K in keyof T]: z.ZodOptional<T[K] extends z.ZodDefault<infer Inner> ? Inner : T[K]> };
  return z.strictObject(fields);
}
