import { describe, expect, it } from 'vitest';
import { type EntityFacts, entityKeys, searchIndexKey } from './saved-searches.keys.ts';

const facts = (over: Partial<EntityFacts>): EntityFacts => ({
  names: [],
  businessIds: [],
  municipalities: [],
  tolCodes: [],
  categories: [],
  owner: null,
  ...over,
});

describe('saved-search keys', () => {
  it('indexes a search by its most selective condition', () => {
    expect(searchIndexKey({ q: '1234567-1', municipality: 'Vantaa' })).toMatch(/^bid:/);
    expect(searchIndexKey({ q: 'Oy Marjapojat Ab', municipality: 'Vantaa' })).toBe('tok:marj');
    expect(searchIndexKey({ municipality: ' Vantaa ', industry: '812' })).toBe('mun:vantaa');
    expect(searchIndexKey({ industry: '812', category: 'tax_information' })).toBe('ind:812');
    expect(searchIndexKey({ category: 'tax_information', owner: 'tax' })).toBe('cat:tax_information');
    expect(searchIndexKey({ owner: 'tax' })).toBe('own:tax');
    // Nothing narrow enough to watch.
    expect(searchIndexKey({ type: 'company', from: '2026-01-01' })).toBeNull();
  });

  it('gives an entity every key a matching search can be indexed by', () => {
    const keys = entityKeys(
      facts({
        names: [{ kind: 'company', text: 'Marjapojat Oy' }],
        businessIds: ['1234567-1'],
        municipalities: ['Vantaa'],
        tolCodes: ['81210'],
        categories: ['police_information'],
        owner: 'police',
      }),
    );
    for (const search of [
      { q: 'marjapojat' },
      { q: 'Marjapoja' }, // a typo after the fourth letter still finds it
      { q: 'Marjapojat Oy' },
      { municipality: 'vantaa' },
      { industry: '8121' },
      { industry: '8' },
      { category: 'police_information' },
      { owner: 'police' as const },
    ]) {
      expect(keys, JSON.stringify(search)).toContain(searchIndexKey(search));
    }
    expect(keys).not.toContain(searchIndexKey({ q: 'Kiinteistöhuolto' }));
    expect(keys).not.toContain(searchIndexKey({ municipality: 'Espoo' }));
    expect(keys).not.toContain(searchIndexKey({ industry: '43' }));
  });

  it('keys person names and record titles by their words, folded', () => {
    const keys = entityKeys(
      facts({
        names: [
          { kind: 'person', text: 'Ivan Petrov' },
          { kind: 'title', text: 'Passports kept by the employer' },
        ],
      }),
    );
    expect(keys).toContain(searchIndexKey({ q: 'Petrov' }));
    expect(keys).toContain(searchIndexKey({ q: 'passports' }));
    // A short search word keys on its whole self, which the entity's word prefixes include.
    expect(keys).toContain(searchIndexKey({ q: 'Iva' }));
    expect(keys).not.toContain(searchIndexKey({ q: 'Ab' }));
  });
});
