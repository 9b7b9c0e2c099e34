/**
 * The supervision plan: versions, approval and sharing, and reading it as one reader may.
 *
 * - Saving writes a NEW draft version (the lead, while planning); versions are never edited.
 * - Approval is the lead's `approve_plan` transition (applyTransition, same transaction): the newest
 *   draft becomes approved and every older version superseded.
 * - Sharing (approved only) asks the competence engine once per accepted participant, from the lead
 *   authority, for the plan's categories and the participant's purpose; only allowed shares are
 *   stored, with the legal basis and rule versions. A refused participant gets nothing.
 * - Reading: the lead authority sees every version; a participant only versions shared with it (else
 *   404, as for a missing plan). Target cards are assembled for the reader (plan.cards.ts). Every read
 *   is audited.
 */
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { UiLocale } from '../../../contracts/languages.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decideDisclosureNow, getCompetenceConfig } from '../competence/competence.service.ts';
import type { DisclosureDecision } from '../competence/engine.types.ts';
import { legalBasisOf } from '../register/legal-basis.ts';
import {
  loadOperation,
  loadOperationAsLead,
  lockOperation,
  type OperationAccess,
} from './operations.access.ts';
import { emitOperationEvent } from './operations.events.ts';
import { operationPlans, operationTargets, planShares } from './operations.tables.ts';
import { assembleCards, selectedTargets } from './plan.cards.ts';
import { PRIMARY_CATEGORY, PURPOSE_OF, prefillPlan } from './plan.prefill.ts';
import {
  actionPlanKey,
  interpretationKey,
  PLAN_SECTIONS,
  type TPlan,
  type TSavePlan,
  type TSections,
  type TShareResult,
  VISIT_ORDER_KEY,
} from './plan.schemas.ts';
import { applyTransition } from './transitions.service.ts';

type PlanRow = typeof operationPlans.$inferSelect;
type ShareRow = typeof planShares.$inferSelect;

const jointSections = (sections: Record<string, string>): TSections =>
  Object.fromEntries(PLAN_SECTIONS.map((key) => [key, sections[key] ?? ''])) as TSections;

const presentShare = (s: ShareRow) => ({
  authority: s.toAuthority,
  legalBasis: s.legalBasis,
  sharedAt: s.sharedAt.toISOString(),
});

/** The lead authority's caseworkers see every version; others only what was shared with them. */
const isLeadAuthority = (actor: Actor, access: OperationAccess) =>
  actor.authority === access.operation.leadAuthority;

/** The versions this reader may see, newest first, with the shares of each. */
async function readableVersions(db: Db, actor: Actor, access: OperationAccess) {
  const versions = await db
    .select()
    .from(operationPlans)
    .where(eq(operationPlans.operationId, access.operation.id))
    .orderBy(desc(operationPlans.version));
  const shares = versions.length
    ? await db
        .select()
        .from(planShares)
        .where(
          inArray(
            planShares.planId,
            versions.map((v) => v.id),
          ),
        )
    : [];
  const sharesOf = (planId: string) => shares.filter((s) => s.planId === planId);
  const lead = isLeadAuthority(actor, access);
  const readable = versions.filter(
    (v) => lead || sharesOf(v.id).some((s) => s.toAuthority === actor.authority),
  );
  return { readable, sharesOf, lead };
}

/** GET …/plan/versions: the lead authority gets all with their shares; a participant its shared ones. */
export async function listPlanVersions(db: Db, actor: Actor, operationId: string, requestId: string) {
  const access = await loadOperation(db, actor, operationId);
  const { readable, sharesOf, lead } = await readableVersions(db, actor, access);
  await db.transaction((tx) =>
    writeAudit(tx, {
      action: 'operation.plan.versions',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId,
      details: { versions: readable.map((v) => v.version) },
    }),
  );
  return {
    items: readable.map((v) => ({
      id: v.id,
      version: v.version,
      status: v.status,
      createdAt: v.createdAt.toISOString(),
      approvedAt: v.approvedAt?.toISOString() ?? null,
      sharedWith: lead ? sharesOf(v.id).map((s) => s.toAuthority) : null,
    })),
  };
}

/**
 * The plan as this reader may see it: a version (the newest readable one by default), or for the lead
 * before any version exists a pre-filled unsaved draft. A participant without a share gets 404.
 */
export async function getPlan(
  db: Db,
  actor: Actor,
  operationId: string,
  query: { version?: number | undefined; locale: UiLocale },
  requestId: string,
  auditAction = 'operation.plan.read',
): Promise<TPlan> {
  const access = await loadOperation(db, actor, operationId);
  const { readable, sharesOf, lead } = await readableVersions(db, actor, access);
  const row = query.version === undefined ? readable[0] : readable.find((v) => v.version === query.version);
  const { operation } = access;
  let sections: Record<string, string>;
  let categories: string[];
  if (row) {
    sections = row.sections;
    categories = row.categories;
  } else if (query.version === undefined && access.lead) {
    ({ sections, categories } = await prefillPlan(db, actor, access, query.locale));
  } else {
    throw notFound('Plan');
  }
  const targets = await selectedTargets(db, operationId, sections);
  const { cards, personsRead } = await assembleCards(db, actor, targets, sections, requestId);
  const shares = row ? sharesOf(row.id) : [];
  const mine = shares.find((s) => s.toAuthority === actor.authority);
  await db.transaction((tx) =>
    writeAudit(tx, {
      action: auditAction,
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId,
      details: {
        planId: row?.id ?? null,
        version: row?.version ?? null,
        targets: cards.length,
        hiddenTargets: cards.filter((c) => c.hidden).length,
        personsRead,
        sharedUnder: mine?.legalBasis ?? null,
      },
    }),
  );
  return {
    operationId,
    reference: operation.reference,
    title: operation.title,
    operationStatus: operation.status,
    classification: operation.classification,
    leadAuthority: operation.leadAuthority,
    id: row?.id ?? null,
    version: row?.version ?? null,
    status: row?.status ?? 'unsaved',
    createdAt: row?.createdAt.toISOString() ?? null,
    approvedAt: row?.approvedAt?.toISOString() ?? null,
    categories,
    sections: jointSections(sections),
    targets: cards,
    shares: lead ? shares.map(presentShare) : null,
    sharedWithYou: mine && !lead ? presentShare(mine) : null,
    you: {
      authority: actor.authority,
      lead: access.lead,
      mayEdit: access.lead && operation.status === 'planning',
    },
  };
}

/** Pre-filled sections for the lead, at any time (e.g. after the meeting decided more). */
export async function prefillPlanFor(
  db: Db,
  actor: Actor,
  operationId: string,
  locale: UiLocale,
  requestId: string,
) {
  const access = await loadOperationAsLead(db, actor, operationId);
  const { sections, categories } = await prefillPlan(db, actor, access, locale);
  await db.transaction((tx) =>
    writeAudit(tx, {
      action: 'operation.plan.prefill',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId,
    }),
  );
  const targets = await selectedTargets(db, operationId, sections);
  return {
    sections: jointSections(sections),
    categories,
    targets: targets.map((t) => ({
      operationTargetId: t.id,
      actionPlan: sections[actionPlanKey(t.id)] ?? '',
      interpretation: (sections[interpretationKey(t.id)] ?? '').split(',').filter(Boolean),
    })),
  };
}

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
