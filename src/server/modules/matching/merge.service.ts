/**
 * Merging duplicate companies into one survivor, and splitting a merge again. A merge moves the
 * duplicate's links (records, worksites, employments, subcontracts) to the survivor, keeps the
 * duplicate's names as the survivor's former / auxiliary names, marks the duplicate 'merged' (kept,
 * never offered by matching), and stores exactly what moved in `company_merges`, so that a split
 * puts every link back. Both are audited and emit events; the owner authority's caseworkers decide
 * (decide(actor, 'update', …) on the survivor and on every duplicate).
 */
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { type Db, queryRows } from '../../platform/db/client.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/events/emit.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { companies } from '../register/register.tables.ts';
import { companyMerges, type MergeMoves } from './matching.tables.ts';

type CompanyRow = typeof companies.$inferSelect;

function requireEditable(actor: Actor, c: CompanyRow | undefined, id: string): CompanyRow {
  const policy = {
    ownerAuthority: (c?.ownerAuthority ?? '') as AuthorityCode,
    classification: c?.classification ?? 'secret',
    disclosedTo: [],
  };
  if (!c || !decide(actor, 'read', policy).allowed) throw notFound(`Company ${id}`);
  if (!decide(actor, 'update', policy).allowed)
    throw new AppError(
      'forbidden',
      'Only caseworkers of the owner authority may merge or split this company',
    );
  return c;
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

async function moveLinks(tx: Db, from: string, to: string): Promise<MergeMoves> {
  const moved = await queryRows<{ id: string }>(
    tx,
    sql`UPDATE record_targets rt SET target_id = ${to} WHERE rt.target_type = 'company' AND rt.target_id = ${from}
        AND NOT EXISTS (SELECT 1 FROM record_targets o WHERE o.record_id = rt.record_id
          AND o.target_type = 'company' AND o.target_id = ${to})
        RETURNING rt.record_id AS id`,
  );
  const dropped = await queryRows<{ id: string }>(
    tx,
    sql`DELETE FROM record_targets WHERE target_type = 'company' AND target_id = ${from} RETURNING record_id AS id`,
  );
  const worksites = await queryRows<{ id: string }>(
    tx,
    sql`UPDATE worksites SET company_id = ${to} WHERE company_id = ${from} RETURNING id`,
  );
  const employments = await queryRows<{ personId: string; role: string }>(
    tx,
    sql`UPDATE employments e SET company_id = ${to} WHERE e.company_id = ${from}
        AND NOT EXISTS (SELECT 1 FROM employments o WHERE o.person_id = e.person_id AND o.role = e.role
          AND o.company_id = ${to})
        RETURNING e.person_id AS "personId", e.role`,
  );
  const employmentsDropped = await queryRows<{ personId: string; role: string }>(
    tx,
    sql`DELETE FROM employments WHERE company_id = ${from} RETURNING person_id AS "personId", role`,
  );
  const subcontractsMain = await queryRows<{ subCompanyId: string }>(
    tx,
    sql`UPDATE subcontracts s SET main_company_id = ${to} WHERE s.main_company_id = ${from}
        AND s.sub_company_id <> ${to}
        AND NOT EXISTS (SELECT 1 FROM subcontracts o WHERE o.main_company_id = ${to} AND o.sub_company_id = s.sub_company_id)
        RETURNING s.sub_company_id AS "subCompanyId"`,
  );
  const subcontractsSub = await queryRows<{ mainCompanyId: string }>(
    tx,
    sql`UPDATE subcontracts s SET sub_company_id = ${to} WHERE s.sub_company_id = ${from}
        AND s.main_company_id <> ${to}
        AND NOT EXISTS (SELECT 1 FROM subcontracts o WHERE o.sub_company_id = ${to} AND o.main_company_id = s.main_company_id)
        RETURNING s.main_company_id AS "mainCompanyId"`,
  );
  const subcontractsDropped = await queryRows<{ mainCompanyId: string; subCompanyId: string }>(
    tx,
    sql`DELETE FROM subcontracts WHERE main_company_id = ${from} OR sub_company_id = ${from}
        RETURNING main_company_id AS "mainCompanyId", sub_company_id AS "subCompanyId"`,
  );
  return {
    recordTargets: ids(moved),
    recordTargetsDropped: ids(dropped),
    worksites: ids(worksites),
    employments,
    employmentsDropped,
    subcontractsMain,
    subcontractsSub,
    subcontractsDropped,
  };
}

const union = (a: readonly string[], b: readonly string[], except: readonly string[]) => [
  ...a,
  ...b.filter((x, i) => !a.includes(x) && !except.includes(x) && b.indexOf(x) === i),
];

export interface MergeInput {
  duplicateIds: string[];
  reason?: string | undefined;
}

/** Merges `duplicateIds` into `survivorId` in one transaction; returns the merge history rows. */
export async function mergeCompanies(
  db: Db,
  actor: Actor,
  survivorId: string,
  input: MergeInput,
  requestId: string,
) {
  const duplicateIds = [...new Set(input.duplicateIds)];
  if (duplicateIds.includes(survivorId)) throw conflict('A company cannot be merged into itself');
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(companies)
      .where(inArray(companies.id, [survivorId, ...duplicateIds]))
      .for('update');
    const byId = new Map(rows.map((r) => [r.id, r]));
    let survivor = requireEditable(actor, byId.get(survivorId), survivorId);
    if (survivor.status === 'merged')
      throw conflict('The survivor has itself been merged into another company');
    const merges = [];
    for (const id of duplicateIds) {
      const dup = requireEditable(actor, byId.get(id), id);
      if (dup.status === 'merged') throw conflict(`Company ${id} has already been merged`);
      const moves = await moveLinks(tx, id, survivorId);
      const former = union(survivor.formerNames, [dup.name, ...dup.formerNames], [survivor.name]);
      const auxiliary = union(survivor.auxiliaryNames, dup.auxiliaryNames, [survivor.name, ...former]);
      const namesAdded = {
        former: former.filter((n) => !survivor.formerNames.includes(n)),
        auxiliary: auxiliary.filter((n) => !survivor.auxiliaryNames.includes(n)),
      };
      const [updated] = await tx
        .update(companies)
        .set({ formerNames: former, auxiliaryNames: auxiliary, updatedAt: new Date() })
        .where(eq(companies.id, survivorId))
        .returning();
      survivor = updated!;
      await tx.update(companies).set({ status: 'merged', updatedAt: new Date() }).where(eq(companies.id, id));
      const [merge] = await tx
        .insert(companyMerges)
        .values({
          survivorId,
          duplicateId: id,
          duplicateStatus: dup.status,
          namesAdded,
          moves,
          reason: input.reason ?? null,
          authority: actor.authority,
          mergedBy: actor.userId,
        })
        .returning();
      await writeAudit(tx, {
        action: 'company.merge',
        actor,
        targetType: 'company',
        targetId: survivorId,
        requestId,
        details: {
          mergeId: merge!.id,
          duplicateId: id,
          duplicateBusinessId: dup.businessId,
          reason: input.reason ?? null,
          moved: {
            records: moves.recordTargets.length + moves.recordTargetsDropped.length,
            worksites: moves.worksites.length,
            employments: moves.employments.length + moves.employmentsDropped.length,
            subcontracts:
              moves.subcontractsMain.length + moves.subcontractsSub.length + moves.subcontractsDropped.length,
          },
        },
      });
      await emitEvent(tx, {
        type: 'target.merged',
        // A 'target' subject, like every target event: delivery follows the company's own policy.
        subjectType: 'target',
        subjectId: survivorId,
        targetIds: [survivorId, id],
        data: { targetType: 'company', mergeId: merge!.id, duplicateId: id },
        actorUserId: actor.userId,
      });
      merges.push(presentMerge(merge!));
    }
    return { survivorId, merges };
  });
}

