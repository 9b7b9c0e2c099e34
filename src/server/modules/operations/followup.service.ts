/**
 * Feedback and follow-up (palaute ja jälkitoimet): results per target and authority, follow-up tasks
 * with an owner authority and a deadline, and pre-trial investigations opened from the operation.
 * Members read them all (the case number of an investigation only its own authority); each authority
 * records for itself, the lead for anyone at the table.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { CRIME_TITLES, INVESTIGATING_AUTHORITIES } from './crime-titles.ts';
import type {
  ZCreateFollowUp,
  ZCreateInvestigation,
  ZResultBody,
  ZUpdateFollowUp,
} from './followup.schemas.ts';
import { followUps, operationInvestigations, targetResults } from './followup.tables.ts';
import { loadOperation, lockOperation, type OperationAccess } from './operations.access.ts';
import { emitOperationEvent } from './operations.events.ts';
import { assertOpen } from './operations.guards.ts';
import { operationTargets } from './selection.tables.ts';

/** An authority at the table: the lead, or a participant that accepted. */
const seated = (access: OperationAccess, authority: string) =>
  access.operation.leadAuthority === authority ||
  access.participants.some((p) => p.authority === authority && p.status === 'accepted');

const today = () => new Date().toISOString().slice(0, 10);

async function loadTarget(tx: Db, operationId: string, otid: string, selectedOnly: boolean) {
  const [target] = await tx
    .select()
    .from(operationTargets)
    .where(and(eq(operationTargets.id, otid), eq(operationTargets.operationId, operationId)));
  if (!target || (selectedOnly && target.decision !== 'selected')) throw notFound('Operation target');
  return target;
}

async function audited(
  tx: Db,
  actor: Actor,
  operationId: string,
  action: string,
  requestId: string,
  details = {},
) {
  await writeAudit(tx, { action, actor, targetType: 'operation', targetId: operationId, requestId, details });
}

// --- Results -----------------------------------------------------------------------------------------

export async function recordResult(
  db: Db,
  actor: Actor,
  operationId: string,
  otid: string,
  input: z.infer<typeof ZResultBody>,
  requestId: string,
) {
  return db.transaction(async (tx) => {
    await lockOperation(tx, operationId);
    const access = await loadOperation(tx, actor, operationId);
    if (!seated(access, actor.authority)) throw forbidden('Only an authority at the table records results');
    if (access.operation.status !== 'executing' && access.operation.status !== 'follow_up')
      throw conflict('Results are recorded during execution and follow-up', { unmet: ['wrong_state'] });
    await loadTarget(tx, operationId, otid, true);
    const values = {
      operationTargetId: otid,
      authority: actor.authority,
      outcome: input.outcome,
      summary: input.summary,
      recordedBy: actor.userId,
      recordedAt: new Date(),
    };
    const [row] = await tx
      .insert(targetResults)
      .values(values)
      .onConflictDoUpdate({ target: [targetResults.operationTargetId, targetResults.authority], set: values })
      .returning();
    await audited(tx, actor, operationId, 'operation.result.record', requestId, {
      operationTargetId: otid,
      outcome: input.outcome,
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.result_recorded', {
      operationTargetId: otid,
      authority: actor.authority,
      outcome: input.outcome,
    });
    return {
      operationTargetId: otid,
      authority: row!.authority,
      outcome: input.outcome,
      summary: row!.summary,
      recordedAt: row!.recordedAt.toISOString(),
    };
  });
}

export async function listResults(db: Db, actor: Actor, operationId: string, requestId: string) {
  return db.transaction(async (tx) => {
    await loadOperation(tx, actor, operationId);
    const rows = await tx
      .select({ result: targetResults })
      .from(targetResults)
      .innerJoin(operationTargets, eq(operationTargets.id, targetResults.operationTargetId))
      .where(eq(operationTargets.operationId, operationId))
      .orderBy(asc(targetResults.recordedAt));
    await audited(tx, actor, operationId, 'operation.results.read', requestId);
    return {
      items: rows.map(({ result: r }) => ({
        operationTargetId: r.operationTargetId,
        authority: r.authority,
        outcome: r.outcome as z.infer<typeof ZResultBody>['outcome'],
        summary: r.summary,
        recordedAt: r.recordedAt.toISOString(),
      })),
    };
  });
}

