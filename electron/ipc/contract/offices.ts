import { z } from 'zod';
import {
  countrySchema,
  idSchema,
  localizedSchema,
  pageSchema,
  patchOf,
  recordMeta,
  requiredLocalized,
  shortText,
  sortDirectionSchema,
  timeZoneSchema,
} from './common';

export const officeKinds = ['hq', 'regional', 'country', 'sub_office', 'liaison', 'other'] as const;

const officeFields = {
  organisationId: idSchema,
  parentId: idSchema.nullable().default(null),
  kind: z.enum(officeKinds).default('country'),
  name: requiredLocalized,
  city: localizedSchema.default({}),
  country: countrySchema.nullable().default(null),
  regionId: idSchema.nullable().default(null),
  timeZone: timeZoneSchema.nullable().default(null),
  phone: shortText.nullable().default(null),
  email: z.email().max(320).nullable().default(null),
  address: z.string().max(2000).nullable().default(null),
};

export const officeInput = z.strictObject(officeFields);

export const office = z.object({
  ...recordMeta,
  organisationId: idSchema,
  organisationName: localizedSchema,
  parentId: idSchema.nullable(),
  kind: z.enum(officeKinds),
  name: localizedSchema,
  city: localizedSchema,
  country: z.string().nullable(),
  regionId: idSchema.nullable(),
  timeZone: z.string().nullable(),
  phoneRaw: z.string().nullable(),
  phoneE164: z.string().nullable(),
  /** International format ("+41 22 457 75 21"). */
  phoneDisplay: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  contactCount: z.number().int(),
});

export const officeListInput = z.strictObject({
  page: pageSchema.default({ offset: 0, limit: 100 }),
  sort: z
    .strictObject({
      column: z.enum(['name', 'city', 'country', 'organisation', 'updatedAt']),
      direction: sortDirectionSchema,
    })
    .default({ column: 'name', direction: 'asc' }),
  query: shortText.default(''),
  organisationId: idSchema.optional(),
  country: countrySchema.optional(),
  regionId: idSchema.optional(),
  includeArchived: z.boolean().default(false),
});

export const officeUpdateInput = z.strictObject({ id: idSchema, patch: patchOf(officeFields) });

export type OfficeInput = z.input<typeof officeInput>;
export type Office = z.infer<typeof office>;
export type OfficeListInput = z.infer<typeof officeListInput>;
