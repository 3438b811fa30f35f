import { z } from 'zod';
import { idSchema, langSchema } from './common';

/** A contact by id, or by one of its email addresses (as scripts and the CLI name people). */
export const contactRef = z.union([idSchema, z.email().max(320)]);

export const contactBlockRenderInput = z.strictObject({
  lang: langSchema,
  contacts: z.array(contactRef).min(1).max(50),
  /** Lays the block out with this organisation's template for the language, where Settings hold one. */
  organisationId: idSchema.optional(),
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

export const blockPhoneKinds = ['office', 'mobile', 'whatsapp', 'fax'] as const;

const label = z.string().max(60);
/** Not trimmed: separators are made of spaces (French puts a no-break space before the colon). */
const separator = z.string().min(1, 'A separator cannot be empty').max(10);

/** The wording and punctuation of a contact block in one language: what Settings › Contact block templates edits. */
export const blockTemplateText = z.strictObject({
  heading: z
    .string()
    .max(200)
    .refine((s) => s.trim() !== '', 'Enter a heading'),
  /** Before all of a person's phones ("Tel"), unless phones are labelled by kind. */
  phoneLabel: label,
  phoneKindLabels: z.strictObject({ office: label, mobile: label, whatsapp: label, fax: label }),
  /** "Tél. : …, Portable : …" instead of one label before all the numbers. */
  labelPhonesByKind: z.boolean(),
  emailLabel: label,
  /** Between a label and its values: ": " in English, "\u00a0: " in French. */
  labelSeparator: separator,
  /** Between the parts of a line and between numbers: ", " (Arabic "، "). */
  fieldSeparator: separator,
});

/** A template saved in Settings: for one organisation (or all, `organisationId` null) and one language. */
export const savedBlockTemplate = blockTemplateText.extend({
  organisationId: idSchema.nullable(),
  language: langSchema,
});

export const blockTemplateDefaultsOutput = z.object({
  /** The languages PressDesk ships wording for, each with its starting template. */
  templates: z.array(
    z.object({ language: z.string(), direction: z.enum(['ltr', 'rtl']), template: blockTemplateText }),
  ),
});

export const blockTemplateSampleInput = z.strictObject({ language: langSchema, template: blockTemplateText });

/** A sample person laid out with a template being edited, before it is saved. */
export const blockTemplateSampleOutput = z.object({ text: z.string(), direction: z.enum(['ltr', 'rtl']) });

/** The contact block channels, to spread into the one contract. */
export const contactBlockContract = {
  'contact-blocks:render': { input: contactBlockRenderInput, output: contactBlockRenderOutput },
  'contact-blocks:template-defaults': { input: z.strictObject({}), output: blockTemplateDefaultsOutput },
  'contact-blocks:template-sample': { input: blockTemplateSampleInput, output: blockTemplateSampleOutput },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type ContactBlockRenderInput = z.input<typeof contactBlockRenderInput>;
export type ContactBlockRenderOutput = z.infer<typeof contactBlockRenderOutput>;
export type BlockTemplateText = z.infer<typeof blockTemplateText>;
export type SavedBlockTemplate = z.infer<typeof savedBlockTemplate>;
