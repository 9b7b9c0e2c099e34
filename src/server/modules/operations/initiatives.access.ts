/**
 * Who may see a supervision initiative — THE rule, used by the list, the detail, the actions and the
 * live stream alike: the owner authority's caseworkers; the caseworkers of every authority it has been
 * addressed to with a disclosure still in effect; and, for a public initiative, every caseworker. It is
 * the register's record rule (platform/policy/decide.ts) applied to the initiative: the disclosures
 * are those decided by the competence engine and stored in initiative_disclosures.
 */
import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { Db } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide, type PolicyRecord } from '../../platform/policy/decide.ts';
import { initiativeDisclosures, initiatives } from './initiatives.tables.ts';

export type InitiativeRow = typeof initiatives.$inferSelect;

export interface InitiativeAccess {
  initiative: InitiativeRow;
  policy: PolicyRecord;
  /** The actor acts for the owner authority (and may address, withdraw, see the recipients). */
  owner: boolean;
}

/** The initiative as the record decision sees it. */
export const initiativePolicy = (
  initiative: Pick<InitiativeRow, 'ownerAuthority' | 'classification'>,
  disclosedTo: readonly string[],
): PolicyRecord => ({
  ownerAuthority: initiative.ownerAuthority as AuthorityCode,
  classification: initiative.classification,
  disclosedTo: disclosedTo as AuthorityCode[],
});

/** Policies of many initiatives in one query (the disclosures still in effect, loaded now). */
export async function loadInitiativePolicies(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, PolicyRecord>> {
  const unique = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const out = new Map<string, PolicyRecord>();
  if (!unique.length) return out;
  const rows = await db
    .select({
      id: initiatives.id,
      ownerAuthority: initiatives.ownerAuthority,
      classification: initiatives.classification,
      disclosedTo: sql<string[]>`coalesce(array_agg(${initiativeDisclosures.toAuthority})
        FILTER (WHERE ${initiativeDisclosures.id} IS NOT NULL), '{}'::text[])`,
    })
    .from(initiatives)
    .leftJoin(
      initiativeDisclosures,
      and(eq(initiativeDisclosures.initiativeId, initiatives.id), isNull(initiativeDisclosures.revokedAt)),
    )
    .where(inArray(initiatives.id, unique))
    .groupBy(initiatives.id);
  for (const r of rows) out.set(r.id, initiativePolicy(r, r.disclosedTo));
  return out;
}

/** Loads an initiative the actor may see, or the same 404 as a missing one. */
export async function loadInitiative(db: Db, actor: Actor, id: string): Promise<InitiativeAccess> {
  const [initiative] = await db.select().from(initiatives).where(eq(initiatives.id, id));
  const policy = initiative ? (await loadInitiativePolicies(db, [id])).get(id) : undefined;
  if (!initiative || !policy || !decide(actor, 'read', policy).allowed) throw notFound('Initiative');
  return { initiative, policy, owner: decide(actor, 'update', policy).allowed };
}

/**
 * SQL twin for lists: the initiatives `authority` may see (the route admits caseworkers only; the list
 * checks each row with decide() again, so the two cannot drift apart silently).
 */
export const initiativeVisibleSql = (authority: string): SQL =>
  or(
    eq(initiatives.ownerAuthority, authority),
    eq(initiatives.classification, 'public'),
    sql`EXISTS (SELECT 1 FROM ${initiativeDisclosures} d WHERE d.initiative_id = ${initiatives.id}
      AND d.to_authority = ${authority} AND d.revoked_at IS NULL)`,
  )!;
