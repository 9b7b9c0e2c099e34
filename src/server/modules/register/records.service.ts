/**
 * Information records: create, read, list, disclose and revoke. Every path asks the one decision
 * function (platform/policy/decide.ts) whether the actor may see or act on a record, and every
 * disclosure asks the competence engine (decideDisclosureNow) whether the law allows it. Refused and
 * missing records look the same (404). Reads of non-public records and every change are audited, and
 * every change emits an outbox event for the live stream — all in the transaction of the change.
 */
import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { auditRead, writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/events/emit.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { visibleScope } from '../../platform/policy/scope.ts';
import { decideDisclosureNow } from '../competence/competence.service.ts';
import { obligationsFor, syncProposals } from './proposals.sync.ts';
import { recordTargets } from './record-targets.table.ts';
import { disclosedToSql, loadRecordPolicies } from './records.policy.ts';
import type { TCreateRecord, TDiscloseBody } from './records.schemas.ts';
import { recordDisclosures, records } from './records.table.ts';
import { assertTargetsVisible } from './targets.policy.ts';

const DEFAULT_RETENTION_YEARS = 5;

type RecordRow = typeof records.$inferSelect;
type TargetRef = { type: 'company' | 'worksite' | 'person'; id: string };

function present(
  row: RecordRow,
  targets: TargetRef[],
  disclosures?: (typeof recordDisclosures.$inferSelect)[],
) {
  return {
    id: row.id,
    kind: row.kind,
    ownerAuthority: row.ownerAuthority,
    classification: row.classification,
    secrecyBasis: row.secrecyBasis,
    categories: row.categories,
    containsPersonalData: row.containsPersonalData,
    title: row.title,
    body: row.body,
    retentionUntil: row.retentionUntil,
    createdAt: row.createdAt.toISOString(),
    targets,
    ...(disclosures
      ? {
          disclosures: disclosures.map((d) => ({
            id: d.id,
            toAuthority: d.toAuthority,
            purpose: d.purpose,
            legalBasis: d.legalBasis,
            disclosedAt: d.disclosedAt.toISOString(),
            revokedAt: d.revokedAt?.toISOString() ?? null,
          })),
        }
      : {}),
  };
}

async function targetsOf(db: Db, ids: string[]): Promise<Map<string, TargetRef[]>> {
  const map = new Map<string, TargetRef[]>();
  if (!ids.length) return map;
  const rows = await db.select().from(recordTargets).where(inArray(recordTargets.recordId, ids));
  for (const r of rows) {
    const list = map.get(r.recordId) ?? [];
    list.push({ type: r.targetType, id: r.targetId });
    map.set(r.recordId, list);
  }
  return map;
}

export async function createRecord(db: Db, actor: Actor, input: TCreateRecord, requestId: string) {
  const owner = { ownerAuthority: actor.authority, classification: input.classification, disclosedTo: [] };
  if (!decide(actor, 'update', owner).allowed)
    throw new AppError('forbidden', 'Your roles do not allow recording');
  const retention = input.retentionUntil ?? addYears(new Date(), DEFAULT_RETENTION_YEARS);
  await assertTargetsVisible(db, actor, input.targets);
  // The proactive prompts for these categories (also: an unknown category code is a 400).
  const obligations = await obligationsFor(db, actor.authority, input.categories);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(records)
      .values({
        kind: input.kind,
        ownerAuthority: actor.authority,
        classification: input.classification,
        secrecyBasis: input.secrecyBasis ?? null,
        categories: input.categories,
        containsPersonalData: input.containsPersonalData,
        title: input.title,
        body: input.body,
        retentionUntil: retention,
        createdBy: actor.userId,
      })
      .returning();
    if (input.targets.length) {
      await tx
        .insert(recordTargets)
        .values(input.targets.map((t) => ({ recordId: row!.id, targetType: t.type, targetId: t.id })))
        .onConflictDoNothing();
    }
    await writeAudit(tx, {
      action: 'record.create',
      actor,
      targetType: 'record',
      targetId: row!.id,
      requestId,
      details: { kind: input.kind, classification: input.classification, categories: input.categories },
    });
    await emitEvent(tx, {
      type: 'record.created',
      subjectType: 'record',
      subjectId: row!.id,
      targetIds: input.targets.map((t) => t.id),
      data: { kind: input.kind },
      actorUserId: actor.userId,
    });
    const proposals = await syncProposals(tx, row!.id, obligations);
    return { ...present(row!, input.targets, []), proposals };
  });
}

