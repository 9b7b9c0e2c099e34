import { describe, expect, it } from 'vitest';
import { placeLine } from './placeLine.ts';

describe('placeLine', () => {
  it('puts the municipality after the postal code as in a Finnish address', () => {
    expect(placeLine('Peltotie 4, 52700', 'Mäntyharju')).toBe('Peltotie 4, 52700 Mäntyharju');
  });
  it('separates street and municipality with a comma when there is no postal code', () => {
    expect(placeLine('Satamakatu 1', 'Kotka')).toBe('Satamakatu 1, Kotka');
  });
  it('shows what there is', () => {
    expect(placeLine(null, 'Kotka')).toBe('Kotka');
    expect(placeLine('Satamakatu 1', null)).toBe('Satamakatu 1');
    expect(placeLine(null, null)).toBe('');
  });
});
