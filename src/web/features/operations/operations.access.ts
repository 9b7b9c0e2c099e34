/** Who may open the operations pages: the caseworker roles, as the server's operations routes require. */
import { CASEWORK_ROLES, type Role } from '../../../contracts/roles.ts';

export const OPERATIONS_ROLES: readonly Role[] = CASEWORK_ROLES;
