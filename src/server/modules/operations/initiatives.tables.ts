/**
 * Supervision initiatives (valvonta-aloite): an authority's proposal that supervision is needed, the
 * register records it rests on, and its disclosures to other authorities through the competence engine.
 * An accepted initiative becomes an operation (operations.tables.ts).
 */
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { authorities } from '../authorities/authorities.table.ts';
import { records } from '../register/records.table.ts';
import type { Classification } from '../register/register.tables.ts';
import { clockItems } from './clock.tables.ts';

export type InitiativeStatus = 'open' | 'accepted' | 'declined' | 'withdrawn';

/**
 * Any authority's proposal that supervision is needed: the need, observations and analysis, the
 * issue areas and sectors concerned, and register records that support it. It is addressed to other
 * authorities through the competence engine (initiative_disclosures); an accepted initiative becomes an
 * operation.
 */
export const initiatives = pgTable(
  'initiatives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerAuthority: text('owner_authority')
      .notNull()
      .references(() => authorities.code),
    classification: text('classification').$type<Classification>().notNull().default('restricted'),
    secrecyBasis: text('secrecy_basis'),
    title: text('title').notNull(),
    need: text('need').notNull(),
    observations: text('observations').notNull().default(''),
    analysis: text('analysis').notNull().default(''),
    /** Competence-map issue areas (wages, permits, victims, …) — drive "who should be at the table". */
    issueAreas: text('issue_areas').array().notNull().default(sql`'{}'::text[]`),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    municipalities: text('municipalities').array().notNull().default(sql`'{}'::text[]`),
    /** Data categories of what the initiative says (for the engine when it is addressed to others). */
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    clockItemId: uuid('clock_item_id').references(() => clockItems.id),
    status: text('status').$type<InitiativeStatus>().notNull().default('open'),
    statusReason: text('status_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('initiatives_owner').on(t.ownerAuthority, t.createdAt)],
);

/** Register records attached to an initiative as its evidence (each still decided per reader). */
export const initiativeRecords = pgTable(
  'initiative_records',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    recordId: uuid('record_id')
      .notNull()
      .references(() => records.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.recordId] })],
);

/** An initiative addressed to another authority: a disclosure decided by the engine, with its basis. */
export const initiativeDisclosures = pgTable(
  'initiative_disclosures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    toAuthority: text('to_authority')
      .notNull()
      .references(() => authorities.code),
    purpose: text('purpose').notNull(),
    legalBasis: text('legal_basis').notNull(),
    ruleVersions: jsonb('rule_versions').$type<{ id: string; version: number }[]>().notNull(),
    disclosedBy: uuid('disclosed_by').references(() => users.id),
    disclosedAt: timestamp('disclosed_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('initiative_disclosures_to').on(t.toAuthority, t.initiativeId)],
);
