import { describe, expect, it } from 'vitest';
import type { SearchItem } from '../targets.types.ts';
import { companyChoices, pickerQuery } from './companyPicker.ts';

const target = (type: 'company' | 'worksite', id: string): SearchItem => ({
  kind: 'target',
  type,
  id,
  name: `Name ${id}`,
  businessId: type === 'company' ? '0112038-9' : null,
  municipality: 'Kitee',
  tolCode: null,
  siteType: null,
  companyId: null,
  under18: null,
  ownerAuthority: 'police',
  classification: 'public',
  records: 0,
  score: null,
});

describe('the worksite form company picker', () => {
  it('searches from two characters, trimmed', () => {
    expect(pickerQuery(' K ')).toBeNull();
    expect(pickerQuery(' Ka ')).toBe('Ka');
    expect(pickerQuery('0112038-9')).toBe('0112038-9');
  });

  it('offers only companies, with what the form shows', () => {
    expect(companyChoices([target('company', 'c1'), target('worksite', 'w1')])).toEqual([
      { id: 'c1', name: 'Name c1', businessId: '0112038-9', municipality: 'Kitee' },
    ]);
  });
});
