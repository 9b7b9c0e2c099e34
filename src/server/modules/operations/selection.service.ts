/**
 * Risk-based target selection for an operation: the shortlist by the operation's weights, the lead's
 * weights, candidates added by members, and the lead's joint decision per target with its rationale.
 * Members see; only the lead authority's operation_lead weights and decides (loadOperationAsLead).
 * Every read of derived non-public data and every change is audited in its transaction; changes emit
 * operation events (ids and states only).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { canSee } from '../../platform/policy/decide.ts';
import { companies, worksites } from '../register/register.tables.ts';
import { requireTarget, targetPolicy } from '../register/targets.policy.ts';
import { contributions } from '../risk/explain.ts';
import { effectiveWeights, INDICATOR_CODES, LIBRARY_VERSION } from '../risk/indicators.ts';
import { companyRiskSignals } from '../risk/risk.tables.ts';
import { tolPrefixesFor } from '../risk/sectors.ts';
import { scoresOf, shortlist } from '../risk/shortlist.ts';
import { loadOperation, loadOperationAsLead, lockOperation, type OperationRow } from './operations.access.ts';
import { emitOperationEvent } from './operations.events.ts';
import { operations } from './operations.tables.ts';
import type { TOperationTarget } from './selection.schemas.ts';
import { operationTargets } from './selection.tables.ts';

interface Ctx {
  requestId: string;
}

const FINISHED = ['closed', 'cancelled'];

function requirePlanning(operation: OperationRow): void {
  if (operation.status !== 'planning') {
    throw conflict('Targets are chosen while the operation is being planned', { status: operation.status });
  }
}

/** The shortlist of companies for the operation, by its weights, with per-indicator contributions. */
export async function getCandidates(db: Db, actor: Actor, operationId: string, limit: number, ctx: Ctx) {
  const { operation } = await loadOperation(db, actor, operationId);
  const weights = effectiveWeights(operation.riskWeights);
  const { prefixes, unknown } = tolPrefixesFor(operation.sectors);
  return db.transaction(async (tx) => {
    const rows = await shortlist(tx, actor, weights, {
      tolPrefixes: prefixes,
      municipalities: operation.municipalities,
      limit,
    });
    const ids = rows.map((r) => r.company.id);
    const existing = ids.length
      ? await tx
          .select({
            id: operationTargets.id,
            targetId: operationTargets.targetId,
            decision: operationTargets.decision,
          })
          .from(operationTargets)
          .where(
            and(
              eq(operationTargets.operationId, operationId),
              eq(operationTargets.targetType, 'company'),
              inArray(operationTargets.targetId, ids),
            ),
          )
      : [];
    const byTarget = new Map(existing.map((e) => [e.targetId, e]));
    await writeAudit(tx, {
      action: 'operation.candidates_read',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId: ctx.requestId,
      details: { companyIds: ids, libraryVersion: LIBRARY_VERSION },
    });
    return {
      weights,
      computedAt: rows[0]?.signals.computedAt.toISOString() ?? (await lastComputedAt(tx)),
      libraryVersion: rows[0]?.signals.libraryVersion ?? LIBRARY_VERSION,
      filter: { tolPrefixes: prefixes, municipalities: operation.municipalities, unknownSectors: unknown },
      items: rows.map((r) => ({
        companyId: r.company.id,
        name: r.company.name,
        businessId: r.company.businessId,
        tolCode: r.company.tolCode,
        municipality: r.company.municipality,
        score: r.score,
        contributions: contributions(r.signals, weights)
          .filter((c) => c.contribution > 0)
          .sort((a, b) => b.contribution - a.contribution)
          .map((c) => ({
            code: c.indicator.code,
            raw: c.raw,
            strength: c.strength,
            weight: c.weight,
            contribution: c.contribution,
          })),
        operationTargetId: byTarget.get(r.company.id)?.id ?? null,
        decision: byTarget.get(r.company.id)?.decision ?? null,
      })),
    };
  });
}

