/**
 * /api/search: permission-scoped fuzzy search over targets (companies, worksites, persons) or records,
 * with keyset paging, and hit/no-hit for the targets `q` matched. Items are what the actor may see
 * (scoped in SQL, confirmed by decide()); hits say only who holds how many records of which categories.
 * Hits appear only when `q` names something — filters alone never list who holds what — and a search
 * that shows hits or non-public items is audited with what it showed.
 */
import { inArray, sql } from 'drizzle-orm';
import { auditRead } from '../../platform/audit/audit.ts';
import { type Db, queryRows } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { visibleScope } from '../../platform/policy/scope.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { type Hit, hitsFor, recordScopeColumns } from './hits.ts';
import { recordTargets, type TargetType } from './record-targets.table.ts';
import { loadRecordPolicies } from './records.policy.ts';
import { presentRecord, targetsOf } from './records.service.ts';
import { records } from './records.table.ts';
import type { TSearchFilters, TSearchQuery } from './search.schemas.ts';
import {
  exactHiddenTargets,
  type Match,
  matchedTargets,
  type RecordKeyRow,
  recordsPage,
  type TargetRow,
  targetsPage,
  toMatch,
} from './search.sql.ts';
import { targetPolicy } from './targets.policy.ts';

/** A target must match `q` at least this well for its hits to show (word similarity 1 = a whole word). */
export const HIT_MIN_SCORE = 0.5;
const TARGET_TYPES: TargetType[] = ['company', 'worksite', 'person'];

export type TargetItem = {
  kind: 'target';
  type: TargetType;
  id: string;
  name: string;
  businessId: string | null;
  municipality: string | null;
  tolCode: string | null;
  siteType: string | null;
  companyId: string | null;
  under18: boolean | null;
  ownerAuthority: string;
  classification: 'public' | 'restricted' | 'secret';
  records: number;
  score: number | null;
};
export type RecordItem = { kind: 'record'; record: ReturnType<typeof presentRecord>; score: number | null };
export type SearchItem = TargetItem | RecordItem;

export interface SearchPage {
  items: SearchItem[];
  nextCursor: string | null;
  /** Ids of the non-public items shown (for the audit). */
  nonPublicIds: string[];
  /** Targets whose hits the page may show. */
  hitTargets: string[];
}

async function visibleRecordCounts(db: Db, actor: Actor, targetIds: string[]): Promise<Map<string, number>> {
  if (!targetIds.length) return new Map();
  const rows = await queryRows<{ target_id: string; n: number }>(
    db,
    sql`SELECT ${recordTargets.targetId} AS target_id, count(DISTINCT ${records.id})::int AS n
        FROM ${recordTargets} JOIN ${records} ON ${records.id} = ${recordTargets.recordId}
        WHERE ${inArray(recordTargets.targetId, targetIds)} AND ${visibleScope(actor, recordScopeColumns)}
        GROUP BY 1`,
  );
  return new Map(rows.map((r) => [r.target_id, r.n]));
}

async function hiddenExactMatches(db: Db, actor: Actor, m: Match): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, exactHiddenTargets(actor, m));
  return rows.map((r) => r.id);
}

const num = (v: string | null) => (v === null ? null : Number(v));

async function targetPage(
  db: Db,
  actor: Actor,
  types: TargetType[],
  f: TSearchFilters,
  m: Match | null,
  cursor: ReturnType<typeof decodeCursor> | null,
  limit: number,
): Promise<SearchPage> {
  const rows = await queryRows<TargetRow>(db, targetsPage(actor, types, f, m, cursor, limit));
  const page = rows
    .slice(0, limit)
    .filter(
      (r) =>
        decide(
          actor,
          'read',
          targetPolicy({ ownerAuthority: r.owner_authority, classification: r.classification }),
        ).allowed,
    );
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  // `records` is filled in by searchPage, in the same round trip as the hits.
  return {
    items: page.map((r) => ({
      kind: 'target',
      type: r.type,
      id: r.id,
      name: r.name,
      businessId: r.business_id,
      municipality: r.municipality,
      tolCode: r.tol_code,
      siteType: r.site_type,
      companyId: r.company_id,
      under18: r.under18,
      ownerAuthority: r.owner_authority,
      classification: r.classification,
      records: 0,
      score: num(r.score),
    })),
    nextCursor: last ? encodeCursor(m ? last.score : last.sort_name, last.id) : null,
    nonPublicIds: page.filter((r) => r.classification !== 'public').map((r) => r.id),
    hitTargets: m ? page.filter((r) => Number(r.score) >= HIT_MIN_SCORE).map((r) => r.id) : [],
  };
}

