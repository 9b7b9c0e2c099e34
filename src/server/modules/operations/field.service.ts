/**
 * The field view of an executing operation: the selected targets in visiting order, and per target
 * arrival, findings, possible victims referred to the assistance system, photos and finish.
 *
 * A finding is a register record: created through the register's createRecord (owner = the finder's
 * authority, categories = that authority's operational category, proposals, audit and record event as
 * for any record), in the same transaction as its operation_records link, so the finding reaches
 * another authority only through a disclosure. Others in the operation see only that "authority X
 * recorded a finding here". Field actions are open to members while the operation is `executing`; each
 * change is audited and announced to the command as an operation event carrying ids only.
 */
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { getCompetenceConfig } from '../competence/competence.service.ts';
import { addAttachment } from '../register/attachments.service.ts';
import { recordAttachments } from '../register/attachments.table.ts';
import { legalBasisOf } from '../register/legal-basis.ts';
import { loadRecordPolicies } from '../register/records.policy.ts';
import { createRecord } from '../register/records.service.ts';
import { records } from '../register/records.table.ts';
import { assertTargetsVisible, requireTarget } from '../register/targets.policy.ts';
import { onceByClientId } from './field.idempotency.ts';
import type { TFinding } from './field.schemas.ts';
import { loadOperation, lockOperation, type OperationAccess } from './operations.access.ts';
import { emitOperationEvent } from './operations.events.ts';
import {
  operationPlans,
  operationRecords,
  operationTargets,
  planShares,
  victimReferrals,
} from './operations.tables.ts';
import { selectedTargets, targetFacts } from './plan.cards.ts';
import { PRIMARY_CATEGORY } from './plan.prefill.ts';
import { actionPlanKey } from './plan.schemas.ts';

/** Loads the operation and the target for a field action: member, executing, a selected target. */
async function openTarget(db: Db, actor: Actor, operationId: string, operationTargetId: string) {
  const access = await loadOperation(db, actor, operationId);
  const [target] = await db
    .select()
    .from(operationTargets)
    .where(
      and(
        eq(operationTargets.id, operationTargetId),
        eq(operationTargets.operationId, operationId),
        eq(operationTargets.decision, 'selected'),
      ),
    );
  if (!target) throw notFound('Target');
  return { access, target };
}

/** Inside the change's transaction: the operation row locked and still executing. */
async function assertExecuting(tx: Db, actor: Actor, access: OperationAccess) {
  await lockOperation(tx, access.operation.id);
  const { operation } = await loadOperation(tx, actor, access.operation.id);
  if (operation.status !== 'executing')
    throw conflict('Field actions are possible only while the operation is executing', {
      unmet: ['wrong_state'],
    });
}

/** The newest plan version the reader may read (for the visiting order and action plans). */
async function readablePlan(db: Db, actor: Actor, access: OperationAccess) {
  const versions = await db
    .select()
    .from(operationPlans)
    .where(and(eq(operationPlans.operationId, access.operation.id), eq(operationPlans.status, 'approved')))
    .orderBy(desc(operationPlans.version))
    .limit(1);
  const plan = versions[0];
  if (!plan) return { order: undefined, readable: null };
  const lead = actor.authority === access.operation.leadAuthority;
  const shared =
    lead ||
    (
      await db
        .select({ id: planShares.id })
        .from(planShares)
        .where(and(eq(planShares.planId, plan.id), eq(planShares.toAuthority, actor.authority)))
    ).length > 0;
  // The order of visits is operational, not content: every member follows it.
  return { order: plan.sections, readable: shared ? plan.sections : null };
}

/** GET …/field: every selected target with its field state, findings decided per reader. */
export async function getField(db: Db, actor: Actor, operationId: string, requestId: string) {
  const access = await loadOperation(db, actor, operationId);
  const { order, readable } = await readablePlan(db, actor, access);
  const targets = await selectedTargets(db, operationId, order);
  const facts = await targetFacts(db, actor, targets);
  const ids = targets.map((t) => t.id);
  const links = ids.length
    ? await db.select().from(operationRecords).where(inArray(operationRecords.operationTargetId, ids))
    : [];
  const policies = await loadRecordPolicies(
    db,
    links.map((l) => l.recordId),
  );
  const visibleIds = links
    .map((l) => l.recordId)
    .filter((id) => {
      const p = policies.get(id);
      return p && decide(actor, 'read', p).allowed;
    });
  const recordRows = visibleIds.length
    ? await db
        .select({ id: records.id, title: records.title, createdAt: records.createdAt })
        .from(records)
        .where(inArray(records.id, visibleIds))
    : [];
  const attachmentCounts = visibleIds.length
    ? await db
        .select({ recordId: recordAttachments.recordId, n: count() })
        .from(recordAttachments)
        .where(inArray(recordAttachments.recordId, visibleIds))
        .groupBy(recordAttachments.recordId)
    : [];
  const referrals = ids.length
    ? await db.select().from(victimReferrals).where(inArray(victimReferrals.operationTargetId, ids))
    : [];
  const recordById = new Map(recordRows.map((r) => [r.id, r]));
  await db.transaction((tx) =>
    writeAudit(tx, {
      action: 'operation.field.read',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId,
      details: { records: visibleIds },
    }),
  );
  return {
    operationId,
    reference: access.operation.reference,
    title: access.operation.title,
    status: access.operation.status,
    open: access.operation.status === 'executing',
    you: { authority: actor.authority, lead: access.lead },
    targets: targets.map((t, i) => {
      const f = facts.get(t.id);
      return {
        operationTargetId: t.id,
        position: i + 1,
        targetType: t.targetType,
        targetId: t.targetId,
        hidden: f?.hidden ?? true,
        name: f?.name ?? null,
        address: f?.worksite?.address ?? f?.address ?? null,
        municipality: f?.worksite?.municipality ?? f?.municipality ?? null,
        mapUrl: f?.mapUrl ?? null,
        actionPlan: readable ? (readable[actionPlanKey(t.id)] ?? t.actionPlan) : null,
        arrivedAt: t.arrivedAt?.toISOString() ?? null,
        finishedAt: t.finishedAt?.toISOString() ?? null,
        visited: t.visited,
        note: t.fieldNote,
        findings: links
          .filter((l) => l.operationTargetId === t.id)
          .map((l) => {
            const policy = policies.get(l.recordId);
            const row = recordById.get(l.recordId);
            return row
              ? {
                  recordId: l.recordId,
                  ownerAuthority: policy?.ownerAuthority ?? '',
                  visible: true,
                  area: l.findingArea,
                  iloIndicators: l.iloIndicators,
                  title: row.title,
                  createdAt: row.createdAt.toISOString(),
                  attachments: attachmentCounts.find((a) => a.recordId === l.recordId)?.n ?? 0,
                }
              : {
                  recordId: l.recordId,
                  ownerAuthority: policy?.ownerAuthority ?? '',
                  visible: false,
                  area: null,
                  iloIndicators: [],
                  title: null,
                  createdAt: null,
                  attachments: 0,
                };
          }),
        referrals: referrals
          .filter((r) => r.operationTargetId === t.id)
          .map((r) => ({
            id: r.id,
            authority: r.authority,
            persons: r.persons,
            referredTo: r.referredTo,
            referredAt: r.referredAt.toISOString(),
          })),
      };
    }),
  };
}

