/**
 * The field view of an executing operation (GET …/field): the selected targets in the plan's visiting
 * order, and per target arrival, findings, referred victims and finish. Findings are decided per reader:
 * a finding the reader may not see shows only that its authority recorded something here. Every read
 * is audited.
 */
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { auditRead } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { recordAttachments } from '../register/attachments.table.ts';
import { loadRecordPolicies } from '../register/records.policy.ts';
import { records } from '../register/records.table.ts';
import { operationRecords, victimReferrals } from './field.tables.ts';
import { loadOperation, type OperationAccess } from './operations.access.ts';
import { selectedTargets, targetFacts } from './plan.cards.ts';
import { actionPlanKey } from './plan.schemas.ts';
import { operationPlans, planShares } from './plan.tables.ts';

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
  await auditRead(db, {
    action: 'operation.field.read',
    actor,
    targetType: 'operation',
    targetId: operationId,
    requestId,
    details: { records: visibleIds },
  });
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
