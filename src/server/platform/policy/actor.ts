/** Who is acting: the signed-in user, the authority they act for, and their roles. */
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { Role } from '../../../contracts/roles.ts';

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  authority: AuthorityCode;
  unitId: string | null;
  roles: readonly Role[];
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((r) => actor.roles.includes(r));
}