const fieldAudit = (
  tx: Db,
  actor: Actor,
  operationId: string,
  action: string,
  requestId: string,
  details: Record<string, unknown>,
) => writeAudit(tx, { action, actor, targetType: 'operation', targetId: operationId, requestId, details });

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

/** POST …/findings: a register record owned by the finder's authority, linked to the target. */
export async function recordFinding(
  db: Db,
  actor: Actor,
  operationId: string,
  operationTargetId: string,
  input: TFinding,
  requestId: string,
  clientId?: string,
) {
  const { access, target } = await openTarget(db, actor, operationId, operationTargetId);
  const category = PRIMARY_CATEGORY[actor.authority as AuthorityCode];
  if (!category) throw forbidden('Your authority has no category for field findings in the competence map');
  const config = await getCompetenceConfig(db);
  const secrecyBasis =
    input.secrecyBasis?.trim() ||
    legalBasisOf(config.categories.find((c) => c.code === category)?.secrecyBasis ?? []) ||
    undefined;
  // The record is about the target only if the finder may see the target (else linked via the operation).
  const ref = { type: target.targetType, id: target.targetId };
  const targets = await assertTargetsVisible(db, actor, [ref]).then(
    () => [ref],
    () => [],
  );
  const once = { operationId, operationTargetId, clientId, action: 'finding' as const };
  return db.transaction((tx) =>
    onceByClientId(tx, actor, once, async () => {
      await assertExecuting(tx, actor, access);
      const record = await createRecord(
        tx,
        actor,
        {
          kind: 'observation',
          title: input.title,
          body: input.body,
          classification: input.classification,
          secrecyBasis,
          categories: [category],
          containsPersonalData: true,
          targets,
        },
        requestId,
      );
      await tx.insert(operationRecords).values({
        operationId,
        recordId: record.id,
        operationTargetId,
        findingArea: input.area,
        iloIndicators: input.iloIndicators,
      });
      await fieldAudit(tx, actor, operationId, 'operation.field.finding', requestId, {
        operationTargetId,
        recordId: record.id,
        area: input.area,
        iloIndicators: input.iloIndicators,
      });
      await emitOperationEvent(tx, actor, operationId, 'operation.finding_recorded', {
        operationTargetId,
        recordId: record.id,
      });
      return {
        recordId: record.id,
        ownerAuthority: record.ownerAuthority,
        categories: record.categories,
        area: input.area,
        iloIndicators: input.iloIndicators,
        proposals: record.proposals.length,
      };
    }),
  );
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

/** POST …/findings/:recordId/photos: a photo attached to one's own finding (a register attachment). */
export async function addFindingPhoto(
  db: Db,
  actor: Actor,
  params: { operationId: string; operationTargetId: string; recordId: string },
  upload: { contentType: string | undefined; body: unknown; filename: string | undefined },
  requestId: string,
  clientId?: string,
) {
  const { access } = await openTarget(db, actor, params.operationId, params.operationTargetId);
  const [link] = await db
    .select()
    .from(operationRecords)
    .where(
      and(
        eq(operationRecords.operationId, params.operationId),
        eq(operationRecords.recordId, params.recordId),
        eq(operationRecords.operationTargetId, params.operationTargetId),
      ),
    );
  if (!link) throw notFound();
  if (!(upload.contentType ?? '').startsWith('image/'))
    throw new AppError('unsupported_media_type', 'A photo is image/jpeg or image/png');
  const once = {
    operationId: params.operationId,
    operationTargetId: params.operationTargetId,
    clientId,
    action: 'photo' as const,
  };
  return db.transaction((tx) =>
    onceByClientId(tx, actor, once, async () => {
      await assertExecuting(tx, actor, access);
      // The register decides (owner authority only) and checks the type against the content.
      const attachment = await addAttachment(tx, actor, params.recordId, upload, requestId);
      await emitOperationEvent(tx, actor, params.operationId, 'operation.finding_recorded', {
        operationTargetId: params.operationTargetId,
        recordId: params.recordId,
        attachmentId: attachment.id,
      });
      return attachment;
    }),
  );
}
