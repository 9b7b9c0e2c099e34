/**
 * Field actions sent again from a phone's offline queue must not be recorded twice: the client gives
 * each queued finding, referral and photo an id (the `Idempotency-Key` header), and the first answer
 * is kept here per operation target, authority and id. A repeat gets that answer back and changes
 * nothing. The stored answer holds ids, codes, times and a photo's file name (never finding text).
 */
import { jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { authorities } from '../authorities/authorities.table.ts';
import { operationTargets } from './operations.tables.ts';

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