/** One record, if the actor may see it; the read of a non-public record is audited. */
export async function getRecord(db: Db, actor: Actor, id: string, requestId: string) {
  const policy = (await loadRecordPolicies(db, [id])).get(id);
  if (!policy || !decide(actor, 'read', policy).allowed) throw notFound();
  const [row] = await db.select().from(records).where(eq(records.id, id));
  if (!row) throw notFound();
  const targets = (await targetsOf(db, [id])).get(id) ?? [];
  const isOwner = policy.ownerAuthority === actor.authority;
  const disclosures = isOwner
    ? await db.select().from(recordDisclosures).where(eq(recordDisclosures.recordId, id))
    : undefined;
  if (row.classification !== 'public') {
    await auditRead(db, { action: 'record.read', actor, targetType: 'record', targetId: id, requestId });
  }
  return present(row, targets, disclosures);
}

export interface ListQuery {
  targetId?: string;
  kind?: 'observation' | 'tip' | 'analysis';
  before?: string;
  limit: number;
}

/** Records the actor may see, newest first; scoped in SQL, then confirmed by decide() row by row. */
export async function listRecords(db: Db, actor: Actor, query: ListQuery, requestId: string) {
  const where: SQL[] = [
    visibleScope(actor, {
      ownerAuthority: records.ownerAuthority,
      classification: records.classification,
      disclosedTo: disclosedToSql,
    }),
  ];
  if (query.kind) where.push(eq(records.kind, query.kind));
  if (query.before) where.push(lt(records.createdAt, new Date(query.before)));
  if (query.targetId) {
    where.push(
      inArray(
        records.id,
        db
          .select({ id: recordTargets.recordId })
          .from(recordTargets)
          .where(eq(recordTargets.targetId, query.targetId)),
      ),
    );
  }
  const rows = await db
    .select()
    .from(records)
    .where(and(...where))
    .orderBy(desc(records.createdAt))
    .limit(query.limit);
  const policies = await loadRecordPolicies(
    db,
    rows.map((r) => r.id),
  );
  const visible = rows.filter((r) => {
    const p = policies.get(r.id);
    return p && decide(actor, 'read', p).allowed;
  });
  const targets = await targetsOf(
    db,
    visible.map((r) => r.id),
  );
  const nonPublic = visible.filter((r) => r.classification !== 'public').map((r) => r.id);
  if (nonPublic.length) {
    await auditRead(db, {
      action: 'record.list',
      actor,
      targetType: 'record',
      requestId,
      details: { ids: nonPublic },
    });
  }
  return visible.map((r) => present(r, targets.get(r.id) ?? []));
}

/**
 * Discloses one or many records (mass data) to one or more authorities in ONE transaction: every
 * record must be the actor's to disclose, and the competence engine must allow every (categories,
 * recipient) pair; otherwise nothing is written and the answer lists why.
 */
