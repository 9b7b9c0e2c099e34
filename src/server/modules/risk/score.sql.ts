/**
 * The score as SQL: each indicator's strength (0–1) over its `company_risk_signals` column, exactly as
 * `strength()` in indicators.ts computes it in JavaScript (score.test.ts keeps the two equal), and the
 * weighted sum for a set of weights — applied at query time, so an operation's weights change its
 * ranking at once without rescoring anything.
 */
import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import { INDICATORS, type Indicator, type SignalKey } from './indicators.ts';
import { companyRiskSignals } from './risk.tables.ts';

const columns = getTableColumns(companyRiskSignals);

/** The snake_case column name of a signal. */
export const signalColumn = (key: SignalKey): string => columns[key].name;

/** Strength 0–1 of one indicator, over the signals table aliased `alias`. */
export function strengthSql(indicator: Indicator, alias: string): SQL {
  const col = sql.raw(`${alias}.${signalColumn(indicator.signal)}`);
  const employees = sql.raw(`${alias}.${signalColumn('employees')}`);
  const n = indicator.normalise;
  switch (n.kind) {
    case 'flag':
      return sql`least(${col}, 1)::float8`;
    case 'cap':
      return sql`(least(${col}, ${sql.raw(String(n.cap))})::float8 / ${sql.raw(String(n.cap))})`;
    case 'share':
      return sql`(CASE WHEN ${employees} >= ${sql.raw(String(n.minEmployees))}
        THEN least(${col}::float8 / ${employees}, 1) ELSE 0 END)`;
    case 'young':
      return sql`(CASE WHEN ${col} IS NULL THEN 0
        ELSE least(1, greatest(0, 1 - ${col}::float8 / ${sql.raw(String(n.years * 365))})) END)`;
  }
}

/**
 * Σ weight × strength over the indicators with a non-zero weight. Weights are numbers validated by the
 * caller (0–100) and are written as literals, so the planner sees one constant expression.
 */
export function weightedScoreSql(weights: Readonly<Record<string, number>>, alias: string): SQL {
  const terms: SQL[] = [];
  for (const indicator of INDICATORS) {
    const w = weights[indicator.code] ?? 0;
    if (!Number.isFinite(w) || w <= 0) continue;
    terms.push(sql`${sql.raw(String(w))} * ${strengthSql(indicator, alias)}`);
  }
  return terms.length ? sql`(${sql.join(terms, sql` + `)})` : sql`0::float8`;
}
