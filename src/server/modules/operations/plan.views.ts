/**
 * Reading the supervision plan as one reader may: the lead authority sees every version; a participant
 * only versions shared with it (else 404, as for a missing plan). Before any version exists the lead
 * reads a pre-filled unsaved draft. Target cards are assembled for the reader (plan.cards.ts). Every
 * read is audited.
 */
import { desc, eq, inArray } from 'drizzle-orm';
import type { UiLocale } from '../../../contracts/languages.ts';
import { auditRead } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { loadOperation, loadOperationAsLead, type OperationAccess } from './operations.access.ts';
import { assembleCards, selectedTargets } from './plan.cards.ts';
import { prefillPlan } from './plan.prefill.ts';
import {
  actionPlanKey,
  interpretationKey,
  PLAN_SECTIONS,
  type TPlan,
  type TSections,
} from './plan.schemas.ts';
import { operationPlans, planShares } from './plan.tables.ts';

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
  await auditRead(db, {
    action: 'operation.plan.versions',
    actor,
    targetType: 'operation',
    targetId: operationId,
    requestId,
    details: { versions: readable.map((v) => v.version) },
  });
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
  await auditRead(db, {
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
  });
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
  await auditRead(db, {
    action: 'operation.plan.prefill',
    actor,
    targetType: 'operation',
    targetId: operationId,
    requestId,
  });
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
