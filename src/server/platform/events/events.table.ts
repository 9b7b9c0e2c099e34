/**
 * The outbox: domain events written in the same transaction as the change they describe, then
 * announced with NOTIFY at commit. Ids are handed out under the audit chain's advisory lock, so they
 * grow in commit order — a client resuming with Last-Event-ID can never skip an event that committed late.
 */
import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const events = pgTable(
  'events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey(),
    type: text('type').notNull(),
    /** What the event is about; delivery asks the policy whether the receiver may see this subject. */
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    /** Targets (companies, worksites, persons) the subject concerns, for watchlists. */
    targetIds: text('target_ids').array().notNull(),
    /** Minimal, non-content data (kind, counts); never the record's text. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    actorUserId: text('actor_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('events_subject').on(t.subjectType, t.subjectId), index('events_created').on(t.createdAt)],
);
