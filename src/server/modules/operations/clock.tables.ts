/**
 * The annual clock (vuosikello) of joint operations: themed inspections, EMPACT joint action days and
 * seasonal-work periods that initiatives and operations are planned against.
 */
import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { authorities } from '../authorities/authorities.table.ts';

export type ClockItemKind = 'theme_inspection' | 'empact_action_day' | 'seasonal_work' | 'other';

/** A planned themed inspection, EMPACT joint action day or seasonal-work period on the annual clock. */
export const clockItems = pgTable(
  'clock_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<ClockItemKind>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** Sector codes (FACTS §7.1, e.g. `agriculture`, `construction`) and TOL 2008 prefixes. */
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** Repeats every year on the same dates (seasonal work); otherwise one-off. */
    recurring: text('recurring').$type<'yearly' | 'once'>().notNull().default('once'),
    ownerAuthority: text('owner_authority')
      .notNull()
      .references(() => authorities.code),
    /** Authorities the item concerns (e.g. every EMPACT partner). */
    authorities: text('authorities').array().notNull().default(sql`'{}'::text[]`),
    /** Where the item comes from, e.g. "EMPACT THB OAP 2026" or "TSV valvontaohjelma". */
    source: text('source'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('clock_items_dates').on(t.startsOn, t.endsOn)],
);
