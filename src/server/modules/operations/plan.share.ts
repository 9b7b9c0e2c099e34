/**
 * Sharing the approved supervision plan (POST …/plan/share): the competence engine is asked once per
 * accepted participant, from the lead authority, for the plan's categories and the participant's
 * purpose; only allowed shares are stored, with the legal basis and rule versions. A refused
 * participant gets nothing.
 */
import { desc, eq } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { conflict } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decideDisclosureNow } from '../competence/competence.service.ts';
import type { DisclosureDecision } from '../competence/engine.types.ts';
import { legalBasisOf } from '../register/legal-basis.ts';
import { loadOperationAsLead, lockOperation } from './operations.access.ts';
import { emitOperationEvent } from './operations.events.ts';
import { PURPOSE_OF } from './plan.prefill.ts';
import type { TShareResult } from './plan.schemas.ts';
import { operationPlans, planShares } from './plan.tables.ts';

/**
 * POST …/plan/share: the approved version to every accepted participant the engine allows. Each
 * answer is returned (refusals with the engine's explanation, so the lead sees why); the decisions
 * and what was stored are audited together.
 */
export async function sharePlan(
  db: Db,
  actor: Actor,
  operationId: string,
  body: { confirmed?: string[] | undefined },
  requestId: string,
): Promise<TShareResult> {
  const access = await loadOperationAsLead(db, actor, operationId);
  const [latest] = await db
    .select()
    .from(operationPlans)
    .where(eq(operationPlans.operationId, operationId))
    .orderBy(desc(operationPlans.version))
    .limit(1);
  if (latest?.status !== 'approved')
    throw conflict('Only an approved plan can be shared', { unmet: ['plan_not_approved'] });
  const recipients = access.participants.filter(
    (p) => p.status === 'accepted' && p.authority !== access.operation.leadAuthority,
  );
  const existing = await db.select().from(planShares).where(eq(planShares.planId, latest.id));
  const decisions: { authority: string; purpose: string; decision: DisclosureDecision }[] = [];
  for (const p of recipients) {
    const purpose = PURPOSE_OF[p.authority as AuthorityCode];
    const decision = await decideDisclosureNow(db, {
      from: access.operation.leadAuthority as AuthorityCode,
      to: p.authority as AuthorityCode,
      categories: latest.categories,
      purpose,
      initiative: 'request',
      confirmed: body.confirmed ?? [],
    });
    decisions.push({ authority: p.authority, purpose, decision });
  }
  return db.transaction(async (tx) => {
    await lockOperation(tx, operationId);
    const stored: string[] = [];
    for (const { authority, decision } of decisions) {
      if (!decision.allowed || existing.some((s) => s.toAuthority === authority)) continue;
      await tx
        .insert(planShares)
        .values({
          planId: latest.id,
          toAuthority: authority,
          legalBasis: legalBasisOf(decision.legalBases),
          ruleVersions: decision.ruleVersions,
          sharedBy: actor.userId,
        })
        .onConflictDoNothing();
      stored.push(authority);
    }
    await writeAudit(tx, {
      action: 'operation.plan.share',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId,
      details: {
        planId: latest.id,
        version: latest.version,
        categories: latest.categories,
        decisions: decisions.map(({ authority, purpose, decision }) => ({
          to: authority,
          purpose,
          allowed: decision.allowed,
          mode: decision.mode,
          legalBasis: legalBasisOf(decision.legalBases),
          ruleVersions: decision.ruleVersions,
        })),
        stored,
      },
    });
    if (stored.length)
      await emitOperationEvent(tx, actor, operationId, 'operation.plan_shared', {
        planId: latest.id,
        version: latest.version,
        authorities: stored,
      });
    return {
      planId: latest.id,
      version: latest.version,
      results: decisions.map(({ authority, purpose, decision }) => ({
        authority,
        purpose,
        allowed: decision.allowed,
        alreadyShared: existing.some((s) => s.toAuthority === authority),
        mode: decision.mode,
        legalBasis: decision.allowed ? legalBasisOf(decision.legalBases) : null,
        ruleVersions: decision.ruleVersions,
        conditions: decision.conditions,
        explanation: decision.explanation,
      })),
    };
  });
}
