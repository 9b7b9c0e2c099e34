/**
 * Rescoring: rebuilds `company_risk_signals` for every company from the register in ONE set-based
 * statement (per-source GROUP BYs joined to companies) into a fresh table, indexes it and swaps it in,
 * all in one transaction under an advisory lock — readers see the old scores until the commit, and a
 * failure leaves the old table untouched. 1M companies / 5M employments: see docs/BENCHMARKS.md.
 */
import { type SQL, sql } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import { type Db, queryRows } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import {
  DEFAULT_WEIGHTS,
  ILO_INDICATOR_CODES,
  INDICATORS,
  type Indicator,
  LIBRARY_VERSION,
} from './indicators.ts';
import { signalColumn, weightedScoreSql } from './score.sql.ts';
import { HIGH_RISK_PREFIXES } from './sectors.ts';

export const RESCORE_LOCK = 7_420_061;

const textArray = (values: readonly string[]): SQL =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** SQL: the record aliased `r` may count towards a score (it could show to others as a hit). */
export const countableRecord = (alias: string): SQL =>
  sql.raw(`(${alias}.classification <> 'secret'
    OR EXISTS (SELECT 1 FROM record_hit_opt_ins o WHERE o.record_id = ${alias}.id))`);

/** SQL: the record aliased `r` belongs to the record-based indicator. */
export function recordMatches(indicator: Indicator, alias: string): SQL {
  const source = indicator.records;
  if (source?.kind !== 'categories') return sql`false`;
  const parts: SQL[] = [];
  if (source.categories.length)
    parts.push(sql`${sql.raw(alias)}.categories && ${textArray(source.categories)}`);
  if (source.tipsOnly) parts.push(sql`${sql.raw(alias)}.kind = 'tip'`);
  if (source.withinDays)
    parts.push(
      sql`${sql.raw(alias)}.created_at >= now() - make_interval(days => ${sql.raw(String(source.withinDays))})`,
    );
  return parts.length ? sql.join(parts, sql` AND `) : sql`true`;
}

/** Both spellings of an ILO code (the worker app writes kebab-case, the server snake_case). */
export const iloSpellings = (code: string): string[] => [code, code.replaceAll('_', '-')];

/** SQL: the finding (operation_records aliased `f`) belongs to the findings-based indicator. */
export function findingMatches(indicator: Indicator, alias: string): SQL {
  const source = indicator.records;
  if (source?.kind === 'finding_area') return sql`${sql.raw(alias)}.finding_area = ${source.area}`;
  if (source?.kind === 'ilo')
    return sql`${sql.raw(alias)}.ilo_indicators && ${textArray(iloSpellings(source.code))}`;
  return sql`false`;
}

const recordIndicators = INDICATORS.filter((i) => i.records?.kind === 'categories');
const findingIndicators = INDICATORS.filter(
  (i) => i.records?.kind === 'finding_area' || i.records?.kind === 'ilo',
);

const signalColumnName = (i: Indicator): string => signalColumn(i.signal);
const col = (i: Indicator) => sql.raw(signalColumnName(i));

