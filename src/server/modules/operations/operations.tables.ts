/**
 * Joint supervision operations (the seed's Project 2): the annual clock, supervision initiatives, and
 * operations in three phases — planning (meeting, risk-based target selection, supervision plan),
 * execution (field visits per target) and feedback and follow-up — with the state machine in
 * operations.states.ts.
 *
 * Access rule: an operation is seen by the casework officials of its participating authorities (the
 * lead and every participant that has not declined). What an authority *brings into* the operation —
 * register records, target information, findings — stays a register record owned by that authority
 * and reaches the others only through the competence engine (a disclosure with its legal basis); the
 * operation's own joint texts (agenda decisions, the plan's prose) are shared among the participants.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../../contracts/languages.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import { authorities } from '../authorities/authorities.table.ts';
import type { TargetType } from '../register/record-targets.table.ts';
import { records } from '../register/records.table.ts';
import type { Classification } from '../register/register.tables.ts';

// ---------------------------------------------------------------------------------------------------
// Annual clock (vuosikello)

export type ClockItemKind = 'theme_inspection' | 'empact_action_day' | 'seasonal_work' | 'other';

/** A planned themed inspection, EMPACT joint action day or seasonal-work period on the annual clock. */
export const clockItems = pgTable(
  'clock_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<ClockItemKind>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** Sector codes (FACTS §7.1, e.g. `agriculture`, `construction`) and TOL 2008 prefixes. */
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** Repeats every year on the same dates (seasonal work); otherwise one-off. */
    recurring: text('recurring').$type<'yearly' | 'once'>().notNull().default('once'),
    ownerAuthority: text('owner_authority')
      .notNull()
      .references(() => authorities.code),
    /** Authorities the item concerns (e.g. every EMPACT partner). */
    authorities: text('authorities').array().notNull().default(sql`'{}'::text[]`),
    /** Where the item comes from, e.g. "EMPACT THB OAP 2026" or "TSV valvontaohjelma". */
    source: text('source'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('clock_items_dates').on(t.startsOn, t.endsOn)],
);

// ---------------------------------------------------------------------------------------------------
// Supervision initiatives (valvonta-aloite)

export type InitiativeStatus = 'open' | 'accepted' | 'declined' | 'withdrawn';

/**
 * Any authority's proposal that supervision is needed: the need, observations and analysis, the
 * issue areas and sectors concerned, and register records that support it. It is addressed to other
 * authorities through the competence engine (initiative_disclosures); an accepted initiative becomes an
 * operation.
 */
export const initiatives = pgTable(
  'initiatives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerAuthority: text('owner_authority')
      .notNull()
      .references(() => authorities.code),
    classification: text('classification').$type<Classification>().notNull().default('restricted'),
    secrecyBasis: text('secrecy_basis'),
    title: text('title').notNull(),
    need: text('need').notNull(),
    observations: text('observations').notNull().default(''),
    analysis: text('analysis').notNull().default(''),
    /** Competence-map issue areas (wages, permits, victims, …) — drive "who should be at the table". */
    issueAreas: text('issue_areas').array().notNull().default(sql`'{}'::text[]`),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    municipalities: text('municipalities').array().notNull().default(sql`'{}'::text[]`),
    /** Data categories of what the initiative says (for the engine when it is addressed to others). */
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    clockItemId: uuid('clock_item_id').references(() => clockItems.id),
    status: text('status').$type<InitiativeStatus>().notNull().default('open'),
    statusReason: text('status_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('initiatives_owner').on(t.ownerAuthority, t.createdAt)],
);

/** Register records attached to an initiative as its evidence (each still decided per reader). */
export const initiativeRecords = pgTable(
  'initiative_records',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    recordId: uuid('record_id')
      .notNull()
      .references(() => records.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.recordId] })],
);

