/** The nearest-rank percentile (p in 0–100) of samples: a value that was actually measured, never interpolated. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile ${p} is not between 0 and 100`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Milliseconds, rounded to microseconds so the JSON stays readable. */
export const ms = (value: number) => Math.round(value * 1000) / 1000;

export const ratio = (app: number, floor: number) => (floor > 0 ? Math.round((app / floor) * 100) / 100 : null);

/**
 * Runs `fn` and returns its wall time in milliseconds (monotonic high-resolution clock) and the CPU time this process
 * spent meanwhile: on a shared machine, wall time far above CPU time means it waited for disk or for another process.
 */
export function timed<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { value, ms: wall, cpuMs: (used.user + used.system) / 1000 };
}

export const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);
