/**
 * Seeded pseudo-random numbers for the demo-data generator. Everything the generator produces must be
 * reproducible from a seed, so nothing here reads the clock or Math.random().
 *
 * The generator is sfc32 (Chris Doty-Humphrey's "small fast chaotic" PRNG), seeded through splitmix32
 * so that neighbouring seeds (1, 2, 3, ...) still give unrelated streams.
 */

/** A deterministic random source; the same seed always yields the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends inclusive. */
  int(min: number, max: number): number;
  /** One element, uniformly. Throws on an empty array. */
  pick<T>(items: readonly T[]): T;
  /**
   * One element with probability proportional to `weightFn(item)`. Cumulative weights are computed once
   * per (items, weightFn) pair and cached, so each later call costs O(log n): pass a stable function
   * (a module-level constant), not an inline arrow, or the cache cannot help.
   */
  weightedPick<T>(items: readonly T[], weightFn: (item: T) => number): T;
  /** One element of a prepared {@link WeightedTable}, in O(log n). */
  pickFrom<T>(table: WeightedTable<T>): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Fisher–Yates shuffle in place; returns the same array. */
  shuffle<T>(items: T[]): T[];
}

/** Items with their cumulative weights, ready for O(log n) weighted picks. */
export interface WeightedTable<T> {
  readonly items: readonly T[];
  readonly cumulative: Float64Array;
  readonly total: number;
}

/** Precomputes cumulative weights. Zero weights are allowed; negative or non-finite ones are not. */
export function weightedTable<T>(items: readonly T[], weightFn: (item: T) => number): WeightedTable<T> {
  const cumulative = new Float64Array(items.length);
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const weight = weightFn(items[i] as T);
    if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`invalid weight ${weight} at ${i}`);
    total += weight;
    cumulative[i] = total;
  }
  if (total <= 0) throw new RangeError('weighted table needs a positive total weight');
  return { items, cumulative, total };
}

const tableCache = new WeakMap<
  readonly unknown[],
  WeakMap<(item: never) => number, WeightedTable<unknown>>
>();

function cachedTable<T>(items: readonly T[], weightFn: (item: T) => number): WeightedTable<T> {
  let byFn = tableCache.get(items);
  if (!byFn) {
    byFn = new WeakMap();
    tableCache.set(items, byFn);
  }
  let table = byFn.get(weightFn) as WeightedTable<T> | undefined;
  if (!table) {
    table = weightedTable(items, weightFn);
    byFn.set(weightFn, table);
  }
  return table;
}

/** Mixes a 32-bit integer (murmur3 finaliser). A bijection on uint32, so distinct inputs stay distinct. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes several integers into one uint32; used to derive independent streams and ids from a seed. */
export function hash32(...values: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const value of values) {
    h = mix32(h ^ mix32(value >>> 0) ^ Math.floor(value / 0x1_0000_0000));
    h = (h + 0x6d2b79f5) >>> 0;
  }
  return mix32(h);
}

/** Creates a seeded random source (sfc32). Seeds are integers; fractions are truncated. */
export function createRandom(seed: number): Random {
  let s = hash32(Math.trunc(seed));
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    return mix32(s);
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix() | 1;

  const nextUint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // Discard the first outputs: sfc32 needs a few rounds to mix its state.
  for (let i = 0; i < 12; i++) nextUint32();

  const next = (): number => nextUint32() / 0x1_0000_0000;

  const pickFrom = <T>(table: WeightedTable<T>): T => {
    const target = next() * table.total;
    let lo = 0;
    let hi = table.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((table.cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return table.items[lo] as T;
  };

  return {
    next,
    int(min, max) {
      if (max < min) throw new RangeError(`int(${min}, ${max}): max < min`);
      return min + Math.floor(next() * (max - min + 1));
    },
    pick(items) {
      if (items.length === 0) throw new RangeError('pick from an empty array');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weightedPick(items, weightFn) {
      return pickFrom(cachedTable(items, weightFn));
    },
    pickFrom,
    chance(p) {
      return next() < p;
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = items[i] as (typeof items)[number];
        items[i] = items[j] as (typeof items)[number];
        items[j] = tmp;
      }
      return items;
    },
  };
}

/**
 * A count with the given mean drawn from a geometric distribution (many small values, a long tail),
 * capped at `max`. Used for worksites and persons per company.
 */
export function geometricCount(random: Random, mean: number, max: number): number {
  if (mean <= 0) return 0;
  const p = 1 / (1 + mean);
  const u = 1 - random.next(); // (0, 1]
  const k = Math.floor(Math.log(u) / Math.log(1 - p));
  return Math.min(k, max);
}
