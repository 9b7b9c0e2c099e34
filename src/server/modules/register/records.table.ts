/**
 * Information records of the shared register: observations (from an authority's own supervision),
 * tips (vinkit, e.g. from the worker app's anonymous form) and analyses. Every record has an owner
 * authority, a classification, data categories from the competence map and a retention date; who else
 * may read it is decided by platform/policy/decide.ts from `record_disclosures`.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { authorities } from '../authorities/authorities.table.ts';
import type { Classification } from './register.tables.ts';

export type RecordKind = 'observation' | 'tip' | 'analysis';

export const records = pgTable(
  'records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<RecordKind>().notNull(),
    ownerAuthority: text('owner_authority')
      .notNull()
      .references(() => authorities.code),
    classification: text('classification').$type<Classification>().notNull().default('restricted'),
    /** The secrecy provision for restricted/secret records, e.g. "621/1999 24 § 1 mom. 5 kohta". */
    secrecyBasis: text('secrecy_basis'),
    /** Data category codes from the competence map (e.g. public_tips, osh_inspection_findings). */
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    containsPersonalData: boolean('contains_personal_data').notNull().default(true),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** Where it came from, e.g. {"channel":"worker_app","anonymous":true,"language":"vi","sector":"agriculture"}. */
    source: jsonb('source').$type<Record<string, unknown>>().notNull().default({}),
    /** For a tip given anonymously: SHA-256 of the reference code the tipster keeps to read a reply. */
    referenceCodeHash: text('reference_code_hash'),
    retentionUntil: date('retention_until').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('records_owner_created').on(t.ownerAuthority, t.createdAt),
    // Only tips from the worker app have a reference code: a partial index keeps every other record
    // (bulk imports above all) out of it. Serves the tipster's lookup by reference_code_hash = $1.
    uniqueIndex('records_reference_code')
      .on(t.referenceCodeHash)
      .where(sql`${t.referenceCodeHash} IS NOT NULL`),
  ],
);

/** Disclosures of a record to another authority; `revoked_at` ends the recipient's access. */
export const recordDisclosures = pgTable(
  'record_disclosures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => records.id, { onDelete: 'cascade' }),
    toAuthority: text('to_authority')
      .notNull()
      .references(() => authorities.code),
    purpose: text('purpose').notNull(),
    legalBasis: text('legal_basis').notNull(),
    /** The competence-rule versions the engine relied on: [{id, version}]. */
    ruleVersions: jsonb('rule_versions').$type<{ id: string; version: number }[]>().notNull(),
    disclosedBy: uuid('disclosed_by').references(() => users.id),
    disclosedAt: timestamp('disclosed_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    index('record_disclosures_record').on(t.recordId),
    index('record_disclosures_to').on(t.toAuthority, t.recordId),
  ],
);

/** Replies an authority writes to a tip, readable by the tipster with the reference code. */
export const tipReplies = pgTable('tip_replies', {
  id: uuid('id').primaryKey().defaultRandom(),
  recordId: uuid('record_id')
    .notNull()
    .references(() => records.id, { onDelete: 'cascade' }),
  body: text('body').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
