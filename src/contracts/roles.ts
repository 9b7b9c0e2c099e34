/**
 * Roles a user can hold. A user acts for exactly one authority; roles say what they may do there.
 * platform_admin administers Silta itself and, by design, gains no right to read other authorities'
 * records: separation of duties.
 */
export const ROLES = [
  'officer',
  'analyst',
  'operation_lead',
  'authority_admin',
  'platform_admin',
  'content_editor',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles that do casework and may therefore read non-public records of their own authority. */
export const CASEWORK_ROLES: readonly Role[] = ['officer', 'analyst', 'operation_lead'];