export async function discloseRecords(
  db: Db,
  actor: Actor,
  body: TDiscloseBody,
  requestId: string,
  /** Runs in the disclosure's transaction (e.g. marking a request granted): all or nothing. */
  also?: (
    tx: Db,
    created: { recordId: string; to: string; id: string; legalBasis: string }[],
  ) => Promise<void>,
) {
  const policies = await loadRecordPolicies(db, body.recordIds);
  for (const id of body.recordIds) {
    const p = policies.get(id);
    if (!p || !decide(actor, 'read', p).allowed) throw notFound(`Record ${id}`);
    if (!decide(actor, 'disclose', p).allowed)
      throw new AppError('forbidden', 'Only the owner authority may disclose');
  }
  const rows = await db.select().from(records).where(inArray(records.id, body.recordIds));
  // One engine decision per distinct (categories, recipient): a mass disclosure of thousands of
  // records with the same categories costs a handful of decisions.
  const decisions = new Map<string, Awaited<ReturnType<typeof decideDisclosureNow>>>();
  const refused: { recordIds: string[]; to: string; explanation: unknown }[] = [];
  for (const row of rows) {
    for (const to of body.to) {
      const key = `${[...row.categories].sort().join(',')}→${to}`;
      let decision = decisions.get(key);
      if (!decision) {
        decision = await decideDisclosureNow(db, {
          from: actor.authority,
          to: to as AuthorityCode,
          categories: row.categories,
          purpose: body.purpose,
          initiative: body.initiative,
          confirmed: body.confirmed,
        });
        decisions.set(key, decision);
      }
      if (!decision.allowed) {
        const existing = refused.find((r) => r.to === to && r.explanation === decision.explanation);
        if (existing) existing.recordIds.push(row.id);
        else refused.push({ recordIds: [row.id], to, explanation: decision.explanation });
      }
    }
  }
  if (refused.length) {
    throw new AppError('forbidden', 'The law does not allow this disclosure', { refused });
  }
  // The events name the records' targets, so watchers of a target hear of records about it they now see.
  const targetsByRecord = await targetsOf(db, body.recordIds);
  return db.transaction(async (tx) => {
    const created: { recordId: string; to: string; id: string; legalBasis: string }[] = [];
    for (const row of rows) {
      for (const to of body.to) {
        const decision = decisions.get(`${[...row.categories].sort().join(',')}→${to}`)!;
        const legalBasis =
          decision.legalBases.map((b) => `${b.lawNumber} ${b.section}`).join('; ') || decision.mode;
        const [d] = await tx
          .insert(recordDisclosures)
          .values({
            recordId: row.id,
            toAuthority: to,
            purpose: body.purpose,
            legalBasis,
            ruleVersions: decision.ruleVersions,
            disclosedBy: actor.userId,
          })
          .returning({ id: recordDisclosures.id });
        created.push({ recordId: row.id, to, id: d!.id, legalBasis });
        await writeAudit(tx, {
          action: 'record.disclose',
          actor,
          targetType: 'record',
          targetId: row.id,
          purpose: body.purpose,
          legalBasis,
          requestId,
          details: {
            to,
            initiative: body.initiative,
            mode: decision.mode,
            ruleVersions: decision.ruleVersions,
          },
        });
      }
      await emitEvent(tx, {
        type: 'record.disclosed',
        subjectType: 'record',
        subjectId: row.id,
        targetIds: (targetsByRecord.get(row.id) ?? []).map((target) => target.id),
        data: { kind: row.kind },
        actorUserId: actor.userId,
      });
    }
    if (also) await also(tx, created);
    return { disclosures: created };
  });
}

/** Ends a recipient's access. Only the owner authority's caseworkers may revoke. */
export async function revokeDisclosure(db: Db, actor: Actor, disclosureId: string, requestId: string) {
  const [d] = await db.select().from(recordDisclosures).where(eq(recordDisclosures.id, disclosureId));
  if (!d) throw notFound('Disclosure');
  const policy = (await loadRecordPolicies(db, [d.recordId])).get(d.recordId);
  if (!policy || !decide(actor, 'disclose', policy).allowed) throw notFound('Disclosure');
  if (d.revokedAt) return { id: d.id, revokedAt: d.revokedAt.toISOString() };
  return db.transaction(async (tx) => {
    const revokedAt = new Date();
    await tx.update(recordDisclosures).set({ revokedAt }).where(eq(recordDisclosures.id, d.id));
    await writeAudit(tx, {
      action: 'record.disclosure.revoke',
      actor,
      targetType: 'record',
      targetId: d.recordId,
      requestId,
      details: { disclosureId: d.id, to: d.toAuthority },
    });
    await emitEvent(tx, {
      type: 'record.revoked',
      subjectType: 'record',
      subjectId: d.recordId,
      actorUserId: actor.userId,
    });
    return { id: d.id, revokedAt: revokedAt.toISOString() };
  });
}

function addYears(date: Date, years: number): string {
  const d = new Date(date);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

export { present as presentRecord, targetsOf };
