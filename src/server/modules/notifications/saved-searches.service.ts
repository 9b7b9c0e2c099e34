/**
 * Saved searches: a caseworker keeps a register search (the filters of /api/search) and is told live
 * when a new record or target in its result becomes visible to them (saved-searches.matcher.ts). Only
 * the owner sees, renames, mutes or deletes a saved search; anyone else's is a 404 like a missing one.
 */
import { and, count, desc, eq, max } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import { events } from '../../platform/events/events.table.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import type { TSearchFilters } from '../register/search.schemas.ts';
import { describeQuery } from '../register/search.service.ts';
import { searchIndexKey } from './saved-searches.keys.ts';
import { savedSearches } from './saved-searches.tables.ts';

export const MAX_SAVED_SEARCHES = 50;

type Row = typeof savedSearches.$inferSelect;

export function presentSavedSearch(r: Row) {
  return {
    id: r.id,
    name: r.name,
    filters: r.filters,
    muted: r.muted,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The filters as stored: no empty values, so equal searches look equal. */
function cleanFilters(f: TSearchFilters): TSearchFilters {
  return Object.fromEntries(
    Object.entries(f).filter(([k, v]) => v !== undefined && v !== '' && k !== 'cursor' && k !== 'limit'),
  ) as TSearchFilters;
}

export async function listSavedSearches(db: Db, actor: Actor) {
  const rows = await db
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.userId, actor.userId))
    .orderBy(desc(savedSearches.createdAt));
  return rows.map(presentSavedSearch);
}

export async function createSavedSearch(
  db: Db,
  actor: Actor,
  input: { name: string; filters: TSearchFilters },
  requestId: string,
) {
  const filters = cleanFilters(input.filters);
  const indexKey = searchIndexKey(filters);
  if (!indexKey) {
    throw badRequest(
      'A saved search needs a search term, a municipality, an industry, a category or an owner',
      {
        issues: [
          { field: 'body.filters', message: 'q, municipality, industry, category or owner is required' },
        ],
      },
    );
  }
  return db.transaction(async (tx) => {
    const [{ n } = { n: 0 }] = await tx
      .select({ n: count() })
      .from(savedSearches)
      .where(eq(savedSearches.userId, actor.userId));
    if (n >= MAX_SAVED_SEARCHES) throw conflict(`At most ${MAX_SAVED_SEARCHES} saved searches per user`);
    // Only events after this moment can match: a new saved search does not fire for the past.
    const [last] = await tx.select({ id: max(events.id) }).from(events);
    const [row] = await tx
      .insert(savedSearches)
      .values({
        userId: actor.userId,
        name: input.name,
        filters,
        indexKey,
        sinceEventId: Number(last?.id ?? 0),
      })
      .returning();
    await writeAudit(tx, {
      action: 'saved_search.create',
      actor,
      targetType: 'saved_search',
      targetId: row!.id,
      requestId,
      details: { query: describeQuery(filters) },
    });
    return presentSavedSearch(row!);
  });
}

export async function updateSavedSearch(
  db: Db,
  actor: Actor,
  id: string,
  patch: { name?: string; muted?: boolean },
  requestId: string,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(savedSearches)
      .set({ ...patch, updatedAt: new Date() })
      .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, actor.userId)))
      .returning();
    if (!row) throw notFound('Saved search');
    await writeAudit(tx, {
      action: 'saved_search.update',
      actor,
      targetType: 'saved_search',
      targetId: id,
      requestId,
      details: { fields: Object.keys(patch), ...(patch.muted === undefined ? {} : { muted: patch.muted }) },
    });
    return presentSavedSearch(row);
  });
}

/** Deletes the search and its matches (so their notifications are no longer delivered or listed). */
export async function deleteSavedSearch(db: Db, actor: Actor, id: string, requestId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(savedSearches)
      .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, actor.userId)))
      .returning({ id: savedSearches.id });
    if (!removed.length) throw notFound('Saved search');
    await writeAudit(tx, {
      action: 'saved_search.delete',
      actor,
      targetType: 'saved_search',
      targetId: id,
      requestId,
    });
  });
}
