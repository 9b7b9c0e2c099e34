/** Which targets (companies, worksites, persons) an information record concerns. */
import { index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { records } from './records.table.ts';

export type TargetType = 'company' | 'worksite' | 'person';

export const recordTargets = pgTable(
  'record_targets',
  {
    recordId: uuid('record_id')
      .notNull()
      .references(() => records.id, { onDelete: 'cascade' }),
    targetType: text('target_type').$type<TargetType>().notNull(),
    targetId: uuid('target_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.recordId, t.targetType, t.targetId] }),
    index('record_targets_target').on(t.targetId),
  ],
);
