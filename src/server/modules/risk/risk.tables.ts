/**
 * Raw risk signals per company, one column per signal (see indicators.ts for what each means and how
 * it is computed). The table is derived data: `rescore.ts` rebuilds it in one transaction from the
 * register (companies, employments, subcontracts, records) with a few set-based statements and swaps
 * it in, so it has no foreign keys (a company deleted since the last run simply has no row). Scores
 * are NOT stored per operation: each operation's weights are applied at query time (score.sql.ts);
 * `default_score` (default weights) is kept only to rank quickly without custom weights.
 *
 * Record-based counts include only records that may show to other authorities as hits (not secret,
 * or secret with the owner's hit opt-in), so a score never reflects a record that could not even be
 * acknowledged as a hit.
 */
import { desc } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const count = (name: string) => integer(name).notNull().default(0);

export const companyRiskSignals = pgTable(
  'company_risk_signals',
  {
    companyId: uuid('company_id').primaryKey(),
    // --- company and employment data (aggregates; no person is ever shown)
    /** 1 when the company's TOL code starts with a high-risk sector prefix (FACTS §7.1). */
    riskSector: smallint('risk_sector').notNull().default(0),
    /** Days since founded_on at computation; null when unknown. */
    ageDays: integer('age_days'),
    employees: count('employees'),
    employerTied: count('employer_tied'),
    seasonal: count('seasonal'),
    minors: count('minors'),
    /** Levels below the top contractor in the longest subcontracting chain the company is in (0 = none). */
    subcontractDepth: smallint('subcontract_depth').notNull().default(0),
    /** 1 for a sole trader (Tmi) working as a subcontractor (bogus self-employment sign). */
    soleTraderSub: smallint('sole_trader_sub').notNull().default(0),
    /** Other companies registered at the same street address and postal code. */
    sameAddress: count('same_address'),
    // --- register records on the company or its worksites (counts of hit-eligible records)
    taxDebt: count('tax_debt'),
    enforcementDebt: count('enforcement_debt'),
    pensionNeglect: count('pension_neglect'),
    complianceFindings: count('compliance_findings'),
    oshFindings: count('osh_findings'),
    tipsTotal: count('tips_total'),
    tipsRecent: count('tips_recent'),
    // --- earlier operations' field findings on the company (operation_records), by area
    findingWages: count('finding_wages'),
    findingHours: count('finding_hours'),
    findingHousing: count('finding_housing'),
    findingPermits: count('finding_permits'),
    // --- ILO forced-labour indicators observed in earlier operations (operation_records.ilo_indicators)
    iloVulnerability: count('ilo_vulnerability'),
    iloDeception: count('ilo_deception'),
    iloMovement: count('ilo_movement'),
    iloIsolation: count('ilo_isolation'),
    iloViolence: count('ilo_violence'),
    iloThreats: count('ilo_threats'),
    iloDocuments: count('ilo_documents'),
    iloWages: count('ilo_wages'),
    iloDebt: count('ilo_debt'),
    iloConditions: count('ilo_conditions'),
    iloOvertime: count('ilo_overtime'),
    /** Score with the library's default weights (for ranking without custom weights). */
    defaultScore: doublePrecision('default_score').notNull().default(0),
    libraryVersion: text('library_version').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('company_risk_signals_default_score').on(desc(t.defaultScore))],
);

export type CompanyRiskSignals = typeof companyRiskSignals.$inferSelect;
