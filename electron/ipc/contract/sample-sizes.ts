// Without zod: "Load sample data" is on the empty Contacts page, and the schemas would load zod with it.
export const sampleSizes = [1000, 10_000, 100_000] as const;

export type SampleSize = (typeof sampleSizes)[number];