// --- Follow-ups --------------------------------------------------------------------------------------

type FollowUpRow = typeof followUps.$inferSelect;

function presentFollowUp(
  actor: Actor,
  access: OperationAccess,
  row: FollowUpRow,
  assigneeName: string | null,
) {
  return {
    id: row.id,
    title: row.title,
    authority: row.authority,
    assignee: row.assignee,
    assigneeName,
    dueOn: row.dueOn,
    status: row.status,
    outcome: row.outcome,
    operationTargetId: row.operationTargetId,
    overdue: row.status === 'open' && row.dueOn < today(),
    mayChange: access.lead || row.authority === actor.authority,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

async function followUpList(tx: Db, actor: Actor, access: OperationAccess) {
  const rows = await tx
    .select({ f: followUps, name: users.displayName })
    .from(followUps)
    .leftJoin(users, eq(users.id, followUps.assignee))
    .where(eq(followUps.operationId, access.operation.id))
    .orderBy(asc(followUps.dueOn), asc(followUps.createdAt));
  return { items: rows.map(({ f, name }) => presentFollowUp(actor, access, f, name)) };
}

export async function listFollowUps(db: Db, actor: Actor, operationId: string, requestId: string) {
  return db.transaction(async (tx) => {
    const access = await loadOperation(tx, actor, operationId);
    await audited(tx, actor, operationId, 'operation.follow_ups.read', requestId);
    return followUpList(tx, actor, access);
  });
}

export async function createFollowUp(
  db: Db,
  actor: Actor,
  operationId: string,
  input: z.infer<typeof ZCreateFollowUp>,
  requestId: string,
) {
  return db.transaction(async (tx) => {
    await lockOperation(tx, operationId);
    const access = await loadOperation(tx, actor, operationId);
    assertOpen(access.operation);
    if (!access.lead && (input.authority !== actor.authority || !seated(access, actor.authority)))
      throw forbidden(
        'A participant adds follow-ups for its own authority; the lead for anyone at the table',
      );
    if (!seated(access, input.authority))
      throw badRequest('That authority is not at the table', { problems: [{ path: 'authority' }] });
    if (input.operationTargetId) await loadTarget(tx, operationId, input.operationTargetId, false);
    if (input.assignee) {
      const [user] = await tx
        .select({ authority: users.authorityCode })
        .from(users)
        .where(eq(users.id, input.assignee));
      if (user?.authority !== input.authority)
        throw badRequest('The assignee must be an official of that authority', {
          problems: [{ path: 'assignee' }],
        });
    }
    const [row] = await tx
      .insert(followUps)
      .values({
        operationId,
        authority: input.authority,
        title: input.title,
        dueOn: input.dueOn,
        operationTargetId: input.operationTargetId ?? null,
        assignee: input.assignee ?? null,
        createdBy: actor.userId,
      })
      .returning();
    await audited(tx, actor, operationId, 'operation.follow_up.create', requestId, {
      followUpId: row!.id,
      authority: input.authority,
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.follow_up_changed', {
      followUpId: row!.id,
      authority: row!.authority,
      status: row!.status,
    });
    return presentFollowUp(actor, access, row!, null);
  });
}

export async function updateFollowUp(
  db: Db,
  actor: Actor,
  operationId: string,
  fid: string,
  input: z.infer<typeof ZUpdateFollowUp>,
  requestId: string,
) {
  return db.transaction(async (tx) => {
    await lockOperation(tx, operationId);
    const access = await loadOperation(tx, actor, operationId);
    // A task left open at closing (with the lead's reason) is still done afterwards; not once cancelled.
    if (access.operation.status === 'cancelled')
      throw conflict('The operation is cancelled', { unmet: ['wrong_state'] });
    const [before] = await tx
      .select()
      .from(followUps)
      .where(and(eq(followUps.id, fid), eq(followUps.operationId, operationId)));
    if (!before) throw notFound('Follow-up');
    if (!access.lead && before.authority !== actor.authority)
      throw forbidden('The owner authority or the lead changes a follow-up');
    const [row] = await tx
      .update(followUps)
      .set({
        status: input.status,
        outcome: input.outcome ?? before.outcome,
        completedAt: input.status === 'open' ? null : new Date(),
      })
      .where(eq(followUps.id, fid))
      .returning();
    await audited(tx, actor, operationId, 'operation.follow_up.update', requestId, {
      followUpId: fid,
      from: before.status,
      to: input.status,
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.follow_up_changed', {
      followUpId: fid,
      authority: row!.authority,
      status: row!.status,
    });
    const [name] = row!.assignee
      ? await tx.select({ n: users.displayName }).from(users).where(eq(users.id, row!.assignee))
      : [];
    return presentFollowUp(actor, access, row!, name?.n ?? null);
  });
}

// --- Investigations ----------------------------------------------------------------------------------

type InvestigationRow = typeof operationInvestigations.$inferSelect;

const presentInvestigation = (actor: Actor, row: InvestigationRow) => ({
  id: row.id,
  authority: row.authority,
  caseReference: row.authority === actor.authority ? row.caseReference : null,
  crimeTitle: row.crimeTitle,
  crimeSection: CRIME_TITLES.find((c) => c.code === row.crimeTitle)?.section ?? '',
  openedOn: row.openedOn,
  operationTargetId: row.operationTargetId,
  recordedAt: row.recordedAt.toISOString(),
});

export async function listInvestigations(db: Db, actor: Actor, operationId: string, requestId: string) {
  return db.transaction(async (tx) => {
    await loadOperation(tx, actor, operationId);
    const rows = await tx
      .select()
      .from(operationInvestigations)
      .where(eq(operationInvestigations.operationId, operationId))
      .orderBy(asc(operationInvestigations.openedOn));
    await audited(tx, actor, operationId, 'operation.investigations.read', requestId);
    return { items: rows.map((r) => presentInvestigation(actor, r)) };
  });
}

/** Links a pre-trial investigation; only an investigating authority at the table may. */
export async function linkInvestigation(
  db: Db,
  actor: Actor,
  operationId: string,
  input: z.infer<typeof ZCreateInvestigation>,
  requestId: string,
) {
  return db.transaction(async (tx) => {
    await lockOperation(tx, operationId);
    const access = await loadOperation(tx, actor, operationId);
    if (!(INVESTIGATING_AUTHORITIES as readonly string[]).includes(actor.authority as AuthorityCode))
      throw forbidden(
        'Only an investigating authority (police, NBI, Border Guard, Customs) links an investigation',
      );
    if (!seated(access, actor.authority)) throw forbidden('Your authority is not at the table');
    if (access.operation.status === 'cancelled')
      throw conflict('The operation is cancelled', { unmet: ['wrong_state'] });
    if (input.operationTargetId) await loadTarget(tx, operationId, input.operationTargetId, false);
    const [row] = await tx
      .insert(operationInvestigations)
      .values({
        operationId,
        authority: actor.authority,
        caseReference: input.caseReference,
        crimeTitle: input.crimeTitle,
        openedOn: input.openedOn,
        operationTargetId: input.operationTargetId ?? null,
        recordedBy: actor.userId,
      })
      .returning();
    await audited(tx, actor, operationId, 'operation.investigation.link', requestId, {
      investigationId: row!.id,
      crimeTitle: input.crimeTitle,
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.updated', {
      investigationId: row!.id,
      crimeTitle: input.crimeTitle,
    });
    return presentInvestigation(actor, row!);
  });
}
