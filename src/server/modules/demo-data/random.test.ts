import { describe, expect, it } from 'vitest';
import { createRandom, geometricCount, hash32, mix32, weightedTable } from './random.ts';

const take = (seed: number, n: number): number[] => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(take(42, 50)).toEqual(take(42, 50));
  });

  it('gives unrelated sequences for neighbouring seeds', () => {
    const a = take(1, 20);
    const b = take(2, 20);
    expect(a.filter((value, i) => value === b[i])).toHaveLength(0);
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const values = take(7, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });

  it('int covers both ends and nothing outside', () => {
    const random = createRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) seen.add(random.int(-2, 3));
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
    expect(() => random.int(5, 4)).toThrow(RangeError);
  });

  it('pick, chance and shuffle are deterministic and sane', () => {
    const random = createRandom(9);
    expect(() => random.pick([])).toThrow(RangeError);
    expect(random.chance(0)).toBe(false);
    expect(random.chance(1)).toBe(true);
    const shuffled = createRandom(9).shuffle([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...shuffled].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(createRandom(9).shuffle([1, 2, 3, 4, 5, 6, 7, 8])).toEqual(shuffled);
  });
});

describe('weighted picks', () => {
  const items = ['rare', 'common', 'never'] as const;
  const weight = (item: (typeof items)[number]): number => ({ rare: 1, common: 9, never: 0 })[item];

  it('follows the weights and never picks a zero-weight item', () => {
    const random = createRandom(11);
    const counts = { rare: 0, common: 0, never: 0 };
    for (let i = 0; i < 20_000; i++) counts[random.weightedPick(items, weight)]++;
    expect(counts.never).toBe(0);
    expect(counts.rare / 20_000).toBeGreaterThan(0.08);
    expect(counts.rare / 20_000).toBeLessThan(0.12);
  });

  it('pickFrom on a prepared table matches weightedPick', () => {
    const table = weightedTable(items, weight);
    const a = createRandom(5);
    const b = createRandom(5);
    for (let i = 0; i < 100; i++) expect(a.pickFrom(table)).toBe(b.weightedPick(items, weight));
  });

  it('rejects negative weights and an all-zero table', () => {
    expect(() => weightedTable([1], () => -1)).toThrow(RangeError);
    expect(() => weightedTable([1, 2], () => 0)).toThrow(RangeError);
  });
});

describe('hashing and counts', () => {
  it('mix32 is injective on a sample and hash32 depends on every argument', () => {
    const outputs = new Set<number>();
    for (let i = 0; i < 50_000; i++) outputs.add(mix32(i));
    expect(outputs.size).toBe(50_000);
    expect(hash32(1, 2, 3)).not.toBe(hash32(1, 3, 2));
    expect(hash32(2 ** 40)).not.toBe(hash32(0));
  });

  it('geometricCount has the requested mean and respects the cap', () => {
    const random = createRandom(13);
    let sum = 0;
    let max = 0;
    for (let i = 0; i < 50_000; i++) {
      const count = geometricCount(random, 2, 30);
      sum += count;
      max = Math.max(max, count);
    }
    expect(sum / 50_000).toBeGreaterThan(1.9);
    expect(sum / 50_000).toBeLessThan(2.1);
    expect(max).toBeLessThanOrEqual(30);
    expect(geometricCount(random, 0, 10)).toBe(0);
  });
});
