/** Short legal citations as stored with disclosures and proposals, e.g. "616/2019 22 § 3 mom.". */
import type { LegalBasis } from '../competence/competence.schemas.ts';

export const legalBasisOf = (bases: readonly LegalBasis[]): string =>
  bases.map((b) => `${b.lawNumber} ${b.section}`).join('; ');
