import { describe, expect, it } from 'vitest';
import { planDemoDirectory } from '../../db/seed/plan';
import { benchQueries } from './queries';
import { percentile } from './stats';

describe('percentile', () => {
  it('is the nearest-rank value', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([4, 1, 3, 2], 50)).toBe(2);
    expect(percentile([7], 95)).toBe(7);
  });

  it('refuses no samples and a p outside 0–100', () => {
    expect(() => percentile([], 50)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });
});

describe('benchQueries', () => {
  it('is 200 distinct queries, the same for the same directory', () => {
    const plan = planDemoDirectory({ contacts: 1000, seed: 1 });
    const queries = benchQueries(plan);
    expect(queries).toHaveLength(200);
    expect(new Set(queries).size).toBe(200);
    expect(benchQueries(planDemoDirectory({ contacts: 1000, seed: 1 }))).toEqual(queries);
    expect(queries.some((q) => /^(\+|00)\d/.test(q))).toBe(true);
    expect(queries.some((q) => /\p{Script=Arabic}/u.test(q))).toBe(true);
  });
});
