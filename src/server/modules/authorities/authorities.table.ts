/** Authorities and their units. Authority codes are stable keys (src/contracts/authorities.ts). */
import { boolean, date, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../../contracts/languages.ts';

export const authorities = pgTable('authorities', {
  code: text('code').primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  shortName: jsonb('short_name').$type<LocalizedText>().notNull(),
  description: jsonb('description').$type<LocalizedText>().notNull(),
  /** Where the facts about this authority come from (FACTS.md / LEGAL-BASES.md source addresses). */
  sources: jsonb('sources').$type<string[]>().notNull().default([]),
  verified: boolean('verified').notNull().default(true),
  /** Date the facts were last checked against their sources. */
  checkedOn: date('checked_on').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const units = pgTable('units', {
  id: uuid('id').primaryKey().defaultRandom(),
  authorityCode: text('authority_code')
    .notNull()
    .references(() => authorities.code),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
