/**
 * The shortlist query: companies the reader may see, active, in the given TOL prefixes and
 * municipalities, ordered by the weighted score computed at query time from the stored signals
 * (ORDER BY expression LIMIT n: one pass over the filtered rows, a top-n sort, no per-company code).
 */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { visibleScope } from '../../platform/policy/scope.ts';
import { companies } from '../register/register.tables.ts';
import { type CompanyRiskSignals, companyRiskSignals } from './risk.tables.ts';
import { weightedScoreSql } from './score.sql.ts';

export interface ShortlistFilter {
  /** TOL prefixes (any of them); empty = every sector. */
  tolPrefixes: readonly string[];
  /** Municipality names, case-insensitive; empty = everywhere. */
  municipalities: readonly string[];
  limit: number;
}

export interface ShortlistRow {
  company: {
    id: string;
    name: string;
    businessId: string;
    tolCode: string | null;
    municipality: string | null;
  };
  score: number;
  signals: CompanyRiskSignals;
}

/** SQL: the company (table `companies`) is visible to the actor (public, or owned by its authority). */
export const companyVisible = (actor: Actor): SQL =>
  visibleScope(actor, { ownerAuthority: companies.ownerAuthority, classification: companies.classification });

export async function shortlist(
  db: Db,
  actor: Actor,
  weights: Readonly<Record<string, number>>,
  filter: ShortlistFilter,
): Promise<ShortlistRow[]> {
  const score = weightedScoreSql(weights, 'company_risk_signals');
  const conditions: SQL[] = [companyVisible(actor), eq(companies.status, 'active')];
  if (filter.tolPrefixes.length) {
    const patterns = filter.tolPrefixes.map((p) => `${p}%`);
    conditions.push(
      sql`${companies.tolCode} LIKE ANY (ARRAY[${sql.join(
        patterns.map((p) => sql`${p}`),
        sql`, `,
      )}]::text[])`,
    );
  }
  if (filter.municipalities.length) {
    conditions.push(
      sql`lower(${companies.municipality}) = ANY (ARRAY[${sql.join(
        filter.municipalities.map((m) => sql`${m.toLowerCase()}`),
        sql`, `,
      )}]::text[])`,
    );
  }
  const rows = await queryRows<{ id: string; score: number }>(
    db,
    sql`SELECT company_risk_signals.company_id AS id, ${score} AS score
        FROM company_risk_signals JOIN companies ON companies.id = company_risk_signals.company_id
        WHERE ${and(...conditions)}
        ORDER BY score DESC, company_risk_signals.company_id
        LIMIT ${filter.limit}`,
  );
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const details = await db
    .select({
      signals: companyRiskSignals,
      company: {
        id: companies.id,
        name: companies.name,
        businessId: companies.businessId,
        tolCode: companies.tolCode,
        municipality: companies.municipality,
      },
    })
    .from(companyRiskSignals)
    .innerJoin(companies, eq(companies.id, companyRiskSignals.companyId))
    .where(
      sql`${companyRiskSignals.companyId} IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  const byId = new Map(details.map((d) => [d.company.id, d]));
  return rows.flatMap((r) => {
    const d = byId.get(r.id);
    return d ? [{ company: d.company, signals: d.signals, score: Number(r.score) }] : [];
  });
}

/** The weighted score of some companies (for recording the score at a decision). */
export async function scoresOf(
  db: Db,
  weights: Readonly<Record<string, number>>,
  companyIds: readonly string[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!companyIds.length) return out;
  const rows = await queryRows<{ id: string; score: number }>(
    db,
    sql`SELECT company_id AS id, ${weightedScoreSql(weights, 'company_risk_signals')} AS score
        FROM company_risk_signals WHERE company_id IN (${sql.join(
          companyIds.map((id) => sql`${id}`),
          sql`, `,
        )})`,
  );
  for (const r of rows) out.set(r.id, Number(r.score));
  return out;
}
