import { z } from 'zod';
import { idSchema, isoDateSchema, shortText } from './common';
import { contactFilter } from './contacts';

export const MAX_BULK_IDS = 100_000;

/**
 * Which contacts a bulk action covers: the ids picked by hand, or "everything this filter matches" less the rows
 * unticked, so "select all 80,000 matching" does not ship 80,000 ids.
 */
export const bulkTarget = z.union([
  z.strictObject({ ids: z.array(idSchema).min(1).max(MAX_BULK_IDS) }),
  z.strictObject({ filter: contactFilter, exceptIds: z.array(idSchema).max(MAX_BULK_IDS).default([]) }),
]);

const tagName = z.string().trim().min(1, 'Give a topic').max(100);

export const bulkAction = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('addTag'), tag: tagName }),
  z.strictObject({ kind: z.literal('removeTag'), tag: tagName }),
  z.strictObject({ kind: z.literal('addToList'), listId: idSchema }),
  z.strictObject({
    kind: z.literal('setDoNotContact'),
    reason: shortText.trim().min(1, 'Say why these people must not be contacted'),
    until: isoDateSchema.nullable().default(null),
  }),
  z.strictObject({ kind: z.literal('clearDoNotContact') }),
  z.strictObject({ kind: z.literal('markVerified') }),
  z.strictObject({ kind: z.literal('archive') }),
]);

export const bulkActionKinds = [
  'addTag',
  'removeTag',
  'addToList',
  'setDoNotContact',
  'clearDoNotContact',
  'markVerified',
  'archive',
] as const satisfies readonly BulkAction['kind'][];

export const contactBulkInput = z.strictObject({ target: bulkTarget, action: bulkAction });

export const contactBulkOutput = z.object({
  kind: z.enum(bulkActionKinds),
  /** Contacts the target covered. */
  matched: z.number().int(),
  /** Those the action changed (a contact already tagged is matched, not changed). */
  changed: z.number().int(),
  /** Hands the action to `contacts:bulk-undo`; null when nothing changed, so there is nothing to undo. */
  undoToken: z.string().nullable(),
});

export const contactBulkUndoInput = z.strictObject({ undoToken: z.string().min(1).max(100) });

export const contactBulkUndoOutput = z.object({ kind: z.enum(bulkActionKinds), restored: z.number().int() });

export const contactTopicsOutput = z.object({
  rows: z.array(z.object({ name: z.string(), contacts: z.number().int() })),
});

export const contactBulkChannels = {
  'contacts:bulk': { input: contactBulkInput, output: contactBulkOutput },
  'contacts:bulk-undo': { input: contactBulkUndoInput, output: contactBulkUndoOutput },
  /** Topics in use on contacts, for the topic filter's picker. */
  'contacts:topics': { input: z.strictObject({}), output: contactTopicsOutput },
};

export type BulkTarget = z.infer<typeof bulkTarget>;
export type BulkAction = z.infer<typeof bulkAction>;
export type BulkActionInput = z.input<typeof bulkAction>;
export type BulkActionKind = BulkAction['kind'];
export type ContactBulkOutput = z.infer<typeof contactBulkOutput>;
