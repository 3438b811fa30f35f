import { z } from 'zod';
import { idSchema } from './common';

export const searchKinds = ['contact', 'office', 'release'] as const;

export const searchInput = z.strictObject({
  query: z.string().max(200),
  limit: z.number().int().min(1).max(200).default(20),
  kind: z.enum(searchKinds).optional(),
});

export const searchResult = z.object({
  kind: z.enum(searchKinds),
  id: idSchema,
  name: z.string(),
  detail: z.string(),
  score: z.number(),
});

export const searchOutput = z.object({ results: z.array(searchResult) });

export type SearchInput = z.input<typeof searchInput>;
export type SearchResult = z.infer<typeof searchResult>;
