import { describe, expect, it } from 'vitest';
import { NATIONALITY_PROFILES, nationalityProfile, personLanguages, personName } from './names.ts';
import { createRandom } from './random.ts';

const REQUIRED = [
  'FI',
  'VN',
  'TH',
  'UA',
  'RU',
  'EE',
  'PH',
  'IN',
  'NP',
  'BD',
  'UZ',
  'RO',
  'PL',
  'CN',
  'IQ',
  'SO',
  'TR',
];

describe('NATIONALITY_PROFILES', () => {
  it('covers the nationalities of the brief with alpha-2 codes and language codes', () => {
    const keys = NATIONALITY_PROFILES.map((p) => p.key);
    expect(keys).toEqual(expect.arrayContaining(REQUIRED));
    for (const profile of NATIONALITY_PROFILES) {
      expect(profile.nationality).toMatch(/^[A-Z]{2}$/);
      for (const language of [...profile.languages, ...profile.optionalLanguages]) {
        expect(language, profile.key).toMatch(/^[a-z]{2,3}$/);
      }
      expect(profile.givenNames.male.length, profile.key).toBeGreaterThanOrEqual(6);
      expect(profile.givenNames.female.length, profile.key).toBeGreaterThanOrEqual(6);
      expect(profile.familyNames.female.length, profile.key).toBe(profile.familyNames.male.length);
    }
  });

  it('knows a Swedish-speaking Finn and gendered family names', () => {
    expect(nationalityProfile('FI-sv').nationality).toBe('FI');
    expect(nationalityProfile('FI-sv').languages[0]).toBe('sv');
    expect(nationalityProfile('RU').familyNames.female).toContain('Ivanova');
    expect(() => nationalityProfile('XX')).toThrow();
  });
});

describe('personName and personLanguages', () => {
  it('draw from the profile and always include its main language', () => {
    const random = createRandom(4);
    const vietnamese = nationalityProfile('VN');
    for (let i = 0; i < 50; i++) {
      const name = personName(random, vietnamese);
      expect(vietnamese.familyNames.male).toContain(name.familyName);
      expect(personLanguages(random, vietnamese)[0]).toBe('vi');
    }
  });
});
