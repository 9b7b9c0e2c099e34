/**
 * Records that gained a target after they were created. Records get their targets when they are
 * written; the only later change of a record's targets is a company merge (the duplicate's records
 * now concern the survivor) and its split (they concern the duplicate again). Both are announced by
 * one event about the companies (`target.merged` / `target.split`, which never names records: their
 * followers may not see them); the merge row (`company_merges.moves`) says which records moved.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { EventRow } from '../../platform/events/bus.ts';
import { companyMerges } from '../matching/matching.tables.ts';

/** Events after which some records concern a target they did not concern before. */
export const RELINK_EVENT_TYPES = ['target.merged', 'target.split'] as const;

/**
 * The records that event `e` linked to a target anew: after a merge, those moved to the survivor (a
 * record already about both only lost its duplicate link); after a split, every record put back on
 * the duplicate. Empty for any other event.
 */
export async function recordsRelinkedBy(db: Db, e: EventRow): Promise<string[]> {
  if (!(RELINK_EVENT_TYPES as readonly string[]).includes(e.type)) return [];
  const mergeId = (e.data as { mergeId?: unknown }).mergeId;
  // Checked before it reaches a uuid column: a malformed id must not stall the matcher.
  if (typeof mergeId !== 'string' || !/^[0-9a-f-]{36}$/i.test(mergeId)) return [];
  const [merge] = await db
    .select({ moves: companyMerges.moves })
    .from(companyMerges)
    .where(eq(companyMerges.id, mergeId));
  if (!merge) return [];
  const { recordTargets, recordTargetsDropped } = merge.moves;
  return e.type === 'target.merged'
    ? recordTargets
    : [...new Set([...recordTargets, ...recordTargetsDropped])];
}
