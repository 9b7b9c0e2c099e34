/**
 * The entity-matching index: no pairwise tables, only an inverted index from normalised name words (and
 * word pairs) to targets (`match_tokens`), a dictionary of those words with their document frequency
 * (`match_terms`) and its spelling keys (`match_term_keys`: typos are resolved here), and a queue that triggers fill whenever a company,
 * person or worksite is written (`match_queue`), drained by `name-index.ts`. Merges of duplicate
 * companies are kept in `company_merges` so a merge can be split again.
 */
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { authorities } from '../authorities/authorities.table.ts';
import { companies } from '../register/register.tables.ts';

/** 1 = company, 2 = person, 3 = worksite. */
export type MatchEntityCode = 1 | 2 | 3;

export const matchTokens = pgTable(
  'match_tokens',
  {
    entity: smallint('entity').$type<MatchEntityCode>().notNull(),
    token: text('token').notNull(),
    targetId: uuid('target_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.entity, t.token, t.targetId] }),
    index('match_tokens_target').on(t.targetId),
  ],
);

export const matchTerms = pgTable(
  'match_terms',
  {
    entity: smallint('entity').$type<MatchEntityCode>().notNull(),
    token: text('token').notNull(),
    /** Number of targets whose names hold the word (kept by the indexer; approximate under races). */
    df: integer('df').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.entity, t.token] })],
);

/**
 * Spelling keys of the dictionary words (the word and each of its one-letter deletions, as in
 * SymSpell): a query word's keys find every dictionary word within one edit on each side — typos,
 * transpositions, a genitive -n — by exact B-tree lookups instead of a trigram scan.
 */
export const matchTermKeys = pgTable(
  'match_term_keys',
  {
    entity: smallint('entity').$type<MatchEntityCode>().notNull(),
    key: text('key').notNull(),
    token: text('token').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entity, t.key, t.token] })],
);

export const matchQueue = pgTable(
  'match_queue',
  {
    entity: smallint('entity').$type<MatchEntityCode>().notNull(),
    targetId: uuid('target_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entity, t.targetId] })],
);

/** What a merge moved, so that a split can move it back. */
export interface MergeMoves {
  recordTargets: string[];
  recordTargetsDropped: string[];
  worksites: string[];
  employments: { personId: string; role: string }[];
  employmentsDropped: { personId: string; role: string }[];
  subcontractsMain: { subCompanyId: string }[];
  subcontractsSub: { mainCompanyId: string }[];
  subcontractsDropped: { mainCompanyId: string; subCompanyId: string }[];
}

export const companyMerges = pgTable(
  'company_merges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    survivorId: uuid('survivor_id')
      .notNull()
      .references(() => companies.id),
    duplicateId: uuid('duplicate_id')
      .notNull()
      .references(() => companies.id),
    /** The duplicate's status before the merge (restored by a split). */
    duplicateStatus: text('duplicate_status').notNull(),
    /** Names the survivor received from the duplicate (removed again by a split). */
    namesAdded: jsonb('names_added').$type<{ former: string[]; auxiliary: string[] }>().notNull(),
    moves: jsonb('moves').$type<MergeMoves>().notNull(),
    reason: text('reason'),
    authority: text('authority')
      .notNull()
      .references(() => authorities.code),
    mergedBy: uuid('merged_by').references(() => users.id),
    mergedAt: timestamp('merged_at', { withTimezone: true }).notNull().defaultNow(),
    splitBy: uuid('split_by').references(() => users.id),
    splitAt: timestamp('split_at', { withTimezone: true }),
  },
  (t) => [
    index('company_merges_survivor').on(t.survivorId),
    index('company_merges_duplicate').on(t.duplicateId),
  ],
);
