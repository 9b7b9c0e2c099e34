import { describe, expect, it } from 'vitest';
import { checkBusinessId } from './businessId.ts';

describe('checkBusinessId', () => {
  it('accepts a valid ID, with spaces around it', () => {
    expect(checkBusinessId('0112038-9')).toEqual({ ok: true });
    expect(checkBusinessId(' 7294453-7 ')).toEqual({ ok: true });
  });

  it('names a wrong check digit and the right one', () => {
    expect(checkBusinessId('0112038-8')).toEqual({ ok: false, problem: 'checkDigit', expected: '0112038-9' });
  });

  it('knows bases that have no check digit', () => {
    // 0000006: weights end in 2, so 2 × 6 = 12, 12 mod 11 = 1: a remainder of 1 has no check digit.
    expect(checkBusinessId('0000006-0')).toEqual({ ok: false, problem: 'checkDigit', expected: null });
  });

  it.each(['', '01120389', '112038-9', '0112038 9', 'abcdefg-h', '0112038-9x'])(
    'refuses the shape of %j',
    (value) => {
      expect(checkBusinessId(value)).toEqual({ ok: false, problem: 'format' });
    },
  );
});
