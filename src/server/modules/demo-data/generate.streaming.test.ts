// Streaming checks live in their own file: each test file runs in a fresh process, so the heap
// measurement below is not disturbed by garbage from other tests.
import { describe, expect, it } from 'vitest';
import { generateCompanyKeys, generateDemoData } from './generate.ts';
import { MAX_DEMO_COMPANIES } from './ids.ts';

const first = <T>(iterable: Iterable<T>, n: number): T[] => {
  const out: T[] = [];
  for (const item of iterable) {
    if (out.length === n) break;
    out.push(item);
  }
  return out;
};

describe('streaming', () => {
  it('starts yielding at once even for the largest possible data set', () => {
    const started = performance.now();
    const [bundle] = first(generateDemoData({ seed: 1, companies: MAX_DEMO_COMPANIES }), 1);
    expect(bundle?.company.index).toBe(0);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('iterates the keys of 1,000,000 companies without holding them', () => {
    const seen = new Uint8Array(10_000_000);
    let count = 0;
    let duplicates = 0;
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const started = performance.now();
    for (const key of generateCompanyKeys({ seed: 3, companies: 1_000_000 })) {
      const base = Number(key.businessId.slice(0, 7));
      duplicates += seen[base] as number;
      seen[base] = 1;
      if (++count % 50_000 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
    const ms = performance.now() - started;
    const heapGrowthMb = (heapPeak - heapBefore) / 2 ** 20;
    console.info(
      `1,000,000 company keys: ${Math.round(ms)} ms, peak heap growth ${heapGrowthMb.toFixed(1)} MB`,
    );
    expect(count).toBe(1_000_000);
    expect(duplicates).toBe(0);
    // Holding 1M keys would take well over 100 MB of heap.
    expect(heapGrowthMb).toBeLessThan(100);
  });
});