/** The SELECT producing one signals row per company, in the column order of the INSERT (exported for EXPLAIN in bench/rescore.ts). */
export function signalsSelect(): SQL {
  const recordCounts = sql.join(
    recordIndicators.map((i) => sql`count(*) FILTER (WHERE ${recordMatches(i, 'r')})::int AS ${col(i)}`),
    sql`, `,
  );
  const findingCounts = sql.join(
    findingIndicators.map((i) => sql`count(*) FILTER (WHERE ${findingMatches(i, 'f')})::int AS ${col(i)}`),
    sql`, `,
  );
  const recordCols = sql.join(
    recordIndicators.map((i) => sql`coalesce(rec.${col(i)}, 0) AS ${col(i)}`),
    sql`, `,
  );
  const findingCols = sql.join(
    findingIndicators.map((i) => sql`coalesce(fnd.${col(i)}, 0) AS ${col(i)}`),
    sql`, `,
  );
  const riskPatterns = textArray(HIGH_RISK_PREFIXES.map((p) => `${p}%`));
  return sql`
    WITH RECURSIVE
    emp AS (
      SELECT e.company_id,
        count(*) FILTER (WHERE e.role = 'employee')::int AS employees,
        count(*) FILTER (WHERE e.role = 'employee' AND e.permit_type = 'employer_tied')::int AS employer_tied,
        count(*) FILTER (WHERE e.role = 'employee' AND e.permit_type = 'seasonal')::int AS seasonal,
        count(*) FILTER (WHERE e.role = 'employee' AND m.id IS NOT NULL)::int AS minors
      FROM employments e
      LEFT JOIN (SELECT id FROM persons WHERE under_18) m ON m.id = e.person_id
      GROUP BY e.company_id),
    chain(company_id, depth) AS (
      SELECT s.sub_company_id, 1 FROM subcontracts s
        WHERE NOT EXISTS (SELECT 1 FROM subcontracts u WHERE u.sub_company_id = s.main_company_id)
      UNION
      SELECT s.sub_company_id, c.depth + 1 FROM chain c
        JOIN subcontracts s ON s.main_company_id = c.company_id
        WHERE c.depth < 10),
    depth AS (SELECT company_id, max(depth)::smallint AS depth FROM chain GROUP BY company_id),
    subs AS (SELECT DISTINCT sub_company_id AS company_id FROM subcontracts),
    addr AS (
      SELECT lower(street_address) AS street, postal_code, count(*)::int AS n FROM companies
        WHERE street_address IS NOT NULL AND postal_code IS NOT NULL
        GROUP BY 1, 2 HAVING count(*) > 1),
    links AS (
      SELECT rt.record_id, rt.target_id AS company_id FROM record_targets rt WHERE rt.target_type = 'company'
      UNION
      SELECT rt.record_id, w.company_id FROM record_targets rt
        JOIN worksites w ON w.id = rt.target_id
        WHERE rt.target_type = 'worksite' AND w.company_id IS NOT NULL),
    rec AS (
      SELECT l.company_id, ${recordCounts}
      FROM links l JOIN records r ON r.id = l.record_id
      WHERE ${countableRecord('r')}
      GROUP BY l.company_id),
    finding_links AS (
      SELECT DISTINCT orr.record_id, orr.finding_area, orr.ilo_indicators,
        CASE WHEN ot.target_type = 'company' THEN ot.target_id ELSE w.company_id END AS company_id
      FROM operation_records orr
      JOIN operation_targets ot ON ot.id = orr.operation_target_id
      LEFT JOIN worksites w ON ot.target_type = 'worksite' AND w.id = ot.target_id
      JOIN records r ON r.id = orr.record_id
      WHERE ${countableRecord('r')}),
    fnd AS (
      SELECT f.company_id, ${findingCounts}
      FROM finding_links f WHERE f.company_id IS NOT NULL
      GROUP BY f.company_id)
    SELECT c.id AS company_id,
      (CASE WHEN c.tol_code LIKE ANY (${riskPatterns}) THEN 1 ELSE 0 END)::smallint AS risk_sector,
      (current_date - c.founded_on)::int AS age_days,
      coalesce(emp.employees, 0) AS employees,
      coalesce(emp.employer_tied, 0) AS employer_tied,
      coalesce(emp.seasonal, 0) AS seasonal,
      coalesce(emp.minors, 0) AS minors,
      coalesce(depth.depth, 0)::smallint AS subcontract_depth,
      (CASE WHEN c.legal_form = 'Tmi' AND subs.company_id IS NOT NULL THEN 1 ELSE 0 END)::smallint AS sole_trader_sub,
      coalesce(addr.n - 1, 0) AS same_address,
      ${recordCols},
      ${findingCols}
    FROM companies c
    LEFT JOIN emp ON emp.company_id = c.id
    LEFT JOIN depth ON depth.company_id = c.id
    LEFT JOIN subs ON subs.company_id = c.id
    LEFT JOIN addr ON addr.street = lower(c.street_address) AND addr.postal_code = c.postal_code
    LEFT JOIN rec ON rec.company_id = c.id
    LEFT JOIN fnd ON fnd.company_id = c.id`;
}

