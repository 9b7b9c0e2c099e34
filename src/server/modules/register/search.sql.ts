/**
 * The SQL of /api/search. Every branch starts from `visibleScope` (what the actor may see), matches
 * `q` with pg_trgm's word similarity on lower(name) (≥ 0.3, one scan of the GIN index on
 * lower(companies.name)) — or exactly on a valid business ID, and pages by keyset:
 * (score, id) with `q`, (name, id) for targets and (created_at, id) for records without it.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/policy/actor.ts';
import { visibleScope } from '../../platform/policy/scope.ts';
import { normalizeBusinessId } from '../demo-data/business-id.ts';
import type { CursorKey } from './cursor.ts';
import { recordScopeColumns } from './hits.ts';
import type { TargetType } from './record-targets.table.ts';
import { recordTargets } from './record-targets.table.ts';
import { records } from './records.table.ts';
import { companies, persons, worksites } from './register.tables.ts';
import type { TSearchFilters } from './search.schemas.ts';

/** What `q` asks for: an exact business ID, or a (lower-cased) name. */
export interface Match {
  lq: string | null;
  businessId: string | null;
}

export function toMatch(q: string | undefined): Match | null {
  if (!q) return null;
  const businessId = normalizeBusinessId(q);
  return businessId
    ? { lq: null, businessId }
    : { lq: q.toLowerCase().replace(/\s+/g, ' ').trim(), businessId: null };
}

const TABLE = { company: companies, worksite: worksites, person: persons } as const;
const NAME: Record<TargetType, SQL> = {
  company: sql`lower(${companies.name})`,
  worksite: sql`lower(${worksites.name})`,
  person: sql`lower(${persons.givenName} || ' ' || ${persons.familyName})`,
};
const LABEL: Record<TargetType, SQL> = {
  company: sql`${companies.name}`,
  worksite: sql`${worksites.name}`,
  person: sql`${persons.givenName} || ' ' || ${persons.familyName}`,
};
const SORT: Record<TargetType, SQL> = {
  company: NAME.company,
  worksite: NAME.worksite,
  person: sql`lower(${persons.familyName} || ' ' || ${persons.givenName})`,
};

const FALSE = sql`FALSE`;
/**
 * How well a name matches: word similarity, the greatest similarity between `q` and any extent of
 * the name — the whole name being one extent, it is never below similarity(name, q) (the score was
 * greatest(similarity, word_similarity), the same values at twice the cost; equal on all 48,055
 * matches of 60 queries on the benchmark's 100,000 names).
 */
const score = (name: SQL, lq: string) => sql`round(word_similarity(${lq}, ${name})::numeric, 6)`;
/** Word similarity ≥ 0.3 (the connection's pg_trgm.word_similarity_threshold, db/client.ts), through the trigram index. */
const fuzzy = (name: SQL, lq: string) => sql`${lq} <% ${name}`;
/** Record titles have no trigram index; they match at word similarity 0.6, stated here rather than by the setting. */
const TITLE_MIN_WORD_SIMILARITY = 0.6;

function matchSql(type: TargetType, m: Match): { where: SQL; score: SQL } {
  if (m.businessId) {
    return type === 'company'
      ? { where: sql`${companies.businessId} = ${m.businessId}`, score: sql`1::numeric` }
      : { where: FALSE, score: sql`0::numeric` };
  }
  return { where: fuzzy(NAME[type], m.lq!), score: score(NAME[type], m.lq!) };
}

const hasRecordFilters = (f: TSearchFilters) => !!(f.category || f.owner || f.from || f.to);

/** Conditions on records: category, owner and creation dates (UTC days, inclusive). */
function recordConditions(f: TSearchFilters): SQL[] {
  const out: SQL[] = [];
  if (f.category) out.push(sql`${records.categories} @> ARRAY[${f.category}]::text[]`);
  if (f.owner) out.push(sql`${records.ownerAuthority} = ${f.owner}`);
  if (f.from) out.push(sql`${records.createdAt} >= ${f.from}::date`);
  if (f.to) out.push(sql`${records.createdAt} < (${f.to}::date + 1)`);
  return out;
}

const and = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` AND `) : sql`TRUE`);

