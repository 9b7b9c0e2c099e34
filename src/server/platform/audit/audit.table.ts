/**
 * The audit log: append-only (a trigger refuses UPDATE and DELETE, see the audit migration) and
 * hash-chained (each row's hash covers the previous row's hash), so a quiet rewrite is detectable.
 */
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorUsername: text('actor_username'),
    authorityCode: text('authority_code'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    outcome: text('outcome').$type<'success' | 'failure' | 'denied'>().notNull(),
    purpose: text('purpose'),
    legalBasis: text('legal_basis'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_actor').on(t.actorUserId, t.seq),
    index('audit_log_target').on(t.targetType, t.targetId),
  ],
);
