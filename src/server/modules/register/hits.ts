/**
 * Hit/no-hit: for targets the search matched, which authorities hold records on them that the actor
 * may NOT see — only the holder, the count and the data categories, never ids or content. The
 * "may not see" half is the negation of `visibleScope` (the SQL twin of decide()), so a hit and an
 * item can never both show the same record. Secret records count only when their owner opted in.
 */
import { and, inArray, not, sql } from 'drizzle-orm';
import { CASEWORK_ROLES } from '../../../contracts/roles.ts';
import { type Db, queryRows } from '../../platform/db/client.ts';
import { type Actor, hasRole } from '../../platform/policy/actor.ts';
import { visibleScope } from '../../platform/policy/scope.ts';
import { recordHitOptIns } from './hits.table.ts';
import { recordTargets, type TargetType } from './record-targets.table.ts';
import { disclosedToSql } from './records.policy.ts';
import { records } from './records.table.ts';

export interface Hit {
  targetType: TargetType;
  targetId: string;
  authority: string;
  count: number;
  categories: string[];
}

export const recordScopeColumns = {
  ownerAuthority: records.ownerAuthority,
  classification: records.classification,
  disclosedTo: disclosedToSql,
};

/** SQL: the record (table `records`) is hidden from the actor but may show as a hit. */
export function hitScope(actor: Actor) {
  return and(
    not(visibleScope(actor, recordScopeColumns)),
    sql`(${records.classification} <> 'secret'
      OR EXISTS (SELECT 1 FROM ${recordHitOptIns} o WHERE o.record_id = ${records.id}))`,
  )!;
}

/** The hits on these targets for the actor, by target and holder. */
export async function hitsFor(db: Db, actor: Actor, targetIds: readonly string[]): Promise<Hit[]> {
  const ids = [...new Set(targetIds)];
  if (!ids.length || !hasRole(actor, ...CASEWORK_ROLES)) return [];
  const rows = await queryRows<{
    target_type: TargetType;
    target_id: string;
    authority: string;
    count: number;
    categories: string[] | null;
  }>(
    db,
    sql`SELECT ${recordTargets.targetType} AS target_type, ${recordTargets.targetId} AS target_id,
          ${records.ownerAuthority} AS authority, count(DISTINCT ${records.id})::int AS count,
          array_remove(array_agg(DISTINCT c.cat), NULL)::text[] AS categories
        FROM ${recordTargets}
        JOIN ${records} ON ${records.id} = ${recordTargets.recordId}
        LEFT JOIN LATERAL unnest(${records.categories}) AS c(cat) ON true
        WHERE ${inArray(recordTargets.targetId, ids)} AND ${hitScope(actor)}
        GROUP BY 1, 2, 3
        ORDER BY 2, 3`,
  );
  return rows.map((r) => ({
    targetType: r.target_type,
    targetId: r.target_id,
    authority: r.authority,
    count: r.count,
    categories: [...(r.categories ?? [])].sort(),
  }));
}
