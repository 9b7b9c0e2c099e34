/**
 * The execution phase on site: which register records (findings) belong to which operation and target,
 * the possible victims referred to the assistance system, and the field requests that make a phone's
 * offline queue safe to resend.
 */
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { authorities } from '../authorities/authorities.table.ts';
import { records } from '../register/records.table.ts';
import { operations } from './operations.tables.ts';
import { operationTargets } from './selection.tables.ts';

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

/**
 * Field actions sent again from a phone's offline queue must not be recorded twice: the client gives
 * each queued finding, referral and photo an id (the `Idempotency-Key` header), and the first answer
 * is kept here per operation target, authority and id. A repeat gets that answer back and changes
 * nothing. The stored answer holds ids, codes, times and a photo's file name (never finding text).
 */
export const fieldRequests = pgTable(
  'operation_field_requests',
  {
    operationTargetId: uuid('operation_target_id')
      .notNull()
      .references(() => operationTargets.id, { onDelete: 'cascade' }),
    authority: text('authority')
      .notNull()
      .references(() => authorities.code),
    clientId: uuid('client_id').notNull(),
    /** finding | referral | photo — a key reused for another kind of action is refused. */
    action: text('action').notNull(),
    /** The first answer, returned as is to a repeat. */
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.operationTargetId, t.authority, t.clientId] })],
);
