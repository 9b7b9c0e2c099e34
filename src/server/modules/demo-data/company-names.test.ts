import { describe, expect, it } from 'vitest';
import {
  auxiliaryName,
  companyName,
  genitive,
  inventedStem,
  LEGAL_FORMS,
  tradeWords,
} from './company-names.ts';
import { nationalityProfile } from './names.ts';
import { createRandom } from './random.ts';

const form = (code: string) => {
  const found = LEGAL_FORMS.find((f) => f.code === code);
  if (!found) throw new Error(code);
  return found;
};
const owner = { givenName: 'Minh Tuấn', familyName: 'Nguyễn', profile: nationalityProfile('VN') };

describe('legal forms', () => {
  it('make Oy about 70 % and foreign forms rare', () => {
    const total = LEGAL_FORMS.reduce((sum, f) => sum + f.weight, 0);
    expect(form('Oy').weight / total).toBeGreaterThan(0.65);
    expect(form('Oy').weight / total).toBeLessThan(0.75);
    const foreign = LEGAL_FORMS.filter((f) => f.foreign).reduce((sum, f) => sum + f.weight, 0);
    expect(foreign / total).toBeLessThan(0.1);
    expect(LEGAL_FORMS.map((f) => f.code)).toEqual(
      expect.arrayContaining(['OÜ', 'SIA', 'UAB', 'Sp. z o.o.', 'SRL']),
    );
  });
});

describe('names', () => {
  it('invented stems look Finnish and respect vowel harmony in -la/-lä', () => {
    const random = createRandom(21);
    for (let i = 0; i < 500; i++) {
      const stem = inventedStem(random);
      expect(stem).toMatch(/^[A-ZÄÖ][a-zäö]+$/);
      if (stem.endsWith('lä')) expect(stem).not.toMatch(/[aou]/);
    }
  });

  it('genitive handles the regular cases only', () => {
    expect(genitive('Kavila')).toBe('Kavilan');
    expect(genitive('Ritanen')).toBe('Ritasen');
    expect(genitive('Lokoski')).toBeNull();
  });

  it('puts the legal form where it belongs', () => {
    const random = createRandom(8);
    const input = { sector: 'construction' as const, tolCode: '41200', owner };
    expect(companyName(random, { ...input, legalForm: form('Oy') })).toMatch(/ Oy$/);
    expect(companyName(random, { ...input, legalForm: form('SIA') })).toMatch(/^SIA /);
    expect(companyName(random, { ...input, legalForm: form('Sp. z o.o.') })).toMatch(/ Sp\. z o\.o\.$/);
    const tmi = companyName(random, { ...input, legalForm: form('Tmi') });
    expect(tmi).toContain('Nguyễn');
  });

  it('uses industry words and the owner’s brand words', () => {
    expect(tradeWords('transport', '49320')).toContain('Taksi');
    expect(tradeWords('cleaning', '81210')).toContain('Siivous');
    const random = createRandom(2);
    const names = Array.from({ length: 30 }, () =>
      auxiliaryName(random, { sector: 'restaurant', tolCode: '56101', legalForm: form('Oy'), owner }),
    );
    expect(names.some((name) => owner.profile.businessWords.some((word) => name.includes(word)))).toBe(true);
  });
});
