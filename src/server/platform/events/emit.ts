/**
 * `emitEvent(tx, event)`: appends a domain event to the outbox inside the transaction of the change,
 * and NOTIFYs the bus — PostgreSQL delivers the NOTIFY only at commit, so a rolled-back change
 * announces nothing. Ids are assigned under the same advisory lock as the audit chain, which makes
 * them increase in commit order.
 */
import { desc, sql } from 'drizzle-orm';
import { AUDIT_CHAIN_LOCK } from '../audit/audit.ts';
import type { Db } from '../db/client.ts';
import { events } from './events.table.ts';

export const EVENTS_CHANNEL = 'silta_events';

export interface NewEvent {
  type: string;
  subjectType: string;
  subjectId: string;
  targetIds?: string[];
  data?: Record<string, unknown>;
  actorUserId?: string | null;
}

export async function emitEvent(tx: Db, event: NewEvent): Promise<number> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ id: events.id }).from(events).orderBy(desc(events.id)).limit(1);
  const id = (last?.id ?? 0) + 1;
  const [row] = await tx
    .insert(events)
    .values({
      id,
      type: event.type,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      targetIds: event.targetIds ?? [],
      data: event.data ?? {},
      actorUserId: event.actorUserId ?? null,
    })
    .returning();
  // Watchers of the subject, or of a target it concerns, get a notification (delivery still asks the
  // policy, at read time, whether they may see the subject).
  const targets = (event.targetIds ?? []).join(',');
  await tx.execute(sql`
    INSERT INTO notifications (user_id, event_id)
    SELECT DISTINCT w.user_id, ${id}::bigint FROM watches w
    WHERE ((w.subject_type = 'target' AND w.subject_id = ANY(string_to_array(${targets}, ',')))
        OR (w.subject_type = ${event.subjectType} AND w.subject_id = ${event.subjectId}))
      AND (${event.actorUserId ?? ''} = '' OR w.user_id::text <> ${event.actorUserId ?? ''})
    ON CONFLICT DO NOTHING`);
  // The row rides along in the NOTIFY (when small enough) so nodes need not read it back.
  const payload = JSON.stringify(row);
  await tx.execute(
    sql`SELECT pg_notify(${EVENTS_CHANNEL}, ${payload.length < 7_000 ? payload : String(id)})`,
  );
  return id;
}