/** Undoes one merge: links, names and the duplicate's status go back as they were. */
export async function splitMerge(
  db: Db,
  actor: Actor,
  survivorId: string,
  mergeId: string,
  requestId: string,
) {
  return db.transaction(async (tx) => {
    const [merge] = await tx
      .select()
      .from(companyMerges)
      .where(and(eq(companyMerges.id, mergeId), eq(companyMerges.survivorId, survivorId)))
      .for('update');
    if (!merge) throw notFound('Merge');
    if (merge.splitAt) throw conflict('This merge has already been split');
    const rows = await tx
      .select()
      .from(companies)
      .where(inArray(companies.id, [survivorId, merge.duplicateId]))
      .for('update');
    const survivor = requireEditable(
      actor,
      rows.find((r) => r.id === survivorId),
      survivorId,
    );
    requireEditable(
      actor,
      rows.find((r) => r.id === merge.duplicateId),
      merge.duplicateId,
    );
    const dup = merge.duplicateId;
    const m = merge.moves;
    const back = (values: string[]) => sql`string_to_array(${values.join(',')}, ',')::uuid[]`;
    if (m.recordTargets.length) {
      await tx.execute(sql`UPDATE record_targets SET target_id = ${dup} WHERE target_type = 'company'
        AND target_id = ${survivorId} AND record_id = ANY(${back(m.recordTargets)})`);
    }
    if (m.recordTargetsDropped.length) {
      await tx.execute(sql`INSERT INTO record_targets (record_id, target_type, target_id)
        SELECT r, 'company', ${dup}::uuid FROM unnest(${back(m.recordTargetsDropped)}) AS r
        WHERE EXISTS (SELECT 1 FROM records WHERE id = r) ON CONFLICT DO NOTHING`);
    }
    if (m.worksites.length) {
      await tx.execute(sql`UPDATE worksites SET company_id = ${dup} WHERE company_id = ${survivorId}
        AND id = ANY(${back(m.worksites)})`);
    }
    for (const e of m.employments) {
      await tx.execute(sql`UPDATE employments SET company_id = ${dup} WHERE company_id = ${survivorId}
        AND person_id = ${e.personId} AND role = ${e.role}`);
    }
    for (const e of m.employmentsDropped) {
      await tx.execute(sql`INSERT INTO employments (person_id, company_id, role)
        SELECT ${e.personId}::uuid, ${dup}::uuid, ${e.role} WHERE EXISTS (SELECT 1 FROM persons WHERE id = ${e.personId})
        ON CONFLICT DO NOTHING`);
    }
    for (const s of m.subcontractsMain) {
      await tx.execute(sql`UPDATE subcontracts SET main_company_id = ${dup} WHERE main_company_id = ${survivorId}
        AND sub_company_id = ${s.subCompanyId}`);
    }
    for (const s of m.subcontractsSub) {
      await tx.execute(sql`UPDATE subcontracts SET sub_company_id = ${dup} WHERE sub_company_id = ${survivorId}
        AND main_company_id = ${s.mainCompanyId}`);
    }
    for (const s of m.subcontractsDropped) {
      await tx.execute(sql`INSERT INTO subcontracts (main_company_id, sub_company_id)
        VALUES (${s.mainCompanyId}, ${s.subCompanyId}) ON CONFLICT DO NOTHING`);
    }
    await tx
      .update(companies)
      .set({
        formerNames: survivor.formerNames.filter((n) => !merge.namesAdded.former.includes(n)),
        auxiliaryNames: survivor.auxiliaryNames.filter((n) => !merge.namesAdded.auxiliary.includes(n)),
        updatedAt: new Date(),
      })
      .where(eq(companies.id, survivorId));
    await tx
      .update(companies)
      .set({ status: merge.duplicateStatus, updatedAt: new Date() })
      .where(eq(companies.id, dup));
    const [split] = await tx
      .update(companyMerges)
      .set({ splitAt: new Date(), splitBy: actor.userId })
      .where(and(eq(companyMerges.id, mergeId), isNull(companyMerges.splitAt)))
      .returning();
    await writeAudit(tx, {
      action: 'company.split',
      actor,
      targetType: 'company',
      targetId: survivorId,
      requestId,
      details: { mergeId, duplicateId: dup },
    });
    await emitEvent(tx, {
      type: 'target.split',
      subjectType: 'target',
      subjectId: survivorId,
      targetIds: [survivorId, dup],
      data: { targetType: 'company', mergeId, duplicateId: dup },
      actorUserId: actor.userId,
    });
    return presentMerge(split!);
  });
}

