/**
 * Supervision initiatives (valvonta-aloite): any authority raises one — the need, observations,
 * analysis and supporting register records — and addresses it to others through the competence engine
 * (`decideDisclosureNow`, one decision per recipient, stored with its legal basis and rule versions).
 * Visibility is initiatives.access.ts everywhere; a recipient never learns the other recipients.
 */
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/events/emit.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import type { IssueArea } from '../competence/competence.schemas.ts';
import { decideDisclosureNow } from '../competence/competence.service.ts';
import { findParticipants } from '../competence/competence.views.ts';
import { legalBasisOf } from '../register/legal-basis.ts';
import { loadRecordPolicies } from '../register/records.policy.ts';
import { records } from '../register/records.table.ts';
import {
  type InitiativeAccess,
  type InitiativeRow,
  initiativeVisibleSql,
  loadInitiative,
  loadInitiativePolicies,
} from './initiatives.access.ts';
import type { TAddressInitiative, TCreateInitiative, TInitiative } from './initiatives.schemas.ts';
import {
  clockItems,
  initiativeDisclosures,
  initiativeRecords,
  initiatives,
  operations,
} from './operations.tables.ts';

async function announce(tx: Db, actor: Actor, row: InitiativeRow, type: string): Promise<void> {
  await emitEvent(tx, {
    type,
    subjectType: 'initiative',
    subjectId: row.id,
    data: { initiativeId: row.id, status: row.status },
    actorUserId: actor.userId,
  });
}

/** Register records the actor may see, or 404 naming none of them (refused = missing). */
async function visibleRecords(db: Db, actor: Actor, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const policies = await loadRecordPolicies(db, ids);
  for (const id of ids) {
    const policy = policies.get(id);
    if (!policy || !decide(actor, 'read', policy).allowed) throw notFound('Record');
  }
}

/** The newest operation made of each initiative (its id only: the operation itself is members-only). */
async function operationsOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: operations.id, initiativeId: operations.initiativeId })
    .from(operations)
    .where(inArray(operations.initiativeId, ids))
    .orderBy(desc(operations.createdAt));
  const out = new Map<string, string>();
  for (const r of rows) if (r.initiativeId && !out.has(r.initiativeId)) out.set(r.initiativeId, r.id);
  return out;
}

async function present(
  db: Db,
  actor: Actor,
  access: InitiativeAccess,
  full: boolean,
  operationIds?: Map<string, string>,
): Promise<TInitiative> {
  const { initiative: row, owner } = access;
  const operationId = (operationIds ?? (await operationsOf(db, [row.id]))).get(row.id) ?? null;
  const base = {
    id: row.id,
    ownerAuthority: row.ownerAuthority,
    title: row.title,
    need: row.need,
    observations: row.observations,
    analysis: row.analysis,
    issueAreas: row.issueAreas,
    sectors: row.sectors,
    municipalities: row.municipalities,
    categories: row.categories,
    classification: row.classification,
    secrecyBasis: row.secrecyBasis,
    status: row.status,
    statusReason: owner ? row.statusReason : null,
    clockItemId: row.clockItemId,
    operationId,
    mayAddress: owner && row.status !== 'withdrawn',
    createdAt: row.createdAt.toISOString(),
    records: [] as TInitiative['records'],
  };
  if (!full) return base;
  const linked = await db
    .select({ id: records.id, title: records.title, kind: records.kind })
    .from(initiativeRecords)
    .innerJoin(records, eq(records.id, initiativeRecords.recordId))
    .where(eq(initiativeRecords.initiativeId, row.id));
  const policies = await loadRecordPolicies(
    db,
    linked.map((r) => r.id),
  );
  base.records = linked.filter((r) => {
    const policy = policies.get(r.id);
    return policy !== undefined && decide(actor, 'read', policy).allowed;
  });
  if (!owner) return base;
  const addressed = await db
    .select()
    .from(initiativeDisclosures)
    .where(eq(initiativeDisclosures.initiativeId, row.id))
    .orderBy(initiativeDisclosures.disclosedAt);
  return {
    ...base,
    addressedTo: addressed.map((d) => ({
      authority: d.toAuthority,
      legalBasis: d.legalBasis,
      disclosedAt: d.disclosedAt.toISOString(),
      declinedAt: d.revokedAt?.toISOString() ?? null,
    })),
  };
}