/** One target type's SELECT with the common columns of a search row. */
export function targetSelect(actor: Actor, type: TargetType, f: TSearchFilters, m: Match | null): SQL {
  const t = TABLE[type];
  const where: SQL[] = [visibleScope(actor, t)];
  const match = m ? matchSql(type, m) : null;
  if (match) where.push(match.where);
  if (f.industry) {
    if (type === 'company') where.push(sql`${companies.tolCode} LIKE ${`${f.industry}%`}`);
    else if (type === 'worksite')
      where.push(
        sql`${worksites.companyId} IN (SELECT c2.id FROM companies c2 WHERE c2.tol_code LIKE ${`${f.industry}%`})`,
      );
    else where.push(FALSE);
  }
  if (f.municipality) {
    if (type === 'person') where.push(FALSE);
    else where.push(sql`lower(${(t as typeof companies).municipality}) = lower(${f.municipality})`);
  }
  if (hasRecordFilters(f)) {
    where.push(sql`EXISTS (SELECT 1 FROM ${recordTargets} JOIN ${records} ON ${records.id} = ${recordTargets.recordId}
      WHERE ${recordTargets.targetId} = ${t.id}
        AND ${visibleScope(actor, recordScopeColumns)} AND ${and(recordConditions(f))})`);
  }
  const c = {
    businessId: type === 'company' ? sql`${companies.businessId}` : sql`NULL::text`,
    municipality: type === 'person' ? sql`NULL::text` : sql`${(t as typeof companies).municipality}`,
    tolCode: type === 'company' ? sql`${companies.tolCode}` : sql`NULL::text`,
    siteType: type === 'worksite' ? sql`${worksites.siteType}` : sql`NULL::text`,
    companyId: type === 'worksite' ? sql`${worksites.companyId}` : sql`NULL::uuid`,
    under18: type === 'person' ? sql`${persons.under18}` : sql`NULL::boolean`,
  };
  return sql`SELECT ${type}::text AS type, ${t.id} AS id, ${LABEL[type]} AS name,
      ${c.businessId} AS business_id, ${c.municipality} AS municipality, ${c.tolCode} AS tol_code,
      ${c.siteType} AS site_type, ${c.companyId} AS company_id, ${c.under18} AS under18,
      ${t.ownerAuthority} AS owner_authority, ${t.classification} AS classification,
      ${SORT[type]} AS sort_name, ${match ? match.score : sql`NULL::numeric`} AS score
    FROM ${t} WHERE ${and(where)}`;
}

export interface TargetRow {
  type: TargetType;
  id: string;
  name: string;
  business_id: string | null;
  municipality: string | null;
  tol_code: string | null;
  site_type: string | null;
  company_id: string | null;
  under18: boolean | null;
  owner_authority: string;
  classification: 'public' | 'restricted' | 'secret';
  sort_name: string;
  score: string | null;
}

type Cursor = { key: CursorKey; id: string } | null;

/** One page (limit + 1 rows) of targets of the given types. */
export function targetsPage(
  actor: Actor,
  types: TargetType[],
  f: TSearchFilters,
  m: Match | null,
  cursor: Cursor,
  limit: number,
): SQL {
  const union = sql.join(
    types.map((type) => targetSelect(actor, type, f, m)),
    sql` UNION ALL `,
  );
  let after = sql`TRUE`;
  if (cursor && m)
    after = sql`(t.score < ${cursor.key}::numeric OR (t.score = ${cursor.key}::numeric AND t.id < ${cursor.id}::uuid))`;
  else if (cursor)
    after = sql`(t.sort_name > ${cursor.key} OR (t.sort_name = ${cursor.key} AND t.id > ${cursor.id}::uuid))`;
  const order = m ? sql`t.score DESC, t.id DESC` : sql`t.sort_name ASC, t.id ASC`;
  return sql`SELECT * FROM (${union}) AS t WHERE ${after} ORDER BY ${order} LIMIT ${limit + 1}`;
}

/** Visible targets matching `q` (no other filter), best first: the CTE records are matched through. */
export function matchedTargets(actor: Actor, m: Match, limit: number): SQL {
  const union = sql.join(
    (['company', 'worksite', 'person'] as const).map((type) => targetSelect(actor, type, {}, m)),
    sql` UNION ALL `,
  );
  return sql`SELECT t.type, t.id, t.score FROM (${union}) AS t ORDER BY t.score DESC, t.id DESC LIMIT ${limit}`;
}

