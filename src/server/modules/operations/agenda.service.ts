/**
 * The planning meeting's agenda (suunnittelukokous): the seed's thirteen items, created with the
 * operation, plus any the lead adds; the lead records a decision per item. Every member reads it.
 */
import { and, asc, eq, like, max } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Db } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { loadOperation, loadOperationAsLead, lockOperation } from './operations.access.ts';
import { emitOperationEvent } from './operations.events.ts';
import { assertOpen } from './operations.guards.ts';
import { agendaItems } from './operations.tables.ts';

/** The seed's agenda, in order (titles live in the UI catalogues under these keys). */
export const AGENDA_SEED_KEYS = [
  'lead_authority',
  'roles_of_others',
  'supervision_time',
  'analysis',
  'target_selection',
  'main_goal',
  'supervision_scope',
  'participants',
  'command_system',
  'information_production',
  'communications',
  'training_needs',
  'victim_assistance',
] as const;

/** Inserts the seed agenda for a new operation (inside its creating transaction). */
export async function seedAgenda(tx: Db, operationId: string): Promise<void> {
  await tx
    .insert(agendaItems)
    .values(AGENDA_SEED_KEYS.map((itemKey, i) => ({ operationId, itemKey, position: i + 1 })));
}

async function items(db: Db, operationId: string) {
  const rows = await db
    .select({ item: agendaItems, decidedBy: users.displayName })
    .from(agendaItems)
    .leftJoin(users, eq(users.id, agendaItems.decidedBy))
    .where(eq(agendaItems.operationId, operationId))
    .orderBy(asc(agendaItems.position));
  return rows.map(({ item, decidedBy }) => ({
    id: item.id,
    itemKey: item.itemKey,
    position: item.position,
    title: item.title,
    decision: item.decision,
    decidedBy: decidedBy ?? null,
    decidedAt: item.decidedAt?.toISOString() ?? null,
  }));
}

export async function getAgenda(db: Db, actor: Actor, operationId: string, requestId: string) {
  return db.transaction(async (tx) => {
    await loadOperation(tx, actor, operationId);
    await writeAudit(tx, {
      action: 'operation.agenda.read',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId,
    });
    return { items: await items(tx, operationId) };
  });
}

/** Records (or, with an empty text, clears) the decision on one item. */
export async function decideAgendaItem(
  db: Db,
  actor: Actor,
  operationId: string,
  itemId: string,
  decision: string,
  requestId: string,
) {
  return db.transaction(async (tx) => {
    await lockOperation(tx, operationId);
    const access = await loadOperationAsLead(tx, actor, operationId);
    assertOpen(access.operation);
    const [row] = await tx
      .update(agendaItems)
      .set(
        decision
          ? { decision, decidedBy: actor.userId, decidedAt: new Date() }
          : { decision: '', decidedBy: null, decidedAt: null },
      )
      .where(and(eq(agendaItems.id, itemId), eq(agendaItems.operationId, operationId)))
      .returning();
    if (!row) throw notFound('Agenda item');
    await writeAudit(tx, {
      action: 'operation.agenda.decide',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId,
      details: { itemId, itemKey: row.itemKey, decided: decision.length > 0 },
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.agenda_decided', {
      itemId,
      itemKey: row.itemKey,
      decided: decision.length > 0,
    });
    return { items: await items(tx, operationId) };
  });
}

/** Adds an item of the lead's own after the others (key `extra_<n>`). */
export async function addAgendaItem(
  db: Db,
  actor: Actor,
  operationId: string,
  title: string,
  requestId: string,
) {
  return db.transaction(async (tx) => {
    await lockOperation(tx, operationId);
    const access = await loadOperationAsLead(tx, actor, operationId);
    assertOpen(access.operation);
    const [last] = await tx
      .select({ position: max(agendaItems.position) })
      .from(agendaItems)
      .where(eq(agendaItems.operationId, operationId));
    const extras = await tx
      .select({ key: agendaItems.itemKey })
      .from(agendaItems)
      .where(and(eq(agendaItems.operationId, operationId), like(agendaItems.itemKey, 'extra_%')));
    const [row] = await tx
      .insert(agendaItems)
      .values({
        operationId,
        itemKey: `extra_${extras.length + 1}`,
        position: (last?.position ?? 0) + 1,
        title,
      })
      .returning();
    await writeAudit(tx, {
      action: 'operation.agenda.add',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId,
      details: { itemId: row!.id, itemKey: row!.itemKey },
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.updated', {
      agendaItemAdded: row!.id,
    });
    return { items: await items(tx, operationId) };
  });
}
