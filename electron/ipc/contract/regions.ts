import { z } from 'zod';
import { countrySchema, idSchema, requiredLocalized, timestampSchema } from './common';

export const regionInput = z.strictObject({
  name: requiredLocalized,
  countries: z.array(countrySchema).max(300).default([]),
});

export const region = z.object({
  id: idSchema,
  name: z.record(z.string(), z.string()),
  countries: z.array(z.string()),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export const regionUpdateInput = z.strictObject({ id: idSchema, patch: regionInput.partial() });

export type RegionInput = z.input<typeof regionInput>;
export type Region = z.infer<typeof region>;