export async function createInitiative(
  db: Db,
  actor: Actor,
  input: TCreateInitiative,
  requestId: string,
): Promise<TInitiative> {
  const recordIds = [...new Set(input.recordIds)];
  await visibleRecords(db, actor, recordIds);
  if (input.clockItemId) {
    const [item] = await db
      .select({ id: clockItems.id })
      .from(clockItems)
      .where(eq(clockItems.id, input.clockItemId));
    if (!item) throw notFound('Clock item');
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(initiatives)
      .values({
        ownerAuthority: actor.authority,
        classification: input.classification,
        secrecyBasis: input.classification === 'public' ? null : (input.secrecyBasis ?? null),
        title: input.title,
        need: input.need,
        observations: input.observations,
        analysis: input.analysis,
        issueAreas: input.issueAreas,
        sectors: input.sectors,
        municipalities: input.municipalities,
        categories: input.categories,
        clockItemId: input.clockItemId ?? null,
        createdBy: actor.userId,
      })
      .returning();
    if (recordIds.length)
      await tx
        .insert(initiativeRecords)
        .values(recordIds.map((recordId) => ({ initiativeId: row!.id, recordId })));
    await writeAudit(tx, {
      action: 'initiative.create',
      actor,
      targetType: 'initiative',
      targetId: row!.id,
      requestId,
      details: {
        classification: row!.classification,
        issueAreas: row!.issueAreas,
        categories: row!.categories,
        records: recordIds,
      },
    });
    await announce(tx, actor, row!, 'initiative.created');
    return present(
      tx,
      actor,
      {
        initiative: row!,
        policy: { ownerAuthority: actor.authority, classification: row!.classification, disclosedTo: [] },
        owner: true,
      },
      true,
    );
  });
}

/** The actor's own authority's initiatives and those addressed to it (a disclosure in effect), newest first. */
export async function listInitiatives(
  db: Db,
  actor: Actor,
  requestId: string,
): Promise<{ items: TInitiative[] }> {
  const rows = await db
    .select()
    .from(initiatives)
    .where(initiativeVisibleSql(actor.authority))
    .orderBy(desc(initiatives.createdAt))
    .limit(500);
  const policies = await loadInitiativePolicies(
    db,
    rows.map((r) => r.id),
  );
  const visible = rows.flatMap((row) => {
    const policy = policies.get(row.id);
    if (!policy || !decide(actor, 'read', policy).allowed) return [];
    return [{ initiative: row, policy, owner: decide(actor, 'update', policy).allowed }];
  });
  const operationIds = await operationsOf(
    db,
    visible.map((v) => v.initiative.id),
  );
  const items = await Promise.all(visible.map((access) => present(db, actor, access, false, operationIds)));
  if (items.length) {
    await db.transaction((tx) =>
      writeAudit(tx, {
        action: 'initiative.list',
        actor,
        targetType: 'initiative',
        requestId,
        details: { ids: items.map((i) => i.id) },
      }),
    );
  }
  return { items };
}

export async function getInitiative(
  db: Db,
  actor: Actor,
  id: string,
  requestId: string,
): Promise<TInitiative> {
  const access = await loadInitiative(db, actor, id);
  const out = await present(db, actor, access, true);
  if (access.initiative.classification !== 'public') {
    await db.transaction((tx) =>
      writeAudit(tx, { action: 'initiative.read', actor, targetType: 'initiative', targetId: id, requestId }),
    );
  }
  return out;
}

/**
 * Addresses the initiative to other authorities: the competence engine decides each recipient for the
 * initiative's data categories and the given purpose; only the allowed ones are stored (and audited
 * with their legal basis and rule versions). An authority it is already addressed to is decided again
 * and left as it is.
 */
export async function addressInitiative(
  db: Db,
  actor: Actor,
  id: string,
  input: TAddressInitiative,
  requestId: string,
) {
  const access = await loadInitiative(db, actor, id);
  if (!access.owner) throw forbidden('Only the owner authority addresses its initiative');
  const { initiative } = access;
  if (initiative.status === 'withdrawn') throw conflict('The initiative is withdrawn');
  if (!initiative.categories.length)
    throw badRequest('The initiative names no data categories to decide on', {
      problems: [{ path: 'categories', message: 'add the data categories the initiative carries' }],
    });
  const recipients = [...new Set(input.authorities)].filter((a) => a !== initiative.ownerAuthority);
  if (!recipients.length)
    throw badRequest('Choose at least one other authority', { problems: [{ path: 'authorities' }] });
  const decisions: { to: AuthorityCode; decision: Awaited<ReturnType<typeof decideDisclosureNow>> }[] = [];
  for (const to of recipients) {
    const decision = await decideDisclosureNow(db, {
      from: initiative.ownerAuthority as AuthorityCode,
      to,
      categories: initiative.categories,
      purpose: input.purpose,
      initiative: 'own',
    });
    decisions.push({ to, decision });
  }
  await db.transaction(async (tx) => {
    const existing = await tx
      .select({ to: initiativeDisclosures.toAuthority })
      .from(initiativeDisclosures)
      .where(and(eq(initiativeDisclosures.initiativeId, id), isNull(initiativeDisclosures.revokedAt)));
    const already = new Set(existing.map((e) => e.to));
    let added = 0;
    for (const { to, decision } of decisions) {
      const legalBasis = legalBasisOf(decision.legalBases);
      await writeAudit(tx, {
        action: 'initiative.address',
        outcome: decision.allowed ? 'success' : 'denied',
        actor,
        targetType: 'initiative',
        targetId: id,
        requestId,
        purpose: input.purpose,
        legalBasis: legalBasis || null,
        details: {
          to,
          categories: initiative.categories,
          mode: decision.mode,
          ruleVersions: decision.ruleVersions,
          alreadyAddressed: already.has(to),
        },
      });
      if (!decision.allowed || already.has(to)) continue;
      await tx.insert(initiativeDisclosures).values({
        initiativeId: id,
        toAuthority: to,
        purpose: input.purpose,
        legalBasis,
        ruleVersions: decision.ruleVersions,
        disclosedBy: actor.userId,
      });
      added++;
    }
    if (added) {
      // Declined by every earlier recipient, addressed anew: open again.
      const [row] = await tx
        .update(initiatives)
        .set({ status: initiative.status === 'declined' ? 'open' : initiative.status, updatedAt: new Date() })
        .where(eq(initiatives.id, id))
        .returning();
      await announce(tx, actor, row!, 'initiative.addressed');
    }
  });
  return {
    results: decisions.map(({ to, decision }) => ({
      authority: to,
      allowed: decision.allowed,
      ...(decision.allowed ? { legalBasis: legalBasisOf(decision.legalBases) } : {}),
      explanation: decision.explanation,
    })),
  };
}

