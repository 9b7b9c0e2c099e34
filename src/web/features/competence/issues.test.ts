import { describe, expect, it } from 'vitest';
import { ISSUE_AREAS, SHIPPED_COMPETENCE_CONFIG } from '../../../server/modules/competence/index.ts';
import { ISSUE_AREA_CODES, SECTOR_LABEL } from './issues.ts';

describe('issue areas and sectors', () => {
  it('labels every issue area the server knows, in its order', () => {
    expect(ISSUE_AREA_CODES).toEqual([...ISSUE_AREAS]);
  });

  it('labels every sector of the shipped configuration', () => {
    const sectors = new Set(SHIPPED_COMPETENCE_CONFIG.competences.flatMap((c) => c.sectors));
    expect([...sectors].filter((sector) => !(sector in SECTOR_LABEL))).toEqual([]);
  });
});
