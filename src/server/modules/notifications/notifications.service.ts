/** Watchlists and the notification centre. Visibility is decided at read time, like everything else. */
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors.ts';
import { mayReceive, subjectKey } from '../../platform/events/bus.ts';
import { events } from '../../platform/events/events.table.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { loadOperation } from '../operations/operations.access.ts';
import { loadRecordPolicies } from '../register/records.policy.ts';
import { companies, persons, worksites } from '../register/register.tables.ts';
import { notifications, type WatchSubject, watches } from './notifications.tables.ts';
import { resolveSubjects } from './subjects.ts';

const UNREAD_SCAN = 500;

/** Two ways of hearing of one new record: it was recorded, or it was disclosed to someone. */
const RECORD_NEWS = new Set(['record.created', 'record.disclosed']);

/**
 * One entry per record for its creation and disclosures: the newest of them (`rows` come newest
 * first). A follower of a target would otherwise hear of one tip twice — the recipient's follower at
 * once, when the disclosure makes both visible. The hidden rows stay as they are: the shown one's read
 * state is the entry's, and as the group shares one subject (so one visibility) and rows are never
 * deleted one by one, a hidden row can never become the shown one.
 */
function newestRecordNews<T extends { e: { type: string; subjectType: string; subjectId: string } }>(
  rows: T[],
): T[] {
  const shown = new Set<string>();
  return rows.filter(({ e }) => {
    if (e.subjectType !== 'record' || !RECORD_NEWS.has(e.type)) return true;
    if (shown.has(e.subjectId)) return false;
    shown.add(e.subjectId);
    return true;
  });
}

/** Notifications the actor may still see, newest first, and the unread count. */
export async function listNotifications(db: Db, actor: Actor, limit: number) {
  const rows = await db
    .select({ n: notifications, e: events })
    .from(notifications)
    .innerJoin(events, eq(events.id, notifications.eventId))
    .where(eq(notifications.userId, actor.userId))
    // Events of one transaction share its timestamp; their ids follow commit order.
    .orderBy(desc(notifications.createdAt), desc(events.id))
    .limit(UNREAD_SCAN);
  const access = await resolveSubjects(
    db,
    rows.map((r) => r.e),
  );
  const visible = newestRecordNews(
    rows.filter((r) => mayReceive(actor, access.get(subjectKey(r.e.subjectType, r.e.subjectId)) ?? null)),
  );
  return {
    unreadCount: visible.filter((r) => !r.n.readAt).length,
    items: visible.slice(0, limit).map((r) => ({
      id: r.n.id,
      eventId: r.e.id,
      type: r.e.type,
      subjectType: r.e.subjectType,
      subjectId: r.e.subjectId,
      targetIds: r.e.targetIds,
      data: r.e.data,
      createdAt: r.n.createdAt.toISOString(),
      readAt: r.n.readAt?.toISOString() ?? null,
    })),
  };
}

export async function markRead(db: Db, actor: Actor, ids: string[] | 'all'): Promise<number> {
  const where = and(
    eq(notifications.userId, actor.userId),
    isNull(notifications.readAt),
    ids === 'all'
      ? undefined
      : inArray(notifications.id, ids.length ? ids : ['00000000-0000-0000-0000-000000000000']),
  );
  const updated = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(where)
    .returning({ id: notifications.id });
  return updated.length;
}

/**
 * May the actor follow this subject? Only what they may see — a refusal is a 404, like a missing one.
 * An operation is followed by its members; its events still reach a follower only while they are one.
 */
async function assertWatchable(db: Db, actor: Actor, type: WatchSubject, id: string): Promise<void> {
  if (type === 'record') {
    const p = (await loadRecordPolicies(db, [id])).get(id);
    if (!p || !decide(actor, 'read', p).allowed) throw notFound();
    return;
  }
  if (type === 'operation') {
    // Members only (lead and invited/accepted authorities' caseworkers); others get the same 404.
    await loadOperation(db, actor, id);
    return;
  }
  if (type === 'target') {
    for (const table of [companies, worksites, persons]) {
      const [row] = await db
        .select({ ownerAuthority: table.ownerAuthority, classification: table.classification })
        .from(table)
        .where(eq(table.id, id));
      if (row) {
        const policy = {
          ownerAuthority: row.ownerAuthority as Actor['authority'],
          classification: row.classification,
          disclosedTo: [],
        };
        if (!decide(actor, 'read', policy).allowed) throw notFound();
        return;
      }
    }
  }
  throw notFound();
}

export async function addWatch(db: Db, actor: Actor, type: WatchSubject, id: string, requestId: string) {
  await assertWatchable(db, actor, type, id);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(watches)
      .values({ userId: actor.userId, subjectType: type, subjectId: id })
      .onConflictDoUpdate({
        target: [watches.userId, watches.subjectType, watches.subjectId],
        set: { subjectId: id },
      })
      .returning();
    await writeAudit(tx, { action: 'watch.add', actor, targetType: type, targetId: id, requestId });
    return {
      id: row!.id,
      subjectType: row!.subjectType,
      subjectId: row!.subjectId,
      createdAt: row!.createdAt.toISOString(),
    };
  });
}

export async function listWatches(db: Db, actor: Actor) {
  const rows = await db
    .select()
    .from(watches)
    .where(eq(watches.userId, actor.userId))
    .orderBy(desc(watches.createdAt));
  return rows.map((w) => ({
    id: w.id,
    subjectType: w.subjectType,
    subjectId: w.subjectId,
    createdAt: w.createdAt.toISOString(),
  }));
}

export async function removeWatch(db: Db, actor: Actor, id: string, requestId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(watches)
      .where(and(eq(watches.id, id), eq(watches.userId, actor.userId)))
      .returning({ subjectType: watches.subjectType, subjectId: watches.subjectId });
    if (!removed.length) throw notFound('Watch');
    await writeAudit(tx, {
      action: 'watch.remove',
      actor,
      targetType: removed[0]!.subjectType,
      targetId: removed[0]!.subjectId,
      requestId,
    });
  });
}