const SIGNAL_COLUMNS = [
  'company_id',
  'risk_sector',
  'age_days',
  'employees',
  'employer_tied',
  'seasonal',
  'minors',
  'subcontract_depth',
  'sole_trader_sub',
  'same_address',
  ...recordIndicators.map(signalColumnName),
  ...findingIndicators.map(signalColumnName),
];

export interface RescoreReport {
  companies: number;
  ms: number;
  libraryVersion: string;
  /** False when another rescoring held the lock (it does the work). */
  ran: boolean;
  /** Milliseconds per step: the INSERT … SELECT, the two indexes, the swap. */
  steps?: { insertMs: number; indexMs: number; swapMs: number };
}

/**
 * Rebuilds every company's signals and default score. Waits for nothing: if another node is
 * rescoring, returns `ran: false` at once.
 */
export async function rescoreAll(db: Db, options: { actor?: Actor | null } = {}): Promise<RescoreReport> {
  const t0 = performance.now();
  const columnList = sql.raw(SIGNAL_COLUMNS.join(', '));
  const defaultScore = weightedScoreSql(DEFAULT_WEIGHTS, 's');
  return db.transaction(async (tx) => {
    const [lock] = await queryRows<{ ok: boolean }>(
      tx,
      sql`SELECT pg_try_advisory_xact_lock(${RESCORE_LOCK}) AS ok`,
    );
    if (!lock?.ok) return { companies: 0, ms: 0, libraryVersion: LIBRARY_VERSION, ran: false };
    // Room for the hash aggregates and joins over every company (the server default of 4 MB would
    // spill them to disk) and for the index builds; local to this transaction.
    await tx.execute(sql`SET LOCAL work_mem = '256MB'`);
    await tx.execute(sql`SET LOCAL maintenance_work_mem = '256MB'`);
    await tx.execute(sql`DROP TABLE IF EXISTS company_risk_signals_next`);
    await tx.execute(
      sql`CREATE TABLE company_risk_signals_next (LIKE company_risk_signals INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`,
    );
    const [inserted] = await queryRows<{ n: number }>(
      tx,
      sql`WITH ins AS (
            INSERT INTO company_risk_signals_next (${columnList}, default_score, library_version, computed_at)
            SELECT s.*, ${defaultScore}, ${LIBRARY_VERSION}, now() FROM (${signalsSelect()}) s
            RETURNING 1)
          SELECT count(*)::int AS n FROM ins`,
    );
    const t1 = performance.now();
    await tx.execute(
      sql`ALTER TABLE company_risk_signals_next ADD CONSTRAINT company_risk_signals_next_pkey PRIMARY KEY (company_id)`,
    );
    await tx.execute(
      sql`CREATE INDEX company_risk_signals_next_default_score ON company_risk_signals_next (default_score DESC)`,
    );
    const t2 = performance.now();
    await tx.execute(sql`DROP TABLE company_risk_signals`);
    await tx.execute(sql`ALTER TABLE company_risk_signals_next RENAME TO company_risk_signals`);
    await tx.execute(sql`ALTER INDEX company_risk_signals_next_pkey RENAME TO company_risk_signals_pkey`);
    await tx.execute(
      sql`ALTER INDEX company_risk_signals_next_default_score RENAME TO company_risk_signals_default_score`,
    );
    const t3 = performance.now();
    const steps = {
      insertMs: Math.round(t1 - t0),
      indexMs: Math.round(t2 - t1),
      swapMs: Math.round(t3 - t2),
    };
    const companies = inserted?.n ?? 0;
    const ms = Math.round(performance.now() - t0);
    await writeAudit(tx, {
      action: 'risk.rescore',
      actor: options.actor ?? null,
      details: { companies, ms, steps, libraryVersion: LIBRARY_VERSION, scheduled: !options.actor },
    });
    return { companies, ms, libraryVersion: LIBRARY_VERSION, ran: true, steps };
  });
}

/** ILO codes as the rescoring SQL matches them (both spellings), for tests and docs. */
export const ILO_SPELLINGS = ILO_INDICATOR_CODES.flatMap(iloSpellings);
