import { describe, expect, it } from 'vitest';
import { tolPrefixesFor } from './sectors.ts';

describe('tolPrefixesFor', () => {
  it('takes TOL prefixes as they are and names of the register sectors as their TOL codes', () => {
    const { prefixes, unknown } = tolPrefixesFor(['43', 'restaurant']);
    expect(prefixes).toContain('43');
    expect(prefixes).toContain('56101');
    expect(unknown).toEqual([]);
  });

  it('understands the clock and worker-app sector keys an operation inherits (berry picking → berry farms and wild berries)', () => {
    const { prefixes, unknown } = tolPrefixesFor(['berry-picking', 'car-services', 'restaurants']);
    expect(prefixes).toContain('01250');
    expect(prefixes.some((p) => p.startsWith('023'))).toBe(true);
    expect(prefixes).toContain('56101');
    expect(prefixes.some((p) => p.startsWith('452'))).toBe(true);
    expect(unknown).toEqual([]);
  });

  it('reads agriculture as the UI labels it, agriculture and greenhouses', () => {
    const { prefixes } = tolPrefixesFor(['agriculture']);
    expect(prefixes).toContain('01132');
    expect(prefixes).toEqual(expect.arrayContaining(tolPrefixesFor(['greenhouse']).prefixes));
  });

  it('reports what it does not know', () => {
    expect(tolPrefixesFor(['no-such-sector']).unknown).toEqual(['no-such-sector']);
  });
});