/** An initiative addressed to another authority: a disclosure decided by the engine, with its basis. */
export const initiativeDisclosures = pgTable(
  'initiative_disclosures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    toAuthority: text('to_authority')
      .notNull()
      .references(() => authorities.code),
    purpose: text('purpose').notNull(),
    legalBasis: text('legal_basis').notNull(),
    ruleVersions: jsonb('rule_versions').$type<{ id: string; version: number }[]>().notNull(),
    disclosedBy: uuid('disclosed_by').references(() => users.id),
    disclosedAt: timestamp('disclosed_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('initiative_disclosures_to').on(t.toAuthority, t.initiativeId)],
);

// ---------------------------------------------------------------------------------------------------
// Operations

/** The states of operations.states.ts; the transitions and their preconditions live there. */
export type OperationStatus =
  | 'planning'
  | 'plan_approved'
  | 'executing'
  | 'follow_up'
  | 'closed'
  | 'cancelled';

export const operations = pgTable(
  'operations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human reference, e.g. "OP-2026-0007"; unique. */
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    leadAuthority: text('lead_authority')
      .notNull()
      .references(() => authorities.code),
    status: text('status').$type<OperationStatus>().notNull().default('planning'),
    classification: text('classification').$type<Classification>().notNull().default('restricted'),
    initiativeId: uuid('initiative_id').references(() => initiatives.id),
    clockItemId: uuid('clock_item_id').references(() => clockItems.id),
    issueAreas: text('issue_areas').array().notNull().default(sql`'{}'::text[]`),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    municipalities: text('municipalities').array().notNull().default(sql`'{}'::text[]`),
    /** The main goal (also a meeting decision and the plan's first section). */
    goal: text('goal').notNull().default(''),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    meetingAt: timestamp('meeting_at', { withTimezone: true }),
    meetingPlace: text('meeting_place'),
    /** Indicator weights for this operation's risk scoring: {indicatorCode: weight}; absent = default. */
    riskWeights: jsonb('risk_weights').$type<Record<string, number>>().notNull().default({}),
    lessonsLearned: text('lessons_learned').notNull().default(''),
    /** Why the lead closed with follow-ups still open, or why the operation was cancelled. */
    closingReason: text('closing_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('operations_reference').on(t.reference), index('operations_status').on(t.status)],
);

export type ParticipantRole = 'lead' | 'participant';
export type InvitationStatus = 'suggested' | 'invited' | 'accepted' | 'declined';

/** The authorities at the table: the lead and the invited, with why the competence map suggested them. */
export const operationParticipants = pgTable(
  'operation_participants',
  {
    operationId: uuid('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    authority: text('authority')
      .notNull()
      .references(() => authorities.code),
    role: text('role').$type<ParticipantRole>().notNull().default('participant'),
    status: text('status').$type<InvitationStatus>().notNull().default('invited'),
    /** The competence map's reason for the seat ("who should be at the table"), kept as shown. */
    suggestedWhy: jsonb('suggested_why').$type<LocalizedText | null>(),
    /** What this authority supervises on the visits (a meeting decision per authority). */
    supervises: text('supervises').notNull().default(''),
    /** Contact person and resources the authority brings. */
    contact: text('contact').notNull().default(''),
    resources: text('resources').notNull().default(''),
    declineReason: text('decline_reason'),
    invitedBy: uuid('invited_by').references(() => users.id),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.operationId, t.authority] }),
    index('operation_participants_authority').on(t.authority, t.status),
  ],
);

/**
 * The planning meeting's agenda: the seed's items (stable `itemKey`s, titled by the UI catalogue) plus
 * any the lead adds (`title` set), each with its recorded decision.
 */
export const agendaItems = pgTable(
  'operation_agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operationId: uuid('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
    position: integer('position').notNull(),
    title: text('title'),
    decision: text('decision').notNull().default(''),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('operation_agenda_items_key').on(t.operationId, t.itemKey)],
);

export type TargetDecision = 'candidate' | 'selected' | 'rejected';

/**
 * Targets considered for the operation: the shortlist with the score at the time of the decision (its
 * explanation is recomputed per reader, so that nobody sees the records behind an indicator they may not
 * see), the joint selection decision with its rationale, and the field state during execution.
 */
export const operationTargets = pgTable(
  'operation_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operationId: uuid('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    targetType: text('target_type').$type<TargetType>().notNull(),
    targetId: uuid('target_id').notNull(),
    /** Worksite visited for a company target, when known. */
    worksiteId: uuid('worksite_id'),
    score: doublePrecision('score'),
    decision: text('decision').$type<TargetDecision>().notNull().default('candidate'),
    rationale: text('rationale').notNull().default(''),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The action plan at this target: how it is taken over, who does what (plan section). */
    actionPlan: text('action_plan').notNull().default(''),
    /** Languages interpretation is needed in (ISO 639-1), from the workers' nationalities and languages. */
    interpretation: text('interpretation').array().notNull().default(sql`'{}'::text[]`),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Set at finish: true = visited, false = not visited (why in `fieldNote`); null until finished. */
    visited: boolean('visited'),
    /** The field team's note at finish (e.g. why the target was not visited). */
    fieldNote: text('field_note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('operation_targets_target').on(t.operationId, t.targetType, t.targetId),
    index('operation_targets_target_id').on(t.targetId),
  ],
);

export type PlanStatus = 'draft' | 'approved' | 'superseded';

/**
 * The supervision plan (valvontasuunnitelma), versioned: each version is a whole document in
 * `sections` (goal, organisation, responsibilities, occupational safety, action plans, interpretation).
 * Target cards are not copied in: they are assembled per reader from the register when the plan is read.
 */
