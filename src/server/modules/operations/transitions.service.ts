/**
 * Operation transitions: the facts the state machine (operations.states.ts) needs, read inside the
 * caller's transaction, and `applyTransition`, the ONE way an operation changes state — used by
 * POST /api/operations/:id/transitions and by the plan module (approve_plan inside its own transaction).
 */
import { and, count, desc, eq, ne, notExists, sql } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { followUps, targetResults } from './followup.tables.ts';
import {
  lockOperation,
  type OperationAccess,
  type OperationRow,
  operationAccess,
} from './operations.access.ts';
import { emitOperationEvent } from './operations.events.ts';
import {
  checkTransition,
  TRANSITION_NAMES,
  type Transition,
  type TransitionCheck,
  type TransitionFacts,
} from './operations.states.ts';
import { agendaItems, operationParticipants, operations } from './operations.tables.ts';
import { operationPlans, planShares } from './plan.tables.ts';
import { operationTargets } from './selection.tables.ts';

/**
 * Reads every fact the preconditions look at, fresh from the database (the status too: `access` may
 * have been loaded before the row was locked).
 */
export async function gatherFacts(
  tx: Db,
  access: OperationAccess,
  actor: Actor,
  reason: string | null,
): Promise<TransitionFacts> {
  const operationId = access.operation.id;
  const [operation] = await tx.select().from(operations).where(eq(operations.id, operationId));
  if (!operation) throw notFound('Operation');
  const participants = await tx
    .select()
    .from(operationParticipants)
    .where(eq(operationParticipants.operationId, operationId));
  const decided = await tx
    .select({ itemKey: agendaItems.itemKey })
    .from(agendaItems)
    .where(and(eq(agendaItems.operationId, operationId), sql`btrim(${agendaItems.decision}) <> ''`));
  const selected = and(
    eq(operationTargets.operationId, operationId),
    eq(operationTargets.decision, 'selected'),
  );
  const [targetCounts] = await tx
    .select({
      selected: count(),
      notFinished: sql<number>`count(*) filter (where ${operationTargets.finishedAt} is null)`.mapWith(
        Number,
      ),
    })
    .from(operationTargets)
    .where(selected);
  const [withoutResult] = await tx
    .select({ n: count() })
    .from(operationTargets)
    .where(
      and(
        selected,
        notExists(
          tx
            .select({ one: sql`1` })
            .from(targetResults)
            .where(eq(targetResults.operationTargetId, operationTargets.id)),
        ),
      ),
    );
  const [latestPlan] = await tx
    .select({ status: operationPlans.status })
    .from(operationPlans)
    .where(eq(operationPlans.operationId, operationId))
    .orderBy(desc(operationPlans.version))
    .limit(1);
  const [approvedPlan] = await tx
    .select({ id: operationPlans.id })
    .from(operationPlans)
    .where(and(eq(operationPlans.operationId, operationId), eq(operationPlans.status, 'approved')))
    .orderBy(desc(operationPlans.version))
    .limit(1);
  const sharedWith = approvedPlan
    ? (
        await tx
          .select({ authority: planShares.toAuthority })
          .from(planShares)
          .where(eq(planShares.planId, approvedPlan.id))
      ).map((s) => s.authority)
    : [];
  const [open] = await tx
    .select({ n: count() })
    .from(followUps)
    .where(and(eq(followUps.operationId, operationId), eq(followUps.status, 'open')));
  return {
    status: operation.status,
    actorIsLead: operationAccess(actor, operation, participants).lead,
    decidedAgendaItems: decided.map((d) => d.itemKey),
    selectedTargets: targetCounts?.selected ?? 0,
    latestPlanStatus: latestPlan?.status ?? null,
    participantsWithoutPlan: participants
      .filter(
        (p) =>
          p.status === 'accepted' &&
          p.role !== 'lead' &&
          p.authority !== operation.leadAuthority &&
          !sharedWith.includes(p.authority),
      )
      .map((p) => p.authority),
    targetsNotFinished: targetCounts?.notFinished ?? 0,
    targetsWithoutResult: withoutResult?.n ?? 0,
    openFollowUps: open?.n ?? 0,
    reason: reason?.trim() ? reason.trim() : null,
  };
}

/** Every transition with whether it is allowed now and what is unmet (for the operation view). */
export async function transitionChecks(
  tx: Db,
  access: OperationAccess,
  actor: Actor,
): Promise<{ name: Transition; check: TransitionCheck }[]> {
  const facts = await gatherFacts(tx, access, actor, null);
  return TRANSITION_NAMES.map((name) => ({ name, check: checkTransition(name, facts) }));
}

/**
 * Makes a transition inside the caller's transaction: locks the operation, gathers the facts, asks the
 * state machine, and on success updates the status (closing/cancelling records the reason and the
 * time), writes the audit row and emits `operation.transitioned`. A refused transition throws 409
 * `conflict` with `details.unmet` listing every unmet precondition, and changes nothing.
 */
export async function applyTransition(
  tx: Db,
  actor: Actor,
  access: OperationAccess,
  transition: Transition,
  reason: string | null = null,
  requestId: string | null = null,
): Promise<OperationRow> {
  await lockOperation(tx, access.operation.id);
  const facts = await gatherFacts(tx, access, actor, reason);
  const check = checkTransition(transition, facts);
  if (!check.allowed) {
    throw conflict(`The transition '${transition}' is not possible now`, {
      transition,
      unmet: check.unmet,
    });
  }
  const closing = transition === 'close' || transition === 'cancel';
  const [updated] = await tx
    .update(operations)
    .set({
      status: check.to,
      updatedAt: new Date(),
      ...(closing ? { closedAt: new Date(), closingReason: facts.reason } : {}),
    })
    .where(and(eq(operations.id, access.operation.id), ne(operations.status, check.to)))
    .returning();
  if (!updated)
    throw conflict(`The transition '${transition}' is not possible now`, { unmet: ['wrong_state'] });
  await writeAudit(tx, {
    action: 'operation.transition',
    actor,
    targetType: 'operation',
    targetId: updated.id,
    requestId,
    details: {
      transition,
      from: facts.status,
      to: check.to,
      openFollowUps: facts.openFollowUps,
      reasonGiven: facts.reason !== null,
    },
  });
  await emitOperationEvent(tx, actor, updated.id, 'operation.transitioned', {
    transition,
    from: facts.status,
    status: check.to,
  });
  return updated;
}
