/** Who may see a disclosure request: the caseworkers of the holder and of the requesting authority. */
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { PolicyRecord } from '../../platform/policy/decide.ts';

export const requestPolicy = (row: { toAuthority: string; fromAuthority: string }): PolicyRecord => ({
  ownerAuthority: row.toAuthority as AuthorityCode,
  classification: 'restricted',
  disclosedTo: [row.fromAuthority as AuthorityCode],
});
