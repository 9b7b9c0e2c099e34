/**
 * A company's score explained for one reader: every indicator's raw value, strength, weight and
 * contribution (from the stored signals, so it matches the shortlist), and for record-based and
 * findings-based indicators the register records behind them — listed only when the reader may see
 * them (visibleScope, the SQL twin of decide()); the rest appear only as "authority X holds N", the
 * same shape and rule as a register hit (register/hits.ts). The read is audited with the record ids
 * shown.
 */
import { eq, type SQL, sql } from 'drizzle-orm';
import type { LocalizedText } from '../../../contracts/languages.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { type Db, queryRows } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { visibleScope } from '../../platform/policy/scope.ts';
import { hitScope, recordScopeColumns } from '../register/hits.ts';
import { companies } from '../register/register.tables.ts';
import { requireTarget } from '../register/targets.policy.ts';
import {
  INDICATORS,
  type Indicator,
  type IndicatorBasis,
  type IndicatorGroup,
  LIBRARY_VERSION,
  strength,
} from './indicators.ts';
import { countableRecord, findingMatches, recordMatches } from './rescore.ts';
import { type CompanyRiskSignals, companyRiskSignals } from './risk.tables.ts';

export interface RecordShown {
  id: string;
  title: string;
  kind: string;
  ownerAuthority: string;
  createdAt: string;
}

export interface IndicatorExplanation {
  code: string;
  group: IndicatorGroup;
  basis: IndicatorBasis;
  title: LocalizedText;
  source: string;
  unverified: boolean;
  raw: number | null;
  strength: number;
  weight: number;
  contribution: number;
  /** Record-based indicators only: what the reader may see, and hit-style counts of the rest. */
  records?: { visible: RecordShown[]; hidden: { authority: string; count: number }[] };
}

export interface CompanyExplanation {
  company: {
    id: string;
    name: string;
    businessId: string;
    tolCode: string | null;
    municipality: string | null;
  };
  score: number;
  computedAt: string | null;
  libraryVersion: string;
  indicators: IndicatorExplanation[];
}

/** Per-indicator contributions of one signals row under these weights (JS twin of score.sql.ts). */
export function contributions(
  signals: Pick<CompanyRiskSignals, Indicator['signal']> | null,
  weights: Readonly<Record<string, number>>,
): { indicator: Indicator; raw: number | null; strength: number; weight: number; contribution: number }[] {
  return INDICATORS.map((indicator) => {
    // No row yet (a company created since the last rescoring): every indicator is unknown, strength 0.
    const raw = signals ? signals[indicator.signal] : null;
    const s = strength(indicator, raw, signals?.employees ?? 0);
    const weight = weights[indicator.code] ?? 0;
    return { indicator, raw, strength: s, weight, contribution: weight * s };
  });
}

interface RecordRow {
  id: string;
  title: string;
  kind: string;
  owner_authority: string;
  created_at: string | Date;
  visible: boolean;
  [match: `m_${number}`]: boolean;
}

const iso = (v: string | Date) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

