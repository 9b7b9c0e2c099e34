import { describe, expect, it } from 'vitest';
import { isValidBusinessId } from './business-id.ts';
import { businessIdForIndex, demoUuid, MAX_DEMO_COMPANIES, MAX_LOCAL_INDEX, RECORD_KINDS } from './ids.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('demoUuid', () => {
  it('has the version-4 layout and is stable', () => {
    const id = demoUuid(1, 'company', 0);
    expect(id).toMatch(UUID_V4);
    expect(demoUuid(1, 'company', 0)).toBe(id);
    expect(demoUuid(2, 'company', 0)).not.toBe(id);
  });

  it('is unique across kinds, company indexes and local indexes', () => {
    const ids = new Set<string>();
    let count = 0;
    let malformed = 0;
    for (const kind of Object.keys(RECORD_KINDS) as (keyof typeof RECORD_KINDS)[]) {
      for (let company = 0; company < 300; company++) {
        for (let local = 0; local < 40; local++) {
          const id = demoUuid(7, kind, company, local);
          if (!UUID_V4.test(id)) malformed++;
          ids.add(id);
          count++;
        }
      }
    }
    expect(malformed).toBe(0);
    expect(ids.size).toBe(count);
  });

  it('stays unique at the edges of the index ranges', () => {
    const edge = [0, 255, 256, 65_535, 65_536, 0xffff_ffff];
    const ids = new Set(
      edge.flatMap((company) => [0, 1, MAX_LOCAL_INDEX].map((l) => demoUuid(3, 'person', company, l))),
    );
    expect(ids.size).toBe(edge.length * 3);
  });

  it('rejects indexes it cannot encode', () => {
    expect(() => demoUuid(1, 'person', -1)).toThrow(RangeError);
    expect(() => demoUuid(1, 'person', 2 ** 32)).toThrow(RangeError);
    expect(() => demoUuid(1, 'person', 0, MAX_LOCAL_INDEX + 1)).toThrow(RangeError);
    expect(() => demoUuid(1, 'person', 0.5)).toThrow(RangeError);
  });
});

describe('businessIdForIndex', () => {
  it('gives valid, unique IDs in the synthetic range 7000000–9999999', () => {
    const ids = new Set<string>();
    let bad = 0;
    for (let index = 0; index < 50_000; index++) {
      const id = businessIdForIndex(11, index);
      if (!isValidBusinessId(id) || Number(id.slice(0, 7)) < 7_000_000) bad++;
      ids.add(id);
    }
    expect(bad).toBe(0);
    expect(ids.size).toBe(50_000);
  });

  it('never repeats an ID over its whole capacity', () => {
    const seen = new Uint8Array(10_000_000); // one flag per 7-digit base
    let duplicates = 0;
    for (let index = 0; index < MAX_DEMO_COMPANIES; index++) {
      const base = Number(businessIdForIndex(5, index).slice(0, 7));
      duplicates += seen[base] as number;
      seen[base] = 1;
    }
    expect(duplicates).toBe(0);
    expect(() => businessIdForIndex(5, MAX_DEMO_COMPANIES)).toThrow(RangeError);
  });

  it('depends on the seed', () => {
    expect(businessIdForIndex(1, 0)).not.toBe(businessIdForIndex(2, 0));
  });
});
