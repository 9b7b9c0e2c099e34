/**
 * Loads what the decision function needs about records — owner, classification and the authorities
 * with a disclosure still in effect — in one query for many ids. Used by the API, lists, exports and
 * the live stream, always at the moment of use, so a revocation takes effect on the next read.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { Db } from '../../platform/db/client.ts';
import type { PolicyRecord } from '../../platform/policy/decide.ts';
import { recordDisclosures, records } from './records.table.ts';

export async function loadRecordPolicies(db: Db, ids: readonly string[]): Promise<Map<string, PolicyRecord>> {
  const result = new Map<string, PolicyRecord>();
  const unique = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!unique.length) return result;
  // One round trip: the record and the authorities with a disclosure still in effect.
  const rows = await db
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
    .where(inArray(records.id, unique))
    .groupBy(records.id);
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
