import { z } from 'zod';
import { sampleSizes } from './sample-sizes';

export { sampleSizes, type SampleSize } from './sample-sizes';

/** A client-chosen id, like an export's: progress and cancel name the run while `sample-data:load` is pending. */
const runId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use letters, digits, - and _ only');

export const sampleDataStatusOutput = z.object({
  /** Loading is offered only on an empty database (no organisations, offices, contacts, regions or releases). */
  empty: z.boolean(),
  running: z.boolean(),
});

export const sampleDataLoadInput = z.strictObject({
  runId,
  contacts: z.union(sampleSizes.map((n) => z.literal(n))).default(1000),
});

/** What was created; all zero when cancelled, since nothing is kept then. */
export const sampleDataLoadOutput = z.object({
  cancelled: z.boolean(),
  organisations: z.number().int(),
  offices: z.number().int(),
  contacts: z.number().int(),
});

export const sampleDataProgressOutput = z.object({
  phase: z.enum(['planning', 'writing', 'indexing', 'done', 'cancelled', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
});

/** "Load sample data": the generator behind `pressdesk seed-demo`, with progress and cancel. */
export const sampleDataChannels = {
  'sample-data:status': { input: z.strictObject({}), output: sampleDataStatusOutput },
  'sample-data:load': { input: sampleDataLoadInput, output: sampleDataLoadOutput },
  'sample-data:progress': { input: z.strictObject({ runId }), output: sampleDataProgressOutput },
  'sample-data:cancel': { input: z.strictObject({ runId }), output: z.object({ cancelled: z.boolean() }) },
} as const;

export type SampleDataProgress = z.infer<typeof sampleDataProgressOutput>;
