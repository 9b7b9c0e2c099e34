/**
 * Delivery of saved-search matches (subject `saved_search_match`): only to the search's owner, and
 * for an `item` match only while the owner may still see the record or target (decide() at delivery,
 * so a revoked disclosure stops it). A deleted search takes its matches with it: nothing is delivered.
 * A `hit` match carries only what the hit rules showed the owner (authority and the target named).
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { SubjectAccess } from '../../platform/events/bus.ts';
import type { TargetType } from '../register/record-targets.table.ts';
import { loadRecordPolicies } from '../register/records.policy.ts';
import { loadTargetPolicies } from '../register/targets.policy.ts';
import { savedSearches, savedSearchMatches } from './saved-searches.tables.ts';

export async function resolveSavedSearchMatches(
  db: Db,
  matchIds: readonly string[],
): Promise<Map<string, SubjectAccess>> {
  const out = new Map<string, SubjectAccess>();
  const ids = [...new Set(matchIds)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!ids.length) return out;
  const rows = await db
    .select({ m: savedSearchMatches, userId: savedSearches.userId })
    .from(savedSearchMatches)
    .innerJoin(savedSearches, eq(savedSearches.id, savedSearchMatches.savedSearchId))
    .where(inArray(savedSearchMatches.id, ids));
  const items = rows.filter((r) => r.m.match === 'item');
  const of = (type: string) => items.filter((r) => r.m.entityType === type).map((r) => r.m.entityId);
  const [recordPolicies, ...targetPolicies] = await Promise.all([
    loadRecordPolicies(db, of('record')),
    ...(['company', 'worksite', 'person'] as TargetType[]).map((t) => loadTargetPolicies(db, t, of(t))),
  ]);
  const policies = new Map([...recordPolicies, ...targetPolicies.flatMap((m) => [...m])]);
  for (const { m, userId } of rows) {
    if (m.match === 'hit') {
      out.set(m.id, { kind: 'user', userId });
      continue;
    }
    const policy = policies.get(m.entityId);
    if (policy) out.set(m.id, { kind: 'user', userId, policy });
  }
  return out;
}
