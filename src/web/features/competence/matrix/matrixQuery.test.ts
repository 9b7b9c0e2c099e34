import { describe, expect, it } from 'vitest';
import { SHIPPED_COMPETENCE_CONFIG } from '../../../../server/modules/competence/index.ts';
import { commonPurpose, matrixSearch, parseMatrixQuery } from './matrixQuery.ts';

describe('matrix query', () => {
  it('defaults to a category the user’s authority holds and its commonest purpose', () => {
    const query = parseMatrixQuery('', SHIPPED_COMPETENCE_CONFIG, 'osh');
    const category = SHIPPED_COMPETENCE_CONFIG.categories.find((c) => c.code === query.category);
    expect(category?.holder).toContain('osh');
    expect(query.purpose).toBe(commonPurpose(SHIPPED_COMPETENCE_CONFIG, query.category));
    expect(query.initiative).toBe('request');
  });

  it('keeps known codes from the link and replaces unknown ones', () => {
    const search = matrixSearch({
      category: 'tax_information',
      purpose: 'tax_supervision',
      initiative: 'own',
    });
    expect(parseMatrixQuery(search, SHIPPED_COMPETENCE_CONFIG, 'osh')).toEqual({
      category: 'tax_information',
      purpose: 'tax_supervision',
      initiative: 'own',
    });
    const fixed = parseMatrixQuery(
      'category=nope&purpose=nope&initiative=x',
      SHIPPED_COMPETENCE_CONFIG,
      'tax',
    );
    expect(fixed.category).not.toBe('nope');
    expect(fixed.purpose).not.toBe('nope');
    expect(fixed.initiative).toBe('request');
  });
});
