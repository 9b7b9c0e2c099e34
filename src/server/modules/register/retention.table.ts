/**
 * What survives retention: anonymous monthly counts of deleted records by owner, kind and categories —
 * no text, no ids, no targets — so that statistics (tips per month, observations by category) outlive
 * the records themselves.
 */
import { date, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { authorities } from '../authorities/authorities.table.ts';

export const recordStatistics = pgTable(
  'record_statistics',
  {
    ownerAuthority: text('owner_authority')
      .notNull()
      .references(() => authorities.code),
    kind: text('kind').notNull(),
    /** The first day of the month the record was created in. */
    month: date('month').notNull(),
    /** Sorted category codes joined with ',' (the key), and as an array for queries. */
    categoriesKey: text('categories_key').notNull(),
    categories: text('categories').array().notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerAuthority, t.kind, t.month, t.categoriesKey] })],
);
