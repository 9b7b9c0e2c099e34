/**
 * Stable codes of the authorities Silta knows. Codes never change once shipped: records, rules and
 * audit rows refer to them. Names, competences and sources live in the database (seeded from
 * src/server/modules/authorities/authorities.seed.ts) so that they stay editable and dated.
 */
export const AUTHORITY_CODES = [
  'police',
  'nbi',
  'border',
  'customs',
  'osh',
  'tax',
  'geiu',
  'migri',
  'nas',
  'enforcement',
  'etk',
  'prosecution',
  'ombudsman',
] as const;

export type AuthorityCode = (typeof AUTHORITY_CODES)[number];

export function isAuthorityCode(value: string): value is AuthorityCode {
  return (AUTHORITY_CODES as readonly string[]).includes(value);
}