async function recordPage(
  db: Db,
  actor: Actor,
  f: TSearchFilters,
  m: Match | null,
  cursor: ReturnType<typeof decodeCursor> | null,
  limit: number,
): Promise<SearchPage> {
  const keys = await queryRows<RecordKeyRow>(db, recordsPage(actor, f, m, cursor, limit));
  const pageKeys = keys.slice(0, limit);
  const ids = pageKeys.map((k) => k.id);
  const [rows, policies, targets] = await Promise.all([
    ids.length ? db.select().from(records).where(inArray(records.id, ids)) : Promise.resolve([]),
    loadRecordPolicies(db, ids),
    targetsOf(db, ids),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items: RecordItem[] = [];
  for (const k of pageKeys) {
    const row = byId.get(k.id);
    const policy = policies.get(k.id);
    if (!row || !policy || !decide(actor, 'read', policy).allowed) continue;
    items.push({ kind: 'record', record: presentRecord(row, targets.get(k.id) ?? []), score: num(k.score) });
  }
  const last = keys.length > limit ? keys[limit - 1] : undefined;
  let hitTargets: string[] = [];
  if (m && !cursor) {
    const matched = await queryRows<{ id: string; score: string }>(db, matchedTargets(actor, m, 20));
    hitTargets = matched.filter((t) => Number(t.score) >= HIT_MIN_SCORE).map((t) => t.id);
  }
  return {
    items,
    nextCursor: last ? encodeCursor(m ? last.score : last.sort_key, last.id) : null,
    nonPublicIds: items.filter((i) => i.record.classification !== 'public').map((i) => i.record.id),
    hitTargets,
  };
}

/** One page of the search, without the targets' record counts, hits or audit. */
async function pageOf(
  db: Db,
  actor: Actor,
  query: TSearchQuery,
): Promise<SearchPage & { match: Match | null }> {
  const m = toMatch(query.q);
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  // The exact-name check does not depend on the page: both go to the database at once (on a pool
  // that is two connections; PGlite runs them one after the other).
  const [page, hidden] = await Promise.all([
    query.type === 'record'
      ? recordPage(db, actor, query, m, cursor, query.limit)
      : targetPage(db, actor, query.type ? [query.type] : TARGET_TYPES, query, m, cursor, query.limit),
    m && !cursor ? hiddenExactMatches(db, actor, m) : Promise.resolve([]),
  ]);
  page.hitTargets.push(...hidden);
  return { ...page, match: m };
}

/** One page of the search without hits or audit: shared by the API and the export. */
export async function searchPage(
  db: Db,
  actor: Actor,
  query: TSearchQuery,
): Promise<SearchPage & { match: Match | null }> {
  const page = await pageOf(db, actor, query);
  await withCountsAndHits(db, actor, page, false);
  return page;
}

/** Fills in each target item's count of records the actor may see, and (when asked) loads the hits — at once. */
async function withCountsAndHits(db: Db, actor: Actor, page: SearchPage, wantHits: boolean): Promise<Hit[]> {
  const targets = page.items.filter((i): i is TargetItem => i.kind === 'target');
  const [counts, hits] = await Promise.all([
    visibleRecordCounts(
      db,
      actor,
      targets.map((i) => i.id),
    ),
    wantHits ? hitsFor(db, actor, page.hitTargets) : Promise.resolve([]),
  ]);
  for (const item of targets) item.records = counts.get(item.id) ?? 0;
  return hits;
}

/** The filters as they go into audit rows. */
export function describeQuery(query: TSearchFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).filter(([k, v]) => v !== undefined && k !== 'cursor' && k !== 'limit'),
  ) as Record<string, string>;
}

export async function search(
  db: Db,
  actor: Actor,
  query: TSearchQuery,
  requestId: string,
): Promise<{ items: SearchItem[]; hits: Hit[]; nextCursor: string | null }> {
  const page = await pageOf(db, actor, query);
  const hits = await withCountsAndHits(db, actor, page, true);
  if (hits.length || page.nonPublicIds.length) {
    await auditRead(db, {
      action: hits.length ? 'search.hits' : 'search',
      actor,
      requestId,
      details: {
        query: describeQuery(query),
        ids: page.nonPublicIds,
        hitTargets: [...new Set(hits.map((h) => h.targetId))],
      },
    });
  }
  return { items: page.items, hits, nextCursor: page.nextCursor };
}
