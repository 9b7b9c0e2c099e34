/** Who may open the register's target pages: the caseworker roles, as the server's register routes require. */
import type { Role } from '../../../contracts/roles.ts';

export const TARGETS_ROLES: readonly Role[] = ['officer', 'analyst', 'operation_lead'];