export const operationPlans = pgTable(
  'operation_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operationId: uuid('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    status: text('status').$type<PlanStatus>().notNull().default('draft'),
    sections: jsonb('sections').$type<Record<string, string>>().notNull(),
    /** Data categories the plan's joint text carries (for the engine when it is shared). */
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('operation_plans_version').on(t.operationId, t.version)],
);

/** The approved plan shared with a participant: one engine decision per recipient, with its basis. */
export const planShares = pgTable(
  'operation_plan_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => operationPlans.id, { onDelete: 'cascade' }),
    toAuthority: text('to_authority')
      .notNull()
      .references(() => authorities.code),
    legalBasis: text('legal_basis').notNull(),
    ruleVersions: jsonb('rule_versions').$type<{ id: string; version: number }[]>().notNull(),
    sharedBy: uuid('shared_by').references(() => users.id),
    sharedAt: timestamp('shared_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('operation_plan_shares_to').on(t.planId, t.toAuthority)],
);

/**
 * Field findings and everything else produced during the operation are register records (owned by the
 * finding authority, decided by policy/decide.ts, disclosed through the engine); this table says which
 * operation and target they belong to.
 */
export const operationRecords = pgTable(
  'operation_records',
  {
    operationId: uuid('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    recordId: uuid('record_id')
      .notNull()
      .references(() => records.id, { onDelete: 'cascade' }),
    operationTargetId: uuid('operation_target_id').references(() => operationTargets.id, {
      onDelete: 'cascade',
    }),
    /** wages | working_hours | permits | occupational_safety | housing | ilo_indicators | other */
    findingArea: text('finding_area'),
    /** ILO forced-labour indicator codes observed (FACTS §4.1). */
    iloIndicators: text('ilo_indicators').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    primaryKey({ columns: [t.operationId, t.recordId] }),
    index('operation_records_target').on(t.operationTargetId),
  ],
);

/**
 * Possible victims identified on site and referred to the assistance system for victims: the time of
 * referral is what matters operationally; who the person is stays in the register (a person target,
 * owned by the referring authority), never in this row.
 */
export const victimReferrals = pgTable(
  'operation_victim_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operationTargetId: uuid('operation_target_id')
      .notNull()
      .references(() => operationTargets.id, { onDelete: 'cascade' }),
    authority: text('authority')
      .notNull()
      .references(() => authorities.code),
    /** How many persons this referral covers (one row may cover a group found together). */
    persons: integer('persons').notNull().default(1),
    personId: uuid('person_id'),
    referredTo: text('referred_to').notNull().default('nas'),
    referredAt: timestamp('referred_at', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('operation_victim_referrals_target').on(t.operationTargetId)],
);

/** Results per target and authority (feedback phase): what was found and what follows. */
export const targetResults = pgTable(
  'operation_target_results',
  {
    operationTargetId: uuid('operation_target_id')
      .notNull()
      .references(() => operationTargets.id, { onDelete: 'cascade' }),
    authority: text('authority')
      .notNull()
      .references(() => authorities.code),
    /** no_findings | guidance | improvement_notice | sanction | report_of_offence | other */
    outcome: text('outcome').notNull(),
    summary: text('summary').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.operationTargetId, t.authority] })],
);

export type FollowUpStatus = 'open' | 'done' | 'cancelled';

/** Follow-up tasks with an owner authority (and official) and a deadline. */
export const followUps = pgTable(
  'operation_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operationId: uuid('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    operationTargetId: uuid('operation_target_id').references(() => operationTargets.id, {
      onDelete: 'set null',
    }),
    authority: text('authority')
      .notNull()
      .references(() => authorities.code),
    assignee: uuid('assignee').references(() => users.id),
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status').$type<FollowUpStatus>().notNull().default('open'),
    outcome: text('outcome'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    index('operation_follow_ups_operation').on(t.operationId, t.status),
    index('operation_follow_ups_due').on(t.authority, t.status, t.dueOn),
  ],
);

/** Pre-trial investigations opened from the operation (linked by the investigating authority's case id). */
export const operationInvestigations = pgTable(
  'operation_investigations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operationId: uuid('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    operationTargetId: uuid('operation_target_id').references(() => operationTargets.id, {
      onDelete: 'set null',
    }),
    authority: text('authority')
      .notNull()
      .references(() => authorities.code),
    /** The investigating authority's own case number (e.g. a police report number). */
    caseReference: text('case_reference').notNull(),
    /** Crime title code from FACTS §3 (e.g. `trafficking_in_persons`, `extortionate_work_discrimination`). */
    crimeTitle: text('crime_title').notNull(),
    openedOn: date('opened_on').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('operation_investigations_operation').on(t.operationId)],
);
