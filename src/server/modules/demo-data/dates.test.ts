import { describe, expect, it } from 'vitest';
import { epochDay, isoDate, yearOf } from './dates.ts';

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-02-29', 11_016],
    ['2025-06-30', 20_269],
    ['1969-12-31', -1],
    ['1900-03-01', -25_508],
  ])('%s is day %i', (iso, day) => {
    expect(epochDay(iso)).toBe(day);
    expect(isoDate(day)).toBe(iso);
  });

  it('agrees with Date for every day of a few centuries', () => {
    let mismatches = 0;
    for (let day = -30_000; day < 60_000; day += 7) {
      if (isoDate(day) !== new Date(day * 86_400_000).toISOString().slice(0, 10)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => epochDay('2025-6-30')).toThrow(RangeError);
    expect(() => epochDay('2025-02-29')).toThrow(RangeError);
    expect(() => epochDay('2025-13-01')).toThrow(RangeError);
  });

  it('yearOf reads the calendar year', () => {
    expect(yearOf(epochDay('2024-12-31'))).toBe(2024);
    expect(yearOf(epochDay('2025-01-01'))).toBe(2025);
  });
});
