/**
 * The competence module's SQL: current items, history, new versions and the revision counter.
 * Nothing here decides anything; the service checks and validates before it writes.
 */
import { and, asc, desc, eq, max, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { ConfigItem } from './competence.items.ts';
import { type CompetenceItemKind, competenceItems, competenceRevision } from './competence.tables.ts';

/** Serialises all writes to the competence map (read, validate whole, write) across server nodes. */
const COMPETENCE_WRITE_LOCK = 7_420_010;

export type StoredItem = typeof competenceItems.$inferSelect;

/** Who wrote a version: a signed-in user, or the system (seeding). */
export interface ChangeAuthor {
  userId: string | null;
  name: string;
}

export interface Revision {
  revision: number;
  changedAt: Date;
}

/** The revision of the stored map, or null before it has been seeded. One primary-key read. */
export async function readRevision(db: Db): Promise<Revision | null> {
  const [row] = await db
    .select({ revision: competenceRevision.revision, changedAt: competenceRevision.changedAt })
    .from(competenceRevision)
    .where(eq(competenceRevision.id, 1));
  return row ?? null;
}

/** Every current version (deleted ones included; callers decide whether they count). */
export async function loadCurrentItems(db: Db): Promise<StoredItem[]> {
  return db
    .select()
    .from(competenceItems)
    .where(eq(competenceItems.isCurrent, true))
    .orderBy(asc(competenceItems.kind), asc(competenceItems.position), asc(competenceItems.itemId));
}

/** All versions of one item, newest first. */
export async function loadHistory(db: Db, kind: CompetenceItemKind, itemId: string): Promise<StoredItem[]> {
  return db
    .select()
    .from(competenceItems)
    .where(and(eq(competenceItems.kind, kind), eq(competenceItems.itemId, itemId)))
    .orderBy(desc(competenceItems.version));
}

/** Takes the write lock for the rest of the transaction. */
export async function lockForWrite(tx: Db): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${COMPETENCE_WRITE_LOCK})`);
}

/** The next free position of a kind (new items go to the end). */
export async function nextPosition(tx: Db, kind: CompetenceItemKind): Promise<number> {
  const [row] = await tx
    .select({ last: max(competenceItems.position) })
    .from(competenceItems)
    .where(eq(competenceItems.kind, kind));
  return (row?.last ?? -1) + 1;
}

export interface NewVersion extends ConfigItem {
  version: number;
  deleted?: boolean;
  changeNote: string;
}

/** Writes a new version and makes it the current one. Call under `lockForWrite`. */
export async function insertVersion(tx: Db, item: NewVersion, author: ChangeAuthor): Promise<StoredItem> {
  await tx
    .update(competenceItems)
    .set({ isCurrent: false })
    .where(
      and(
        eq(competenceItems.kind, item.kind),
        eq(competenceItems.itemId, item.itemId),
        eq(competenceItems.isCurrent, true),
      ),
    );
  const [row] = await tx
    .insert(competenceItems)
    .values({
      kind: item.kind,
      itemId: item.itemId,
      version: item.version,
      data: item.data,
      isCurrent: true,
      deleted: item.deleted ?? false,
      position: item.position,
      changedBy: author.userId,
      changedByName: author.name,
      changeNote: item.changeNote,
    })
    .returning();
  return row!;
}

/** Writes first versions of many items in one statement (seeding an empty map). */
export async function insertFirstVersions(tx: Db, items: NewVersion[], author: ChangeAuthor): Promise<void> {
  if (items.length === 0) return;
  await tx.insert(competenceItems).values(
    items.map((item) => ({
      kind: item.kind,
      itemId: item.itemId,
      version: item.version,
      data: item.data,
      isCurrent: true,
      position: item.position,
      changedBy: author.userId,
      changedByName: author.name,
      changeNote: item.changeNote,
    })),
  );
}

/** Bumps the revision (creating it at 1 on first seed) and returns the new value. */
export async function bumpRevision(tx: Db): Promise<number> {
  const [row] = await tx
    .insert(competenceRevision)
    .values({ id: 1, revision: 1 })
    .onConflictDoUpdate({
      target: competenceRevision.id,
      set: { revision: sql`${competenceRevision.revision} + 1`, changedAt: sql`now()` },
    })
    .returning({ revision: competenceRevision.revision });
  return row!.revision;
}
