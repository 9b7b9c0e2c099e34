/**
 * Joint supervision operations (the seed's Project 2): the operation itself, the authorities at the table
 * and the planning meeting's agenda. An operation runs in three phases — planning (meeting, risk-based
 * target selection, supervision plan), execution (field visits per target) and feedback and follow-up —
 * with the state machine in operations.states.ts. The phases' tables live beside this file:
 * clock.tables.ts, initiatives.tables.ts, selection.tables.ts, plan.tables.ts, field.tables.ts and
 * followup.tables.ts.
 *
 * Access rule: an operation is seen by the casework officials of its participating authorities (the
 * lead and every participant that has not declined). What an authority *brings into* the operation —
 * register records, target information, findings — stays a register record owned by that authority
 * and reaches the others only through the competence engine (a disclosure with its legal basis); the
 * operation's own joint texts (agenda decisions, the plan's prose) are shared among the participants.
 */
import { sql } from 'drizzle-orm';
import {
  date,
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
import type { Classification } from '../register/register.tables.ts';
import { clockItems } from './clock.tables.ts';
import { initiatives } from './initiatives.tables.ts';

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
