/**
 * The competence map in the database, versioned item by item. Every authority profile, competence,
 * data category, purpose, circumstance, disclosure rule and the map's own metadata is one `kind` +
 * `item_id`; each change adds a row with the next `version` and moves `is_current` to it, so old
 * versions are kept forever and a decision's rule versions can always be looked up again.
 * `competence_revision` is one row bumped by every change: a server node compares it with the
 * revision of its cached configuration (one primary-key read) before trusting the cache.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';

/** The kinds of versioned items; `meta` has the one item `config` (schema version, country, dates). */
export const COMPETENCE_ITEM_KINDS = [
  'authority',
  'competence',
  'category',
  'purpose',
  'circumstance',
  'rule',
  'meta',
] as const;
export type CompetenceItemKind = (typeof COMPETENCE_ITEM_KINDS)[number];

export const competenceItems = pgTable(
  'competence_items',
  {
    kind: text('kind').$type<CompetenceItemKind>().notNull(),
    itemId: text('item_id').notNull(),
    version: integer('version').notNull(),
    /** The item exactly as in the configuration JSON (a rule's `version` equals the row's). */
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    isCurrent: boolean('is_current').notNull(),
    /** A removed item (e.g. a category left out of an import): kept in history, not in the map. */
    deleted: boolean('deleted').notNull().default(false),
    /** Order within its kind in the assembled configuration; carried over from version to version. */
    position: integer('position').notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
    changedByName: text('changed_by_name').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changeNote: text('change_note').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.itemId, t.version] }),
    uniqueIndex('competence_items_current').on(t.kind, t.itemId).where(sql`${t.isCurrent}`),
    check('competence_items_version_positive', sql`${t.version} > 0`),
  ],
);

export const competenceRevision = pgTable(
  'competence_revision',
  {
    /** Always 1: the table has one row. */
    id: smallint('id').primaryKey().default(1),
    revision: bigint('revision', { mode: 'number' }).notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('competence_revision_one_row', sql`${t.id} = 1`)],
);
