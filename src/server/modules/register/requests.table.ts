/**
 * Disclosure requests: after a hit ("authority X holds N records on this target"), an official asks
 * the holder for them. The holder grants (through the competence engine, as a disclosure) or declines
 * with a reason; either way the request keeps the answer.
 */
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { authorities } from '../authorities/authorities.table.ts';
import type { TargetType } from './record-targets.table.ts';

export type DisclosureRequestStatus = 'open' | 'granted' | 'declined';

export const disclosureRequests = pgTable(
  'disclosure_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    targetType: text('target_type').$type<TargetType>().notNull(),
    targetId: uuid('target_id').notNull(),
    /** The requesting authority and official. */
    fromAuthority: text('from_authority')
      .notNull()
      .references(() => authorities.code),
    requestedBy: uuid('requested_by').references(() => users.id),
    /** The holder asked to disclose. */
    toAuthority: text('to_authority')
      .notNull()
      .references(() => authorities.code),
    purpose: text('purpose').notNull(),
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    message: text('message').notNull(),
    status: text('status').$type<DisclosureRequestStatus>().notNull().default('open'),
    /** Why it was declined (kept), or the granting official's note. */
    reason: text('reason'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The records disclosed when granted. */
    grantedRecordIds: uuid('granted_record_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('disclosure_requests_incoming').on(t.toAuthority, t.createdAt),
    index('disclosure_requests_outgoing').on(t.fromAuthority, t.createdAt),
    index('disclosure_requests_target').on(t.targetId),
  ],
);