/**
 * A recipient declines to act on the initiative: its disclosure is revoked (it no longer sees the
 * initiative, unless public) and the owner sees the reason; when no recipient is left, the initiative is
 * `declined`. The owner withdraws an open initiative instead (`withdrawn`, final).
 */
export async function declineInitiative(
  db: Db,
  actor: Actor,
  id: string,
  reason: string,
  requestId: string,
): Promise<{ id: string; status: 'declined' | 'withdrawn' }> {
  return db.transaction(async (tx) => {
    await tx.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.id, id)).for('update');
    const access = await loadInitiative(tx, actor, id);
    const recipient = access.policy.disclosedTo.includes(actor.authority);
    if (!access.owner && !recipient)
      throw forbidden('Only an authority the initiative is addressed to, or its owner, may do this');
    const { initiative } = access;
    if (access.owner) {
      if (initiative.status !== 'open' && initiative.status !== 'declined')
        throw conflict(`The initiative is ${initiative.status}`);
      const [row] = await tx
        .update(initiatives)
        .set({ status: 'withdrawn', statusReason: reason, updatedAt: new Date() })
        .where(eq(initiatives.id, id))
        .returning();
      await writeAudit(tx, {
        action: 'initiative.withdraw',
        actor,
        targetType: 'initiative',
        targetId: id,
        requestId,
      });
      await announce(tx, actor, row!, 'initiative.withdrawn');
      return { id, status: 'withdrawn' as const };
    }
    if (initiative.status !== 'open') throw conflict(`The initiative is ${initiative.status}`);
    await tx
      .update(initiativeDisclosures)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(initiativeDisclosures.initiativeId, id),
          eq(initiativeDisclosures.toAuthority, actor.authority),
          isNull(initiativeDisclosures.revokedAt),
        ),
      );
    const remaining = access.policy.disclosedTo.filter((a) => a !== actor.authority);
    const [row] = await tx
      .update(initiatives)
      .set({
        ...(remaining.length ? {} : { status: 'declined' as const }),
        statusReason: reason,
        updatedAt: new Date(),
      })
      .where(eq(initiatives.id, id))
      .returning();
    await writeAudit(tx, {
      action: 'initiative.decline',
      actor,
      targetType: 'initiative',
      targetId: id,
      requestId,
    });
    await announce(tx, actor, row!, 'initiative.declined');
    return { id, status: 'declined' as const };
  });
}

/** "Who should be at the table" for the initiative's issue areas and sectors (competence map, now). */
export async function initiativeSuggestions(db: Db, actor: Actor, id: string, requestId: string) {
  const { initiative } = await loadInitiative(db, actor, id);
  if (initiative.classification !== 'public')
    await db.transaction((tx) =>
      writeAudit(tx, {
        action: 'initiative.suggest_participants',
        actor,
        targetType: 'initiative',
        targetId: id,
        requestId,
      }),
    );
  const seats = await findParticipants(db, {
    issueAreas: initiative.issueAreas as IssueArea[],
    sectors: initiative.sectors,
  });
  return { seats: seats.map((s) => ({ ...s, status: null })) };
}

/** Marks initiatives accepted when an operation is made of them (inside that transaction). */
export async function acceptInitiative(
  tx: Db,
  actor: Actor,
  id: string,
  requestId: string | null,
): Promise<void> {
  const [row] = await tx
    .update(initiatives)
    .set({ status: 'accepted', updatedAt: new Date() })
    .where(and(eq(initiatives.id, id), inArray(initiatives.status, ['open', 'accepted'])))
    .returning();
  if (!row) throw conflict('The initiative is no longer open');
  await writeAudit(tx, {
    action: 'initiative.accept',
    actor,
    targetType: 'initiative',
    targetId: id,
    requestId,
  });
  await announce(tx, actor, row, 'initiative.accepted');
}
