/** Who may open the records pages: the caseworker roles, as the server's records routes require. */
import type { Role } from '../../../contracts/roles.ts';

export const RECORDS_ROLES: readonly Role[] = ['officer', 'analyst', 'operation_lead'];
