/**
 * Saved searches (watchlists on a register search) and the matches they produced. A saved search is
 * indexed by ONE key — its most selective necessary condition (business ID, a name-token prefix,
 * municipality, industry, category or owner) — so the matcher looks only at the searches whose key an
 * event's entity carries, never at every search for every event (docs/REALTIME.md).
 */
import {
  bigint,
  boolean,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import type { TSearchFilters } from '../register/search.schemas.ts';

export const savedSearches = pgTable(
  'saved_searches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The filters of /api/search (q, type, industry, municipality, category, owner, from, to). */
    filters: jsonb('filters').$type<TSearchFilters>().notNull(),
    /** The candidate key the matcher looks the search up by (e.g. `bid:1234567-8`, `tok:marj`). */
    indexKey: text('index_key').notNull(),
    muted: boolean('muted').notNull().default(false),
    /** Only events after this one can match: a new search does not fire for the past. */
    sinceEventId: bigint('since_event_id', { mode: 'number' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('saved_searches_user').on(t.userId), index('saved_searches_key').on(t.indexKey)],
);

export type SavedSearchMatchKind = 'item' | 'hit';

export const savedSearchMatches = pgTable(
  'saved_search_matches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    savedSearchId: uuid('saved_search_id')
      .notNull()
      .references(() => savedSearches.id, { onDelete: 'cascade' }),
    /** `record`, `company`, `worksite` or `person`. */
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** `item`: the entity is in the owner's search result; `hit`: only a hit (who holds records). */
    match: text('match').$type<SavedSearchMatchKind>().notNull(),
    /** For a hit: the target the search matched and the authority holding the record. */
    hitTargetId: uuid('hit_target_id'),
    hitAuthority: text('hit_authority'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('saved_search_matches_once').on(t.savedSearchId, t.entityId, t.match)],
);

/** How far the matcher has read the outbox (one row; nodes take turns with FOR UPDATE SKIP LOCKED). */
export const savedSearchCursor = pgTable('saved_search_cursor', {
  id: text('id').primaryKey(),
  lastEventId: bigint('last_event_id', { mode: 'number' }).notNull(),
});