/** The merge history of a company (as survivor or as duplicate), newest first. */
export async function listMerges(db: Db, actor: Actor, companyId: string) {
  const [c] = await db.select().from(companies).where(eq(companies.id, companyId));
  const policy = {
    ownerAuthority: (c?.ownerAuthority ?? '') as AuthorityCode,
    classification: c?.classification ?? 'secret',
    disclosedTo: [],
  };
  if (!c || !decide(actor, 'read', policy).allowed) throw notFound('Company');
  const merges = await db
    .select()
    .from(companyMerges)
    .where(or(eq(companyMerges.survivorId, companyId), eq(companyMerges.duplicateId, companyId)));
  return merges.sort((a, b) => b.mergedAt.getTime() - a.mergedAt.getTime()).map(presentMerge);
}

function presentMerge(m: typeof companyMerges.$inferSelect) {
  return {
    id: m.id,
    survivorId: m.survivorId,
    duplicateId: m.duplicateId,
    namesAdded: m.namesAdded,
    moved: {
      records: m.moves.recordTargets.length + m.moves.recordTargetsDropped.length,
      worksites: m.moves.worksites.length,
      employments: m.moves.employments.length + m.moves.employmentsDropped.length,
      subcontracts:
        m.moves.subcontractsMain.length + m.moves.subcontractsSub.length + m.moves.subcontractsDropped.length,
    },
    reason: m.reason,
    authority: m.authority,
    mergedAt: m.mergedAt.toISOString(),
    splitAt: m.splitAt?.toISOString() ?? null,
  };
}
