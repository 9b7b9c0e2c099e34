/**
 * Writing the supervision plan: versions and approval.
 *
 * - Saving writes a NEW draft version (the lead, while planning); versions are never edited.
 * - Approval is the lead's `approve_plan` transition (applyTransition, same transaction): the newest
 *   draft becomes approved and every older version superseded.
 *
 * Sharing an approved version is plan.share.ts; reading the plan, plan.views.ts.
 */
import { and, desc, eq, ne } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, conflict } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { getCompetenceConfig } from '../competence/competence.service.ts';
import {
  loadOperation,
  loadOperationAsLead,
  lockOperation,
  type OperationAccess,
} from './operations.access.ts';
import { emitOperationEvent } from './operations.events.ts';
import { selectedTargets } from './plan.cards.ts';
import { PRIMARY_CATEGORY } from './plan.prefill.ts';
import { actionPlanKey, interpretationKey, type TSavePlan, VISIT_ORDER_KEY } from './plan.schemas.ts';
import { operationPlans } from './plan.tables.ts';
import { operationTargets } from './selection.tables.ts';
import { applyTransition } from './transitions.service.ts';

type PlanRow = typeof operationPlans.$inferSelect;

/** PUT …/plan: a new draft version (the lead, in planning); also the targets' current action plans. */
export async function savePlan(
  db: Db,
  actor: Actor,
  operationId: string,
  body: TSavePlan,
  requestId: string,
) {
  const access = await loadOperationAsLead(db, actor, operationId);
  if (body.categories) {
    const known = new Set((await getCompetenceConfig(db)).categories.map((c) => c.code));
    const unknown = body.categories.filter((c) => !known.has(c));
    if (unknown.length)
      throw new AppError('validation_failed', `body.categories: unknown category ${unknown.join(', ')}`, {
        issues: [{ field: 'body.categories', message: `unknown category ${unknown.join(', ')}` }],
      });
  }
  return db.transaction(async (tx) => {
    await lockOperation(tx, operationId);
    const { operation } = await loadOperation(tx, actor, operationId);
    if (operation.status !== 'planning')
      throw conflict('The plan can be changed only while planning', { unmet: ['wrong_state'] });
    const selected = await selectedTargets(tx, operationId);
    const selectedIds = new Set(selected.map((t) => t.id));
    const strays = body.targets.filter((t) => !selectedIds.has(t.operationTargetId));
    if (strays.length)
      throw new AppError('validation_failed', 'body.targets: not a selected target of this operation', {
        issues: [{ field: 'body.targets', message: 'not a selected target of this operation' }],
      });
    const given = new Map(body.targets.map((t) => [t.operationTargetId, t]));
    // Visiting order: as given, then any selected target the body left out (in its stored order).
    const order = [...body.targets.map((t) => t.operationTargetId), ...selected.map((t) => t.id)].filter(
      (id, i, all) => all.indexOf(id) === i,
    );
    const sections: Record<string, string> = { ...body.sections, [VISIT_ORDER_KEY]: order.join(',') };
    for (const t of selected) {
      const entry = given.get(t.id);
      const actionPlan = entry?.actionPlan ?? t.actionPlan;
      const interpretation = entry ? [...new Set(entry.interpretation)] : t.interpretation;
      sections[actionPlanKey(t.id)] = actionPlan;
      sections[interpretationKey(t.id)] = interpretation.join(',');
      if (entry)
        await tx
          .update(operationTargets)
          .set({ actionPlan, interpretation })
          .where(eq(operationTargets.id, t.id));
    }
    const [latest] = await tx
      .select()
      .from(operationPlans)
      .where(eq(operationPlans.operationId, operationId))
      .orderBy(desc(operationPlans.version))
      .limit(1);
    const [row] = await tx
      .insert(operationPlans)
      .values({
        operationId,
        version: (latest?.version ?? 0) + 1,
        status: 'draft',
        sections,
        categories: body.categories ?? latest?.categories ?? defaultCategories(access),
        createdBy: actor.userId,
      })
      .returning();
    await writeAudit(tx, {
      action: 'operation.plan.save',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId,
      details: { planId: row!.id, version: row!.version, categories: row!.categories },
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.plan_saved', {
      planId: row!.id,
      version: row!.version,
    });
    return { id: row!.id, version: row!.version, status: row!.status };
  });
}

/** A plan saved without categories carries the lead authority's operational information. */
function defaultCategories(access: OperationAccess): string[] {
  const primary = PRIMARY_CATEGORY[access.operation.leadAuthority as AuthorityCode];
  return primary ? [primary] : [];
}

/**
 * POST …/plan/approve: the `approve_plan` transition and the version's approval in one transaction —
 * if the transition's preconditions fail (409 with every unmet one) nothing is approved.
 */
export async function approvePlan(db: Db, actor: Actor, operationId: string, requestId: string) {
  const access = await loadOperation(db, actor, operationId);
  return db.transaction(async (tx) => {
    await applyTransition(tx, actor, access, 'approve_plan', null, requestId);
    const [draft] = await tx
      .select()
      .from(operationPlans)
      .where(eq(operationPlans.operationId, operationId))
      .orderBy(desc(operationPlans.version))
      .limit(1);
    if (draft?.status !== 'draft') throw conflict('No plan draft to approve', { unmet: ['no_plan_draft'] });
    const now = new Date();
    const [approved] = await tx
      .update(operationPlans)
      .set({ status: 'approved', approvedBy: actor.userId, approvedAt: now })
      .where(eq(operationPlans.id, draft.id))
      .returning();
    await tx
      .update(operationPlans)
      .set({ status: 'superseded' })
      .where(and(eq(operationPlans.operationId, operationId), ne(operationPlans.id, draft.id)));
    await writeAudit(tx, {
      action: 'operation.plan.approve',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId,
      details: { planId: draft.id, version: draft.version },
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.plan_approved', {
      planId: draft.id,
      version: draft.version,
    });
    return presentVersion(approved!);
  });
}

const presentVersion = (v: PlanRow) => ({
  id: v.id,
  version: v.version,
  status: v.status,
  createdAt: v.createdAt.toISOString(),
  approvedAt: v.approvedAt?.toISOString() ?? null,
});
