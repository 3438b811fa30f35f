import { z } from 'zod';
import {
  localizedSchema,
  patchOf,
  pageSchema,
  recordMeta,
  requiredLocalized,
  shortText,
  sortDirectionSchema,
} from './common';

export const organisationKinds = ['own', 'un_agency', 'ngo', 'government', 'media', 'other'] as const;

const organisationFields = {
  name: requiredLocalized,
  acronym: localizedSchema.default({}),
  kind: z.enum(organisationKinds).default('other'),
  website: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
};

export const organisationInput = z.strictObject(organisationFields);

export const organisation = z.object({
  ...recordMeta,
  name: localizedSchema,
  acronym: localizedSchema,
  kind: z.enum(organisationKinds),
  website: z.string().nullable(),
  officeCount: z.number().int(),
  contactCount: z.number().int(),
});

export const organisationListInput = z.strictObject({
  page: pageSchema.default({ offset: 0, limit: 100 }),
  sort: z
    .strictObject({ column: z.enum(['name', 'kind', 'updatedAt']), direction: sortDirectionSchema })
    .default({ column: 'name', direction: 'asc' }),
  query: shortText.default(''),
  includeArchived: z.boolean().default(false),
});

export const organisationUpdateInput = z.strictObject({ id: recordMeta.id, patch: patchOf(organisationFields) });

export type OrganisationInput = z.input<typeof organisationInput>;
export type Organisation = z.infer<typeof organisation>;
export type OrganisationListInput = z.infer<typeof organisationListInput>;
