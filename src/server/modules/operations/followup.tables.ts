/**
 * Feedback and follow-up: results per target and authority, follow-up tasks with their deadlines, and the
 * pre-trial investigations opened from the operation.
 */
import { date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { authorities } from '../authorities/authorities.table.ts';
import { operations } from './operations.tables.ts';
import { operationTargets } from './selection.tables.ts';

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
