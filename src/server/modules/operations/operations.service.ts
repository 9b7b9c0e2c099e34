/**
 * Operations: create (with the lead's seat and the seed agenda, in one transaction), list, read,
 * change and transition. Who may see is operations.access.ts; state changes go only through
 * transitions.service.ts. Every read of an operation is audited (it is non-public data).
 */
import { and, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { CASEWORK_ROLES } from '../../../contracts/roles.ts';
import { AUDIT_CHAIN_LOCK, auditRead, writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import { type Actor, hasRole } from '../../platform/policy/actor.ts';
import { seedAgenda } from './agenda.service.ts';
import { clockItems } from './clock.tables.ts';
import { followUps } from './followup.tables.ts';
import { loadInitiative } from './initiatives.access.ts';
import { acceptInitiative } from './initiatives.service.ts';
import {
  loadOperation,
  loadOperationAsLead,
  lockOperation,
  type OperationAccess,
} from './operations.access.ts';
import { emitOperationEvent } from './operations.events.ts';
import { assertOpen } from './operations.guards.ts';
import type {
  TCreateOperation,
  TOperation,
  TOperationSummary,
  TUpdateOperation,
} from './operations.schemas.ts';
import type { Transition } from './operations.states.ts';
import { operationParticipants, operations } from './operations.tables.ts';
import { operationTargets } from './selection.tables.ts';
import { applyTransition, transitionChecks } from './transitions.service.ts';

type OperationRow = OperationAccess['operation'];
type ParticipantRow = OperationAccess['participants'][number];

async function counts(db: Db, ids: string[]) {
  if (!ids.length) return { selected: new Map<string, number>(), open: new Map<string, number>() };
  const selected = await db
    .select({ id: operationTargets.operationId, n: count() })
    .from(operationTargets)
    .where(and(inArray(operationTargets.operationId, ids), eq(operationTargets.decision, 'selected')))
    .groupBy(operationTargets.operationId);
  const open = await db
    .select({ id: followUps.operationId, n: count() })
    .from(followUps)
    .where(and(inArray(followUps.operationId, ids), eq(followUps.status, 'open')))
    .groupBy(followUps.operationId);
  return {
    selected: new Map(selected.map((r) => [r.id, r.n])),
    open: new Map(open.map((r) => [r.id, r.n])),
  };
}

const leadFirst = (a: ParticipantRow, b: ParticipantRow) =>
  (a.role === 'lead' ? 0 : 1) - (b.role === 'lead' ? 0 : 1) || a.invitedAt.getTime() - b.invitedAt.getTime();

function summary(
  row: OperationRow,
  participants: ParticipantRow[],
  c: Awaited<ReturnType<typeof counts>>,
): TOperationSummary {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    leadAuthority: row.leadAuthority,
    status: row.status,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    participants: [...participants]
      .sort(leadFirst)
      .map((p) => ({ authority: p.authority, role: p.role, status: p.status })),
    selectedTargets: c.selected.get(row.id) ?? 0,
    openFollowUps: c.open.get(row.id) ?? 0,
  };
}

/** The operation as its members see it, with the transitions the actor could make now. */
export async function presentOperation(tx: Db, actor: Actor, access: OperationAccess): Promise<TOperation> {
  const [row] = await tx.select().from(operations).where(eq(operations.id, access.operation.id));
  const participants = await tx
    .select()
    .from(operationParticipants)
    .where(eq(operationParticipants.operationId, access.operation.id));
  const c = await counts(tx, [row!.id]);
  const checks = await transitionChecks(tx, { ...access, operation: row!, participants }, actor);
  return {
    ...summary(row!, participants, c),
    participants: [...participants].sort(leadFirst).map((p) => ({
      authority: p.authority,
      role: p.role,
      status: p.status,
      supervises: p.supervises,
      contact: p.contact,
      resources: p.resources,
      declineReason: p.declineReason,
      invitedAt: p.invitedAt.toISOString(),
      respondedAt: p.respondedAt?.toISOString() ?? null,
    })),
    goal: row!.goal,
    issueAreas: row!.issueAreas,
    sectors: row!.sectors,
    municipalities: row!.municipalities,
    meetingAt: row!.meetingAt?.toISOString() ?? null,
    meetingPlace: row!.meetingPlace,
    lessonsLearned: row!.lessonsLearned,
    closingReason: row!.closingReason,
    closedAt: row!.closedAt?.toISOString() ?? null,
    initiativeId: row!.initiativeId,
    clockItemId: row!.clockItemId,
    riskWeights: row!.riskWeights,
    createdAt: row!.createdAt.toISOString(),
    you: { lead: access.lead, authority: actor.authority },
    transitions: checks.map(({ name, check }) => ({ name, allowed: check.allowed, unmet: check.unmet })),
  };
}

/** OP-<year>-<serial>, serialised by the audit chain's lock (taken by writeAudit anyway). */
async function nextReference(tx: Db): Promise<string> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const year = new Date().getFullYear();
  const [row] = await tx
    .select({ n: count() })
    .from(operations)
    .where(sql`${operations.reference} LIKE ${`OP-${year}-%`}`);
  return `OP-${year}-${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}

export async function createOperation(
  db: Db,
  actor: Actor,
  input: TCreateOperation,
  requestId: string,
): Promise<TOperation> {
  if (input.initiativeId) {
    const { initiative } = await loadInitiative(db, actor, input.initiativeId);
    if (initiative.status !== 'open' && initiative.status !== 'accepted')
      throw conflict(`The initiative is ${initiative.status}`);
  }
  if (input.clockItemId) {
    const [item] = await db
      .select({ id: clockItems.id })
      .from(clockItems)
      .where(eq(clockItems.id, input.clockItemId));
    if (!item) throw notFound('Clock item');
  }
  return db.transaction(async (tx) => {
    const reference = await nextReference(tx);
    const [row] = await tx
      .insert(operations)
      .values({
        reference,
        title: input.title,
        leadAuthority: actor.authority,
        initiativeId: input.initiativeId ?? null,
        clockItemId: input.clockItemId ?? null,
        issueAreas: input.issueAreas,
        sectors: input.sectors,
        municipalities: input.municipalities,
        goal: input.goal,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        createdBy: actor.userId,
      })
      .returning();
    const operationId = row!.id;
    await tx.insert(operationParticipants).values({
      operationId,
      authority: actor.authority,
      role: 'lead',
      status: 'accepted',
      invitedBy: actor.userId,
      respondedAt: new Date(),
    });
    await seedAgenda(tx, operationId);
    if (input.initiativeId) await acceptInitiative(tx, actor, input.initiativeId, requestId);
    await writeAudit(tx, {
      action: 'operation.create',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId,
      details: {
        reference,
        initiativeId: input.initiativeId ?? null,
        clockItemId: input.clockItemId ?? null,
      },
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.created', { status: row!.status });
    return presentOperation(tx, actor, await loadOperation(tx, actor, operationId));
  });
}

/** Operations the actor's authority leads or takes part in (invited or accepted), newest first. */
export async function listOperations(
  db: Db,
  actor: Actor,
  status: TOperation['status'] | undefined,
  requestId: string,
): Promise<{ items: TOperationSummary[] }> {
  if (!hasRole(actor, ...CASEWORK_ROLES)) return { items: [] };
  const member = or(
    eq(operations.leadAuthority, actor.authority),
    sql`EXISTS (SELECT 1 FROM ${operationParticipants} p WHERE p.operation_id = ${operations.id}
      AND p.authority = ${actor.authority} AND p.status IN ('invited', 'accepted'))`,
  );
  const rows = await db
    .select()
    .from(operations)
    .where(status ? and(member, eq(operations.status, status)) : member)
    .orderBy(desc(operations.createdAt))
    .limit(500);
  const ids = rows.map((r) => r.id);
  const seats = ids.length
    ? await db.select().from(operationParticipants).where(inArray(operationParticipants.operationId, ids))
    : [];
  const c = await counts(db, ids);
  const items = rows.map((row) =>
    summary(
      row,
      seats.filter((s) => s.operationId === row.id),
      c,
    ),
  );
  if (items.length) {
    await auditRead(db, {
      action: 'operation.list',
      actor,
      targetType: 'operation',
      requestId,
      details: { ids },
    });
  }
  return { items };
}

export async function getOperation(db: Db, actor: Actor, id: string, requestId: string): Promise<TOperation> {
  return db.transaction(async (tx) => {
    const access = await loadOperation(tx, actor, id);
    await writeAudit(tx, {
      action: 'operation.read',
      actor,
      targetType: 'operation',
      targetId: id,
      requestId,
    });
    return presentOperation(tx, actor, access);
  });
}

export async function updateOperation(
  db: Db,
  actor: Actor,
  id: string,
  input: TUpdateOperation,
  requestId: string,
): Promise<TOperation> {
  return db.transaction(async (tx) => {
    await lockOperation(tx, id);
    const access = await loadOperationAsLead(tx, actor, id);
    assertOpen(access.operation);
    const startsOn = input.startsOn === undefined ? access.operation.startsOn : input.startsOn;
    const endsOn = input.endsOn === undefined ? access.operation.endsOn : input.endsOn;
    if (startsOn && endsOn && startsOn > endsOn)
      throw badRequest('endsOn must not be before startsOn', { problems: [{ path: 'endsOn' }] });
    const { meetingAt, ...rest } = input;
    await tx
      .update(operations)
      .set({
        ...rest,
        ...(meetingAt === undefined ? {} : { meetingAt: meetingAt ? new Date(meetingAt) : null }),
        updatedAt: new Date(),
      })
      .where(eq(operations.id, id));
    await writeAudit(tx, {
      action: 'operation.update',
      actor,
      targetType: 'operation',
      targetId: id,
      requestId,
      details: { fields: Object.keys(input) },
    });
    await emitOperationEvent(tx, actor, id, 'operation.updated', { fields: Object.keys(input) });
    return presentOperation(tx, actor, access);
  });
}

/** POST …/transitions: any member may ask; a non-lead gets 409 with `not_lead` among the unmet. */
export async function transitionOperation(
  db: Db,
  actor: Actor,
  id: string,
  transition: Transition,
  reason: string | undefined,
  requestId: string,
): Promise<TOperation> {
  return db.transaction(async (tx) => {
    const access = await loadOperation(tx, actor, id);
    // Approval marks a plan version approved as well: it belongs to the plan module's use case.
    if (transition === 'approve_plan')
      throw badRequest('A plan is approved through POST /api/operations/:id/plan/approve', {
        problems: [{ path: 'transition', message: 'approve the plan version instead' }],
      });
    await applyTransition(tx, actor, access, transition, reason ?? null, requestId);
    return presentOperation(tx, actor, access);
  });
}
