import { describe, expect, it } from 'vitest';
import { findMunicipality, MUNICIPALITIES, municipalitiesWithTag } from './municipalities.ts';

describe('MUNICIPALITIES', () => {
  it('has at least 80 distinct municipalities', () => {
    expect(MUNICIPALITIES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(MUNICIPALITIES.length);
  });

  it('keeps every centre inside Finland and every postal prefix plausible', () => {
    for (const m of MUNICIPALITIES) {
      expect(m.lat, m.name).toBeGreaterThan(59.7);
      expect(m.lat, m.name).toBeLessThan(70.1);
      expect(m.lon, m.name).toBeGreaterThan(19.0);
      expect(m.lon, m.name).toBeLessThan(31.6);
      expect(m.postalPrefix, m.name).toMatch(/^\d{2,4}$/);
      expect(m.populationWeight, m.name).toBeGreaterThan(0);
    }
  });

  it('weights the big cities most', () => {
    const top = [...MUNICIPALITIES].sort((a, b) => b.populationWeight - a.populationWeight).slice(0, 6);
    expect(top.map((m) => m.name).sort()).toEqual([
      'Espoo',
      'Helsinki',
      'Oulu',
      'Tampere',
      'Turku',
      'Vantaa',
    ]);
  });

  it('includes the greenhouse and berry regions', () => {
    const greenhouse = municipalitiesWithTag('greenhouse').map((m) => m.name);
    expect(greenhouse).toEqual(expect.arrayContaining(['Närpiö', 'Kristiinankaupunki']));
    expect(municipalitiesWithTag('berry_farm').map((m) => m.name)).toContain('Suonenjoki');
    const wild = municipalitiesWithTag('wild_berries').map((m) => m.name);
    expect(wild).toEqual(expect.arrayContaining(['Kuusamo', 'Rovaniemi', 'Pudasjärvi']));
  });

  it('finds a municipality by its Finnish or Swedish name', () => {
    expect(findMunicipality('Närpes')?.name).toBe('Närpiö');
    expect(findMunicipality('Närpiö')?.swedishMajority).toBe(true);
    expect(findMunicipality('Helsingfors')?.region).toBe('Uusimaa');
    expect(findMunicipality('Stockholm')).toBeUndefined();
  });
});
