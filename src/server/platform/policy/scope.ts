/**
 * `visibleScope`: the SQL form of `decide(actor, 'read', record)`, for queries that list or search
 * many records at once. Repositories put it in the WHERE clause so that what the actor may not see is
 * never read at all. policy.test.ts runs both over the same table of cases and requires equal answers.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { CASEWORK_ROLES } from '../../../contracts/roles.ts';
import { type Actor, hasRole } from './actor.ts';

export interface ScopeColumns {
  ownerAuthority: AnyPgColumn;
  classification: AnyPgColumn;
  /**
   * SQL that is true when the record has an effective disclosure to `authority`; omitted for record
   * types that cannot be disclosed.
   */
  disclosedTo?: (authority: string) => SQL;
}

export function visibleScope(actor: Actor, columns: ScopeColumns): SQL {
  const isPublic = sql`${columns.classification} = 'public'`;
  if (!hasRole(actor, ...CASEWORK_ROLES)) return isPublic;
  const owned = sql`${columns.ownerAuthority} = ${actor.authority}`;
  if (!columns.disclosedTo) return sql`(${isPublic} OR ${owned})`;
  return sql`(${isPublic} OR ${owned} OR ${columns.disclosedTo(actor.authority)})`;
}
