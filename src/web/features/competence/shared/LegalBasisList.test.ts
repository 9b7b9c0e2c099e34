import { describe, expect, it } from 'vitest';
import { SHIPPED_COMPETENCE_CONFIG } from '../../../../server/modules/competence/index.ts';
import { citation } from './LegalBasisList.tsx';

const bases = SHIPPED_COMPETENCE_CONFIG.rules.flatMap((rule) => rule.legalBasis);
const aliens = bases.find((b) => b.lawNumber === '301/2004')!;
const bill = bases.find((b) => b.lawNumber === 'HE 198/2025')!;

describe('citation', () => {
  it('cites Finnish law the way each language does', () => {
    expect(citation(aliens, 'fi')).toBe('Ulkomaalaislaki 301/2004 85 § 2 mom.');
    expect(citation(aliens, 'sv')).toBe('Utlänningslagen 301/2004 85 § 2 mom.');
    expect(citation(aliens, 'en')).toBe('Aliens Act 301/2004 section 85(2)');
  });

  it('calls a government bill RP in Swedish', () => {
    expect(citation(bill, 'fi')).toContain('HE 198/2025');
    expect(citation(bill, 'sv')).toContain('RP 198/2025');
  });
});
