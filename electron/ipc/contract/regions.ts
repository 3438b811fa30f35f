import { z } from 'zod';
import { countrySchema, idSchema, patchOf, requiredLocalized, timestampSchema } from './common';

const regionFields = {
  name: requiredLocalized,
  countries: z.array(countrySchema).max(300).default([]),
};

export const regionInput = z.strictObject(regionFields);

export const region = z.object({
  id: idSchema,
  name: z.record(z.string(), z.string()),
  countries: z.array(z.string()),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export const regionUpdateInput = z.strictObject({ id: idSchema, patch: patchOf(regionFields) });

export type RegionInput = z.input<typeof regionInput>;
export type Region = z.infer<typeof region>;
