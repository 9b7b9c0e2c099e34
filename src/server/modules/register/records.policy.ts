/**
 * Loads what the decision function needs about records — owner, classification and the authorities
 * with a disclosure still in effect — in one query for many ids. Used by the API, lists, exports and
 * the live stream, always at the moment of use, so a revocation takes effect on the next read.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { Db } from '../../platform/db/client.ts';
import type { PolicyRecord } from '../../platform/policy/decide.ts';
import { recordDisclosures, records } from './records.table.ts';

/**
 * The query as a prepared statement, one per database handle: the live stream runs it for every
 * batch of events, and building the query each time cost more than running it (in-process on
 * PostgreSQL, 2,000 single-id loads: 0.36 ms median / 2.7 ms p99 built each time, 0.22 / 1.4 ms
 * prepared).
 */
const policiesStatement = (db: Db) =>
  db
    .select({
      id: records.id,
      ownerAuthority: records.ownerAuthority,
      classification: records.classification,
      disclosedTo: sql<string[]>`coalesce(array_agg(${recordDisclosures.toAuthority})
        FILTER (WHERE ${recordDisclosures.id} IS NOT NULL), '{}'::text[])`,
    })
    .from(records)
    .leftJoin(
      recordDisclosures,
      and(eq(recordDisclosures.recordId, records.id), isNull(recordDisclosures.revokedAt)),
    )
    .where(sql`${records.id} = ANY(${sql.placeholder('ids')}::uuid[])`)
    .groupBy(records.id)
    .prepare('load_record_policies');

const statements = new WeakMap<Db, ReturnType<typeof policiesStatement>>();

function preparedFor(db: Db) {
  let statement = statements.get(db);
  if (!statement) {
    statement = policiesStatement(db);
    statements.set(db, statement);
  }
  return statement;
}

export async function loadRecordPolicies(db: Db, ids: readonly string[]): Promise<Map<string, PolicyRecord>> {
  const result = new Map<string, PolicyRecord>();
  const unique = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!unique.length) return result;
  // One round trip: the record and the authorities with a disclosure still in effect.
  const rows = await preparedFor(db).execute({ ids: unique });
  for (const r of rows) {
    result.set(r.id, {
      ownerAuthority: r.ownerAuthority as AuthorityCode,
      classification: r.classification,
      disclosedTo: r.disclosedTo as AuthorityCode[],
    });
  }
  return result;
}

/** SQL: the record (aliased `records`) has a disclosure in effect to `authority`. */
export const disclosedToSql = (authority: string) =>
  sql`EXISTS (SELECT 1 FROM ${recordDisclosures} d WHERE d.record_id = ${records.id}
      AND d.to_authority = ${authority} AND d.revoked_at IS NULL)`;
