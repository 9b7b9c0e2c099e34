/**
 * Supervision initiatives (valvonta-aloite): any authority raises one — the need, observations,
 * analysis and supporting register records; a recipient declines it or the owner withdraws it; making
 * an operation of it accepts it. Addressing it to others is initiatives.address.ts, reading it
 * initiatives.views.ts. Visibility is initiatives.access.ts everywhere.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { loadRecordPolicies } from '../register/records.policy.ts';
import { clockItems } from './clock.tables.ts';
import { loadInitiative } from './initiatives.access.ts';
import { announceInitiative } from './initiatives.events.ts';
import type { TCreateInitiative, TInitiative } from './initiatives.schemas.ts';
import { initiativeDisclosures, initiativeRecords, initiatives } from './initiatives.tables.ts';
import { presentInitiative } from './initiatives.views.ts';

/** Register records the actor may see, or 404 naming none of them (refused = missing). */
async function visibleRecords(db: Db, actor: Actor, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const policies = await loadRecordPolicies(db, ids);
  for (const id of ids) {
    const policy = policies.get(id);
    if (!policy || !decide(actor, 'read', policy).allowed) throw notFound('Record');
  }
}

export async function createInitiative(
  db: Db,
  actor: Actor,
  input: TCreateInitiative,
  requestId: string,
): Promise<TInitiative> {
  const recordIds = [...new Set(input.recordIds)];
  await visibleRecords(db, actor, recordIds);
  if (input.clockItemId) {
    const [item] = await db
      .select({ id: clockItems.id })
      .from(clockItems)
      .where(eq(clockItems.id, input.clockItemId));
    if (!item) throw notFound('Clock item');
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(initiatives)
      .values({
        ownerAuthority: actor.authority,
        classification: input.classification,
        secrecyBasis: input.classification === 'public' ? null : (input.secrecyBasis ?? null),
        title: input.title,
        need: input.need,
        observations: input.observations,
        analysis: input.analysis,
        issueAreas: input.issueAreas,
        sectors: input.sectors,
        municipalities: input.municipalities,
        categories: input.categories,
        clockItemId: input.clockItemId ?? null,
        createdBy: actor.userId,
      })
      .returning();
    if (recordIds.length)
      await tx
        .insert(initiativeRecords)
        .values(recordIds.map((recordId) => ({ initiativeId: row!.id, recordId })));
    await writeAudit(tx, {
      action: 'initiative.create',
      actor,
      targetType: 'initiative',
      targetId: row!.id,
      requestId,
      details: {
        classification: row!.classification,
        issueAreas: row!.issueAreas,
        categories: row!.categories,
        records: recordIds,
      },
    });
    await announceInitiative(tx, actor, row!, 'initiative.created');
    return presentInitiative(
      tx,
      actor,
      {
        initiative: row!,
        policy: { ownerAuthority: actor.authority, classification: row!.classification, disclosedTo: [] },
        owner: true,
      },
      true,
    );
  });
}

/**
 * A recipient declines to act on the initiative: its disclosure is revoked (it no longer sees the
 * initiative, unless public) and the owner sees the reason; when no recipient is left, the initiative is
 * `declined`. The owner withdraws an open initiative instead (`withdrawn`, final).
 */
export async function declineInitiative(
  db: Db,
  actor: Actor,
  id: string,
  reason: string,
  requestId: string,
): Promise<{ id: string; status: 'declined' | 'withdrawn' }> {
  return db.transaction(async (tx) => {
    await tx.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.id, id)).for('update');
    const access = await loadInitiative(tx, actor, id);
    const recipient = access.policy.disclosedTo.includes(actor.authority);
    if (!access.owner && !recipient)
      throw forbidden('Only an authority the initiative is addressed to, or its owner, may do this');
    const { initiative } = access;
    if (access.owner) {
      if (initiative.status !== 'open' && initiative.status !== 'declined')
        throw conflict(`The initiative is ${initiative.status}`);
      const [row] = await tx
        .update(initiatives)
        .set({ status: 'withdrawn', statusReason: reason, updatedAt: new Date() })
        .where(eq(initiatives.id, id))
        .returning();
      await writeAudit(tx, {
        action: 'initiative.withdraw',
        actor,
        targetType: 'initiative',
        targetId: id,
        requestId,
      });
      await announceInitiative(tx, actor, row!, 'initiative.withdrawn');
      return { id, status: 'withdrawn' as const };
    }
    if (initiative.status !== 'open') throw conflict(`The initiative is ${initiative.status}`);
    await tx
      .update(initiativeDisclosures)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(initiativeDisclosures.initiativeId, id),
          eq(initiativeDisclosures.toAuthority, actor.authority),
          isNull(initiativeDisclosures.revokedAt),
        ),
      );
    const remaining = access.policy.disclosedTo.filter((a) => a !== actor.authority);
    const [row] = await tx
      .update(initiatives)
      .set({
        ...(remaining.length ? {} : { status: 'declined' as const }),
        statusReason: reason,
        updatedAt: new Date(),
      })
      .where(eq(initiatives.id, id))
      .returning();
    await writeAudit(tx, {
      action: 'initiative.decline',
      actor,
      targetType: 'initiative',
      targetId: id,
      requestId,
    });
    await announceInitiative(tx, actor, row!, 'initiative.declined');
    return { id, status: 'declined' as const };
  });
}

/** Marks initiatives accepted when an operation is made of them (inside that transaction). */
export async function acceptInitiative(
  tx: Db,
  actor: Actor,
  id: string,
  requestId: string | null,
): Promise<void> {
  const [row] = await tx
    .update(initiatives)
    .set({ status: 'accepted', updatedAt: new Date() })
    .where(and(eq(initiatives.id, id), inArray(initiatives.status, ['open', 'accepted'])))
    .returning();
  if (!row) throw conflict('The initiative is no longer open');
  await writeAudit(tx, {
    action: 'initiative.accept',
    actor,
    targetType: 'initiative',
    targetId: id,
    requestId,
  });
  await announceInitiative(tx, actor, row, 'initiative.accepted');
}
