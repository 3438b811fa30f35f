import { z } from 'zod';
import { idSchema, langSchema } from './common';

/** A contact by id, or by one of its email addresses (as scripts and the CLI name people). */
export const contactRef = z.union([idSchema, z.email().max(320)]);

export const contactBlockRenderInput = z.strictObject({
  lang: langSchema,
  contacts: z.array(contactRef).min(1).max(50),
});

export const contactBlockRenderOutput = z.object({
  lang: z.string(),
  text: z.string(),
  warnings: z.array(
    z.object({
      person: z.string(),
      field: z.enum(['title', 'office', 'city', 'organisation']),
      usedLanguage: z.string(),
    }),
  ),
});

export type ContactBlockRenderInput = z.input<typeof contactBlockRenderInput>;
export type ContactBlockRenderOutput = z.infer<typeof contactBlockRenderOutput>;
