/**
 * Target selection and the field state per target: the operation's shortlist with each target's score,
 * the joint decision and its rationale, the target's action plan, and arrival and finish on site.
 * Field findings, referrals, results and follow-ups hang off these rows.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import type { TargetType } from '../register/record-targets.table.ts';
import { operations } from './operations.tables.ts';

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
