/** Who may read the audit log and who may verify its chain (the server enforces the same rules). */
import type { Role } from '../../../contracts/roles.ts';

export const AUDIT_READ_ROLES: readonly Role[] = ['platform_admin', 'authority_admin'];
export const AUDIT_VERIFY_ROLES: readonly Role[] = ['platform_admin'];

export function hasAnyRole(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return allowed.some((role) => roles.includes(role));
}