async function lastComputedAt(db: Db): Promise<string | null> {
  const [row] = await db.select({ at: companyRiskSignals.computedAt }).from(companyRiskSignals).limit(1);
  return row ? row.at.toISOString() : null;
}

/** The lead sets the operation's weights; unknown indicator codes are refused and nothing changes. */
export async function putWeights(
  db: Db,
  actor: Actor,
  operationId: string,
  weights: Record<string, number>,
  ctx: Ctx,
) {
  const { operation } = await loadOperationAsLead(db, actor, operationId);
  if (FINISHED.includes(operation.status))
    throw conflict('The operation has ended', { status: operation.status });
  const unknown = Object.keys(weights).filter((code) => !INDICATOR_CODES.includes(code));
  if (unknown.length)
    throw badRequest(`weights: unknown indicator codes: ${unknown.join(', ')}`, { unknown });
  await db.transaction(async (tx) => {
    await lockOperation(tx, operationId);
    await tx
      .update(operations)
      .set({ riskWeights: weights, updatedAt: new Date() })
      .where(eq(operations.id, operationId));
    await writeAudit(tx, {
      action: 'operation.risk_weights',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId: ctx.requestId,
      details: { weights },
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.updated', { field: 'riskWeights' });
  });
  return { weights: effectiveWeights(weights), custom: weights };
}

/** The operation's targets with their decisions; a target the reader may not see shows without a name. */
export async function listTargets(db: Db, actor: Actor, operationId: string, ctx: Ctx) {
  await loadOperation(db, actor, operationId);
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ target: operationTargets, decidedByName: users.displayName })
      .from(operationTargets)
      .leftJoin(users, eq(users.id, operationTargets.decidedBy))
      .where(eq(operationTargets.operationId, operationId))
      .orderBy(operationTargets.createdAt, operationTargets.id);
    const items = await presentTargets(tx, actor, rows);
    await writeAudit(tx, {
      action: 'operation.targets_read',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId: ctx.requestId,
      details: { count: items.length },
    });
    return { items };
  });
}

type TargetRow = { target: typeof operationTargets.$inferSelect; decidedByName: string | null };

async function presentTargets(db: Db, actor: Actor, rows: TargetRow[]): Promise<TOperationTarget[]> {
  const companyIds = rows.filter((r) => r.target.targetType === 'company').map((r) => r.target.targetId);
  const worksiteIds = rows.filter((r) => r.target.targetType === 'worksite').map((r) => r.target.targetId);
  const companyRows = companyIds.length
    ? await db.select().from(companies).where(inArray(companies.id, companyIds))
    : [];
  const worksiteRows = worksiteIds.length
    ? await db.select().from(worksites).where(inArray(worksites.id, worksiteIds))
    : [];
  const companyById = new Map(companyRows.map((c) => [c.id, c]));
  const worksiteById = new Map(worksiteRows.map((w) => [w.id, w]));
  return rows.map(({ target, decidedByName }) => {
    let name: string | null = null;
    let businessId: string | null = null;
    let companyId: string | null = null;
    if (target.targetType === 'company') {
      const c = companyById.get(target.targetId);
      if (c && canSee(actor, targetPolicy(c))) {
        name = c.name;
        businessId = c.businessId;
        companyId = c.id;
      }
    } else if (target.targetType === 'worksite') {
      const w = worksiteById.get(target.targetId);
      if (w && canSee(actor, targetPolicy(w))) {
        name = w.name;
        companyId = w.companyId;
      }
    }
    return {
      id: target.id,
      targetType: target.targetType,
      targetId: target.targetId,
      name,
      businessId,
      companyId,
      score: target.score,
      decision: target.decision,
      rationale: target.rationale,
      decidedBy: target.decidedBy,
      decidedByName,
      decidedAt: target.decidedAt?.toISOString() ?? null,
      createdAt: target.createdAt.toISOString(),
    };
  });
}