/** Records behind record- and findings-based indicators, each flagged visible or hidden for the actor. */
async function recordsBehind(db: Db, actor: Actor, companyId: string) {
  const byCategory = INDICATORS.filter((i) => i.records?.kind === 'categories');
  const byFinding = INDICATORS.filter((i) => i.records?.kind === 'finding_area' || i.records?.kind === 'ilo');
  const matchCols = (list: Indicator[], match: (i: Indicator) => SQL) =>
    sql.join(
      list.map((i, n) => sql`(${match(i)}) AS ${sql.raw(`m_${n}`)}`),
      sql`, `,
    );
  const visible = visibleScope(actor, recordScopeColumns);
  const hidden = hitScope(actor);
  const base = sql`records.id, records.title, records.kind, records.owner_authority, records.created_at,
    (${visible}) AS visible`;
  // A record the actor may not see and that is not hit-eligible is excluded by countableRecord().
  const shown = sql`(${countableRecord('records')}) AND ((${visible}) OR (${hidden}))`;
  const categoryRows = await queryRows<RecordRow>(
    db,
    sql`SELECT ${base}, ${matchCols(byCategory, (i) => recordMatches(i, 'records'))}
        FROM records
        WHERE records.id IN (
          SELECT rt.record_id FROM record_targets rt
            WHERE rt.target_type = 'company' AND rt.target_id = ${companyId}
          UNION
          SELECT rt.record_id FROM record_targets rt JOIN worksites w ON w.id = rt.target_id
            WHERE rt.target_type = 'worksite' AND w.company_id = ${companyId})
          AND ${shown}`,
  );
  const findingRows = await queryRows<RecordRow>(
    db,
    sql`SELECT ${base}, ${matchCols(byFinding, (i) => sql`bool_or(${findingMatches(i, 'f')})`)}
        FROM operation_records f
        JOIN operation_targets ot ON ot.id = f.operation_target_id
        LEFT JOIN worksites w ON ot.target_type = 'worksite' AND w.id = ot.target_id
        JOIN records ON records.id = f.record_id
        WHERE ((ot.target_type = 'company' AND ot.target_id = ${companyId})
            OR (ot.target_type = 'worksite' AND w.company_id = ${companyId}))
          AND ${shown}
        GROUP BY records.id`,
  );
  const out = new Map<string, { visible: RecordShown[]; hidden: Map<string, number> }>();
  const collect = (list: Indicator[], rows: RecordRow[]) =>
    list.forEach((indicator, n) => {
      const entry = { visible: [] as RecordShown[], hidden: new Map<string, number>() };
      for (const row of rows) {
        if (!row[`m_${n}`]) continue;
        if (row.visible) {
          entry.visible.push({
            id: row.id,
            title: row.title,
            kind: row.kind,
            ownerAuthority: row.owner_authority,
            createdAt: iso(row.created_at),
          });
        } else entry.hidden.set(row.owner_authority, (entry.hidden.get(row.owner_authority) ?? 0) + 1);
      }
      out.set(indicator.code, entry);
    });
  collect(byCategory, categoryRows);
  collect(byFinding, findingRows);
  return out;
}

/**
 * Explains a company's score with `weights` for the actor. 404 when the actor may not see the company
 * itself. Audited (`risk.explanation_read`) with the ids of the records shown.
 */
export async function explainCompany(
  db: Db,
  actor: Actor,
  companyId: string,
  weights: Readonly<Record<string, number>>,
  context: { requestId: string; operationId?: string },
): Promise<CompanyExplanation> {
  await requireTarget(db, actor, 'company', companyId);
  return db.transaction(async (tx) => {
    const [company] = await tx
      .select({
        id: companies.id,
        name: companies.name,
        businessId: companies.businessId,
        tolCode: companies.tolCode,
        municipality: companies.municipality,
      })
      .from(companies)
      .where(eq(companies.id, companyId));
    if (!company) throw new Error('company vanished');
    const [signals] = await tx
      .select()
      .from(companyRiskSignals)
      .where(eq(companyRiskSignals.companyId, companyId));
    const behind = await recordsBehind(tx, actor, companyId);
    const indicators: IndicatorExplanation[] = contributions(signals ?? null, weights).map((c) => {
      const entry = behind.get(c.indicator.code);
      return {
        code: c.indicator.code,
        group: c.indicator.group,
        basis: c.indicator.basis,
        title: c.indicator.title,
        source: c.indicator.source,
        unverified: c.indicator.unverified,
        raw: c.raw,
        strength: c.strength,
        weight: c.weight,
        contribution: c.contribution,
        ...(entry
          ? {
              records: {
                visible: entry.visible,
                hidden: [...entry.hidden]
                  .map(([authority, count]) => ({ authority, count }))
                  .sort((a, b) => a.authority.localeCompare(b.authority)),
              },
            }
          : {}),
      };
    });
    const shownIds = indicators.flatMap((i) => i.records?.visible.map((r) => r.id) ?? []);
    await writeAudit(tx, {
      action: 'risk.explanation_read',
      actor,
      targetType: 'company',
      targetId: companyId,
      requestId: context.requestId,
      details: { operationId: context.operationId ?? null, recordIds: [...new Set(shownIds)] },
    });
    return {
      company,
      score: indicators.reduce((sum, i) => sum + i.contribution, 0),
      computedAt: signals ? signals.computedAt.toISOString() : null,
      libraryVersion: signals?.libraryVersion ?? LIBRARY_VERSION,
      indicators,
    };
  });
}