export interface RecordKeyRow {
  id: string;
  sort_key: string;
  score: string | null;
}

/** One page (limit + 1 ids) of records the actor may see. */
export function recordsPage(
  actor: Actor,
  f: TSearchFilters,
  m: Match | null,
  cursor: Cursor,
  limit: number,
  /** Only this record (a saved search asking whether one new record is in its result). */
  only?: string,
): SQL {
  const where: SQL[] = [visibleScope(actor, recordScopeColumns), ...recordConditions(f)];
  if (only) where.push(sql`${records.id} = ${only}::uuid`);
  const about = (targets: SQL) =>
    sql`EXISTS (SELECT 1 FROM record_targets rt2 WHERE rt2.record_id = ${records.id} AND rt2.target_id IN (${targets}))`;
  if (f.industry) {
    where.push(
      about(sql`SELECT c3.id FROM companies c3 WHERE c3.tol_code LIKE ${`${f.industry}%`}
        UNION ALL SELECT w3.id FROM worksites w3 JOIN companies c4 ON c4.id = w3.company_id WHERE c4.tol_code LIKE ${`${f.industry}%`}`),
    );
  }
  if (f.municipality) {
    where.push(
      about(sql`SELECT c3.id FROM companies c3 WHERE lower(c3.municipality) = lower(${f.municipality})
        UNION ALL SELECT w3.id FROM worksites w3 WHERE lower(w3.municipality) = lower(${f.municipality})`),
    );
  }
  let scoreSql = sql`NULL::numeric`;
  let withClause = sql``;
  if (m) {
    withClause = sql`WITH matched AS (${matchedTargets(actor, m, 500)}) `;
    const viaTarget = sql`(SELECT max(mt.score) FROM record_targets rt4 JOIN matched mt ON mt.id = rt4.target_id WHERE rt4.record_id = ${records.id})`;
    if (m.lq) {
      const title = sql`lower(${records.title})`;
      where.push(
        sql`(word_similarity(${m.lq}, ${title}) >= ${TITLE_MIN_WORD_SIMILARITY} OR ${viaTarget} IS NOT NULL)`,
      );
      scoreSql = sql`greatest(round(word_similarity(${m.lq}, ${title})::numeric, 6), coalesce(${viaTarget}, 0))`;
    } else {
      where.push(sql`${viaTarget} IS NOT NULL`);
      scoreSql = sql`coalesce(${viaTarget}, 0)`;
    }
  }
  let after = sql`TRUE`;
  if (cursor && m)
    after = sql`(t.score < ${cursor.key}::numeric OR (t.score = ${cursor.key}::numeric AND t.id < ${cursor.id}::uuid))`;
  else if (cursor)
    after = sql`(t.created_at < ${cursor.key}::timestamptz OR (t.created_at = ${cursor.key}::timestamptz AND t.id < ${cursor.id}::uuid))`;
  const order = m ? sql`t.score DESC, t.id DESC` : sql`t.created_at DESC, t.id DESC`;
  return sql`${withClause}SELECT t.id, t.created_at::text AS sort_key, t.score FROM (
      SELECT ${records.id} AS id, ${records.createdAt} AS created_at, ${scoreSql} AS score
      FROM ${records} WHERE ${and(where)}
    ) AS t WHERE ${after} ORDER BY ${order} LIMIT ${limit + 1}`;
}

/** Targets the actor may NOT see that `q` names exactly: a business ID, or a person's full name. */
export function exactHiddenTargets(actor: Actor, m: Match): SQL {
  if (m.businessId) {
    return sql`SELECT 'company'::text AS type, ${companies.id} AS id FROM ${companies}
      WHERE ${companies.businessId} = ${m.businessId} AND NOT ${visibleScope(actor, companies)}`;
  }
  return sql`SELECT 'person'::text AS type, ${persons.id} AS id FROM ${persons}
    WHERE (lower(${persons.givenName} || ' ' || ${persons.familyName}) = ${m.lq}
        OR lower(${persons.familyName} || ' ' || ${persons.givenName}) = ${m.lq})
      AND NOT ${visibleScope(actor, persons)} LIMIT 50`;
}
