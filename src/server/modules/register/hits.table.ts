/**
 * Hit/no-hit for secret records is opt-in: a secret record yields no hit to other authorities unless
 * its owner puts it here (e.g. to be found by a parallel investigation). Restricted records always do.
 */
import { pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { records } from './records.table.ts';

export const recordHitOptIns = pgTable('record_hit_opt_ins', {
  recordId: uuid('record_id')
    .primaryKey()
    .references(() => records.id, { onDelete: 'cascade' }),
  optedInBy: uuid('opted_in_by').references(() => users.id),
  optedInAt: timestamp('opted_in_at', { withTimezone: true }).notNull().defaultNow(),
});
