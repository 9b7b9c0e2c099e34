import { describe, expect, it } from 'vitest';
import {
  businessIdCheckDigit,
  formatBusinessId,
  isValidBusinessId,
  normalizeBusinessId,
} from './business-id.ts';

// Worked by hand with weights 7,9,10,5,8,4,2, e.g. 0737546: 0+63+30+35+40+16+12 = 196, 196 mod 11 = 9,
// check digit 11 − 9 = 2. 0112038-9 is a long-published ID, used here only as a test vector.
const KNOWN_GOOD: readonly [string, number][] = [
  ['0112038', 9], // 57 mod 11 = 2
  ['0737546', 2], // 196 mod 11 = 9
  ['1234567', 1], // 153 mod 11 = 10
  ['2345678', 0], // 198 mod 11 = 0 → check digit 0
  ['0000000', 0], // 0 → 0
  ['1000000', 4], // 7 mod 11 = 7
  ['9999999', 2], // 405 mod 11 = 9
];

// Remainder 1 has no check digit: these bases can never form a valid ID.
const REMAINDER_ONE: readonly string[] = ['1111111', '3141592', '2718281', '1000008', '1000016'];

describe('businessIdCheckDigit', () => {
  it.each(KNOWN_GOOD)('%s → %i', (base, check) => {
    expect(businessIdCheckDigit(base)).toBe(check);
  });

  it.each(REMAINDER_ONE)('%s has remainder 1 → null', (base) => {
    expect(businessIdCheckDigit(base)).toBeNull();
  });

  it.each(['123456', '12345678', '12345a7', ' 123456', ''])('rejects malformed base %j', (base) => {
    expect(businessIdCheckDigit(base)).toBeNull();
  });
});

describe('isValidBusinessId', () => {
  it.each(KNOWN_GOOD.map(([base, check]) => `${base}-${check}`))('accepts %s', (id) => {
    expect(isValidBusinessId(id)).toBe(true);
  });

  it.each([
    '0112038-8', // wrong check digit
    '0737546-3',
    '1111111-0', // remainder 1: no digit is right
    '1111111-1',
    '01120389', // no dash
    '0112038 9',
    '112038-9', // old 6-digit form
    '00112038-9',
    ' 0112038-9', // surrounding space is not canonical
    '0112038-9 ',
    '０１１２０３８-9', // full-width digits
  ])('rejects %j', (id) => {
    expect(isValidBusinessId(id)).toBe(false);
  });
});

describe('normalizeBusinessId', () => {
  it('trims surrounding whitespace', () => {
    expect(normalizeBusinessId('  0737546-2\n')).toBe('0737546-2');
  });

  it('does not repair a missing dash or a wrong check digit', () => {
    expect(normalizeBusinessId('07375462')).toBeNull();
    expect(normalizeBusinessId('0737546-1')).toBeNull();
  });
});

describe('formatBusinessId', () => {
  it('pads and appends the check digit', () => {
    expect(formatBusinessId(112038)).toBe('0112038-9');
  });

  it('returns null for remainder-1 bases and out-of-range numbers', () => {
    expect(formatBusinessId(1111111)).toBeNull();
    expect(formatBusinessId(-1)).toBeNull();
    expect(formatBusinessId(10_000_000)).toBeNull();
    expect(formatBusinessId(1.5)).toBeNull();
  });

  it('agrees with isValidBusinessId on every base in a sample range', () => {
    let valid = 0;
    for (let base = 2_000_000; base < 2_011_000; base++) {
      const id = formatBusinessId(base);
      if (id === null) continue;
      valid++;
      expect(isValidBusinessId(id)).toBe(true);
    }
    // About one base in eleven has remainder 1.
    expect(valid / 11_000).toBeGreaterThan(0.88);
    expect(valid / 11_000).toBeLessThan(0.93);
  });
});
