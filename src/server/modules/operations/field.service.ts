/**
 * Field actions at a target of an executing operation: the arrival, possible victims referred to the
 * assistance system, and the finish (visited, or not visited with a note). Findings and their photos
 * are field.findings.ts, the view field.views.ts.
 *
 * Field actions are open to members while the operation is `executing` (field.guards.ts); each change
 * is audited and announced to the command as an operation event carrying ids only.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError, conflict } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { requireTarget } from '../register/targets.policy.ts';
import { assertExecuting, fieldAudit, openTarget } from './field.guards.ts';
import { onceByClientId } from './field.idempotency.ts';
import { victimReferrals } from './field.tables.ts';
import { emitOperationEvent } from './operations.events.ts';
import { operationTargets } from './selection.tables.ts';

/** POST …/arrival: the first arrival time is kept (a retried send changes nothing). */
export async function recordArrival(
  db: Db,
  actor: Actor,
  operationId: string,
  operationTargetId: string,
  at: string | undefined,
  requestId: string,
) {
  const { access } = await openTarget(db, actor, operationId, operationTargetId);
  return db.transaction(async (tx) => {
    await assertExecuting(tx, actor, access);
    const [current] = await tx
      .select()
      .from(operationTargets)
      .where(eq(operationTargets.id, operationTargetId));
    if (current?.arrivedAt) return { operationTargetId, arrivedAt: current.arrivedAt.toISOString() };
    const arrivedAt = at ? new Date(at) : new Date();
    await tx.update(operationTargets).set({ arrivedAt }).where(eq(operationTargets.id, operationTargetId));
    await fieldAudit(tx, actor, operationId, 'operation.field.arrive', requestId, {
      operationTargetId,
      at: arrivedAt.toISOString(),
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.arrived', { operationTargetId });
    return { operationTargetId, arrivedAt: arrivedAt.toISOString() };
  });
}

/** POST …/referrals: possible victims referred to the assistance system, with the time of referral. */
export async function recordReferral(
  db: Db,
  actor: Actor,
  operationId: string,
  operationTargetId: string,
  input: {
    persons: number;
    referredAt?: string | undefined;
    personId?: string | undefined;
    referredTo: string;
  },
  requestId: string,
  clientId?: string,
) {
  const { access } = await openTarget(db, actor, operationId, operationTargetId);
  if (input.personId) await requireTarget(db, actor, 'person', input.personId);
  const once = { operationId, operationTargetId, clientId, action: 'referral' as const };
  return db.transaction((tx) =>
    onceByClientId(tx, actor, once, async () => {
      await assertExecuting(tx, actor, access);
      const [row] = await tx
        .insert(victimReferrals)
        .values({
          operationTargetId,
          authority: actor.authority,
          persons: input.persons,
          personId: input.personId ?? null,
          referredTo: input.referredTo,
          referredAt: input.referredAt ? new Date(input.referredAt) : new Date(),
          recordedBy: actor.userId,
        })
        .returning();
      await fieldAudit(tx, actor, operationId, 'operation.field.referral', requestId, {
        operationTargetId,
        referralId: row!.id,
        persons: row!.persons,
        referredTo: row!.referredTo,
        withPerson: row!.personId !== null,
      });
      await emitOperationEvent(tx, actor, operationId, 'operation.victim_referred', {
        operationTargetId,
        referralId: row!.id,
      });
      return {
        id: row!.id,
        authority: row!.authority,
        persons: row!.persons,
        referredTo: row!.referredTo,
        referredAt: row!.referredAt.toISOString(),
      };
    }),
  );
}

/** POST …/finish: visited (after arrival) or not visited with a note; a later finish corrects it. */
export async function finishTarget(
  db: Db,
  actor: Actor,
  operationId: string,
  operationTargetId: string,
  input: { visited: boolean; note: string; at?: string | undefined },
  requestId: string,
) {
  const { access } = await openTarget(db, actor, operationId, operationTargetId);
  if (!input.visited && !input.note)
    throw new AppError('validation_failed', 'body.note: say why the target was not visited', {
      issues: [{ field: 'body.note', message: 'say why the target was not visited' }],
    });
  return db.transaction(async (tx) => {
    await assertExecuting(tx, actor, access);
    const [current] = await tx
      .select()
      .from(operationTargets)
      .where(eq(operationTargets.id, operationTargetId));
    if (input.visited && !current?.arrivedAt)
      throw conflict('Record the arrival before finishing a visit', { unmet: ['not_arrived'] });
    const finishedAt = current?.finishedAt ?? (input.at ? new Date(input.at) : new Date());
    await tx
      .update(operationTargets)
      .set({ finishedAt, visited: input.visited, fieldNote: input.note })
      .where(eq(operationTargets.id, operationTargetId));
    await fieldAudit(tx, actor, operationId, 'operation.field.finish', requestId, {
      operationTargetId,
      visited: input.visited,
      correction: current?.finishedAt != null,
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.target_finished', {
      operationTargetId,
      visited: input.visited,
    });
    return {
      operationTargetId,
      finishedAt: finishedAt.toISOString(),
      visited: input.visited,
      note: input.note,
    };
  });
}
