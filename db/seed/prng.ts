/**
 * A small seeded generator (mulberry32): the demo directory must be the same for the same seed on every machine,
 * so nothing here may read Math.random or the clock.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K;
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** An independent generator, so adding draws in one part of the plan does not reshuffle another. */
  fork(label: string): Rng;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to turn a seed and a label into a 32-bit seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

interface WeightTable {
  readonly keys: readonly string[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

const tables = new WeakMap<object, WeightTable>();

/** Weight tables are small constants used for every contact: sum them once. */
function tableOf(weights: object): WeightTable {
  let table = tables.get(weights);
  if (!table) {
    const keys: string[] = [];
    const cumulative: number[] = [];
    let total = 0;
    for (const [key, weight] of Object.entries(weights) as [string, number][]) {
      keys.push(key);
      cumulative.push((total += weight));
    }
    table = { keys, cumulative, total };
    tables.set(weights, table);
  }
  return table;
}

export function createRng(seed: number | string): Rng {
  const key = String(seed);
  const next = mulberry32(hash(key));
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
      const { keys, cumulative, total } = tableOf(weights);
      const r = next() * total;
      for (let i = 0; i < keys.length; i++) if (r < cumulative[i]!) return keys[i] as K;
      return keys[keys.length - 1] as K;
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, Math.min(count, copy.length));
    },
    fork: (label) => createRng(`${key}/${label}`),
  };
  return rng;
}
