/**
 * The supervision plan (valvontasuunnitelma) in its versions, and the approved plan's shares with the
 * participants — each share an engine decision with its legal basis.
 */
import { sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { authorities } from '../authorities/authorities.table.ts';
import { operations } from './operations.tables.ts';

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
