import { describe, expect, it } from 'vitest';
import type { InfoRecord } from './records.types.ts';
import { mergeNewest } from './useRecordList.ts';

const rec = (id: string, createdAt: string) => ({ id, createdAt }) as InfoRecord;

describe('mergeNewest', () => {
  it('a short fresh page is the whole list (a revoked record disappears)', () => {
    const shown = [rec('b', '2026-01-02'), rec('a', '2026-01-01')];
    expect(mergeNewest([rec('c', '2026-01-03'), rec('a', '2026-01-01')], shown, 50).map((r) => r.id)).toEqual(
      ['c', 'a'],
    );
  });

  it('keeps the older pages below a full fresh page', () => {
    const shown = [rec('c', '2026-01-03'), rec('b', '2026-01-02'), rec('a', '2026-01-01')];
    const fresh = [rec('d', '2026-01-04'), rec('c', '2026-01-03')];
    expect(mergeNewest(fresh, shown, 2).map((r) => r.id)).toEqual(['d', 'c', 'b', 'a']);
  });
});
