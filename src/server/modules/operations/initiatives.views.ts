/**
 * Reading supervision initiatives: the list (the actor's own authority's and those addressed to it),
 * one initiative with the register records the reader may see (the owner also sees whom it was
 * addressed to), and "who should be at the table" for it. Visibility is initiatives.access.ts; reads of
 * non-public initiatives are audited.
 */
import { desc, eq, inArray } from 'drizzle-orm';
import { auditRead } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import type { IssueArea } from '../competence/competence.schemas.ts';
import { findParticipants } from '../competence/competence.views.ts';
import { loadRecordPolicies } from '../register/records.policy.ts';
import { records } from '../register/records.table.ts';
import {
  type InitiativeAccess,
  initiativeVisibleSql,
  loadInitiative,
  loadInitiativePolicies,
} from './initiatives.access.ts';
import type { TInitiative } from './initiatives.schemas.ts';
import { initiativeDisclosures, initiativeRecords, initiatives } from './initiatives.tables.ts';
import { operations } from './operations.tables.ts';

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

/**
 * The initiative as this reader may see it; `full` adds the linked records the reader may see and, for
 * the owner, the authorities it was addressed to.
 */
export async function presentInitiative(
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
  const items = await Promise.all(
    visible.map((access) => presentInitiative(db, actor, access, false, operationIds)),
  );
  if (items.length) {
    await auditRead(db, {
      action: 'initiative.list',
      actor,
      targetType: 'initiative',
      requestId,
      details: { ids: items.map((i) => i.id) },
    });
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
  const out = await presentInitiative(db, actor, access, true);
  if (access.initiative.classification !== 'public') {
    await auditRead(db, {
      action: 'initiative.read',
      actor,
      targetType: 'initiative',
      targetId: id,
      requestId,
    });
  }
  return out;
}

/** "Who should be at the table" for the initiative's issue areas and sectors (competence map, now). */
export async function initiativeSuggestions(db: Db, actor: Actor, id: string, requestId: string) {
  const { initiative } = await loadInitiative(db, actor, id);
  if (initiative.classification !== 'public')
    await auditRead(db, {
      action: 'initiative.suggest_participants',
      actor,
      targetType: 'initiative',
      targetId: id,
      requestId,
    });
  const seats = await findParticipants(db, {
    issueAreas: initiative.issueAreas as IssueArea[],
    sectors: initiative.sectors,
  });
  return { seats: seats.map((s) => ({ ...s, status: null })) };
}
