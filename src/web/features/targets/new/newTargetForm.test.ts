import { describe, expect, it } from 'vitest';
import { EMPTY_TARGET, initialValues, matchQuestion, toCompany, toPerson } from './newTargetForm.ts';

describe('new target forms', () => {
  it('defaults persons to restricted, companies to public', () => {
    expect(initialValues('person').classification).toBe('restricted');
    expect(initialValues('company').classification).toBe('public');
  });

  it('sends empty optional fields as null, trimmed values otherwise', () => {
    expect(
      toCompany({ ...EMPTY_TARGET, businessId: ' 0112038-9 ', name: ' Testi Oy ', municipality: 'Kitee' }),
    ).toEqual({
      businessId: '0112038-9',
      name: 'Testi Oy',
      legalForm: null,
      tolCode: null,
      streetAddress: null,
      postalCode: null,
      municipality: 'Kitee',
      status: 'active',
      classification: 'public',
    });
  });

  it('never sends a minor as public', () => {
    const person = toPerson({
      ...EMPTY_TARGET,
      givenName: 'A',
      familyName: 'B',
      under18: true,
      classification: 'public',
    });
    expect(person.classification).toBe('restricted');
    expect(
      toPerson({ ...EMPTY_TARGET, givenName: 'A', familyName: 'B', birthYear: 'x' }).birthYear,
    ).toBeNull();
  });

  it('asks the matcher only when enough is typed', () => {
    expect(matchQuestion('company', { ...EMPTY_TARGET, name: 'Ab' })).toBeNull();
    expect(matchQuestion('company', { ...EMPTY_TARGET, name: 'Abc' })).toEqual({
      type: 'company',
      name: 'Abc',
      limit: 5,
    });
    expect(matchQuestion('company', { ...EMPTY_TARGET, businessId: '0112038-9' })).toEqual({
      type: 'company',
      name: '0112038-9',
      businessId: '0112038-9',
      limit: 5,
    });
    expect(matchQuestion('person', { ...EMPTY_TARGET, givenName: 'Olga' })).toBeNull();
    expect(
      matchQuestion('person', {
        ...EMPTY_TARGET,
        givenName: 'Olga',
        familyName: 'Ivanova',
        birthYear: '1990',
      }),
    ).toEqual({
      type: 'person',
      name: 'Olga Ivanova',
      birthYear: 1990,
      limit: 5,
    });
    expect(matchQuestion('worksite', { ...EMPTY_TARGET, streetAddress: 'Tie' })).toBeNull();
    expect(
      matchQuestion('worksite', { ...EMPTY_TARGET, streetAddress: 'Tehtaantie 5', municipality: 'Kitee' }),
    ).toEqual({
      type: 'worksite',
      address: 'Tehtaantie 5',
      municipality: 'Kitee',
      limit: 5,
    });
  });
});