/** The company whose score a target carries: itself, or a worksite's company. */
async function scoredCompany(
  db: Db,
  targetType: 'company' | 'worksite',
  targetId: string,
): Promise<string | null> {
  if (targetType === 'company') return targetId;
  const [w] = await db
    .select({ companyId: worksites.companyId })
    .from(worksites)
    .where(eq(worksites.id, targetId));
  return w?.companyId ?? null;
}

/** A member adds a candidate it may see (company or worksite); 409 if it is already there. */
export async function addTarget(
  db: Db,
  actor: Actor,
  operationId: string,
  body: { targetType: 'company' | 'worksite'; targetId: string },
  ctx: Ctx,
) {
  const { operation } = await loadOperation(db, actor, operationId);
  requirePlanning(operation);
  await requireTarget(db, actor, body.targetType, body.targetId);
  const companyId = await scoredCompany(db, body.targetType, body.targetId);
  const weights = effectiveWeights(operation.riskWeights);
  const id = await db.transaction(async (tx) => {
    await lockOperation(tx, operationId);
    const score = companyId ? ((await scoresOf(tx, weights, [companyId])).get(companyId) ?? null) : null;
    const [row] = await tx
      .insert(operationTargets)
      .values({ operationId, targetType: body.targetType, targetId: body.targetId, score })
      .onConflictDoNothing()
      .returning({ id: operationTargets.id });
    if (!row) throw conflict('The target is already in this operation');
    await writeAudit(tx, {
      action: 'operation.target_added',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId: ctx.requestId,
      details: { operationTargetId: row.id, targetType: body.targetType, targetId: body.targetId },
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.target_decided', {
      operationTargetId: row.id,
      decision: 'candidate',
    });
    return row.id;
  });
  return getTarget(db, actor, operationId, id);
}

async function getTarget(db: Db, actor: Actor, operationId: string, id: string): Promise<TOperationTarget> {
  const rows = await db
    .select({ target: operationTargets, decidedByName: users.displayName })
    .from(operationTargets)
    .leftJoin(users, eq(users.id, operationTargets.decidedBy))
    .where(and(eq(operationTargets.operationId, operationId), eq(operationTargets.id, id)));
  const [item] = await presentTargets(db, actor, rows);
  if (!item) throw notFound('Operation target');
  return item;
}

/**
 * The lead's joint decision on a target, with a required rationale; the score under the operation's
 * weights at this moment is recorded with it.
 */
export async function decideTarget(
  db: Db,
  actor: Actor,
  operationId: string,
  operationTargetId: string,
  body: { decision: 'selected' | 'rejected'; rationale: string },
  ctx: Ctx,
) {
  const { operation } = await loadOperationAsLead(db, actor, operationId);
  requirePlanning(operation);
  const weights = effectiveWeights(operation.riskWeights);
  await db.transaction(async (tx) => {
    await lockOperation(tx, operationId);
    const [target] = await tx
      .select()
      .from(operationTargets)
      .where(and(eq(operationTargets.id, operationTargetId), eq(operationTargets.operationId, operationId)));
    if (!target) throw notFound('Operation target');
    const companyId =
      target.targetType === 'person' ? null : await scoredCompany(tx, target.targetType, target.targetId);
    const score = companyId
      ? ((await scoresOf(tx, weights, [companyId])).get(companyId) ?? target.score)
      : target.score;
    await tx
      .update(operationTargets)
      .set({
        decision: body.decision,
        rationale: body.rationale,
        decidedBy: actor.userId,
        decidedAt: new Date(),
        score,
      })
      .where(eq(operationTargets.id, operationTargetId));
    await writeAudit(tx, {
      action: 'operation.target_decided',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId: ctx.requestId,
      details: {
        operationTargetId,
        decision: body.decision,
        previous: target.decision,
        score,
        weights: operation.riskWeights,
      },
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.target_decided', {
      operationTargetId,
      decision: body.decision,
    });
  });
  return getTarget(db, actor, operationId, operationTargetId);
}
