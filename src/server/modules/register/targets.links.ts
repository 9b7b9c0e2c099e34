/**
 * Links between targets: subcontracting (main contractor → subcontractor, any depth, never a cycle)
 * and person–company roles (employee, owner, board member). A link needs both ends visible to the
 * actor; links carry no content of their own, so any caseworker who sees both ends may make or remove
 * one — audited either way.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { writeAudit } from '../../platform/audit/audit.ts';
import { type Db, queryRows } from '../../platform/db/client.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/events/emit.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import type { TargetType } from './record-targets.table.ts';
import { employments, subcontracts } from './register.tables.ts';
import { requireTarget } from './targets.policy.ts';
import type { ZEmploymentInput, ZSubcontractInput } from './targets.schemas.ts';

/** Serialises subcontract changes, so two concurrent links cannot close a cycle together. */
const SUBCONTRACT_LOCK = 7_420_101;

/** The chain sub → … → main already in the register, if adding main → sub would close a cycle. */
async function cycleThrough(db: Db, main: string, sub: string): Promise<string[] | null> {
  if (main === sub) return [main, sub];
  const rows = await queryRows<{ path: string[] }>(
    db,
    sql`
    WITH RECURSIVE down(id, path) AS (
      SELECT ${sub}::uuid, ARRAY[${sub}::uuid]
      UNION ALL
      SELECT s.sub_company_id, d.path || s.sub_company_id
      FROM ${subcontracts} s JOIN down d ON s.main_company_id = d.id
      WHERE NOT s.sub_company_id = ANY(d.path) AND cardinality(d.path) < 1000
    )
    SELECT path::text[] AS path FROM down WHERE id = ${main}::uuid LIMIT 1`,
  );
  const path = rows[0]?.path;
  return path ? [main, ...path] : null;
}

async function linkEvent(tx: Db, actor: Actor, type: string, ids: string[], data: Record<string, unknown>) {
  await emitEvent(tx, {
    type,
    subjectType: 'target',
    subjectId: ids[0]!,
    targetIds: ids,
    data,
    actorUserId: actor.userId,
  });
}

export async function addSubcontract(
  db: Db,
  actor: Actor,
  input: z.infer<typeof ZSubcontractInput>,
  requestId: string,
) {
  await requireTarget(db, actor, 'company', input.mainCompanyId);
  await requireTarget(db, actor, 'company', input.subCompanyId);
  if (input.worksiteId) await requireTarget(db, actor, 'worksite', input.worksiteId);
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SUBCONTRACT_LOCK})`);
    const cycle = await cycleThrough(tx, input.mainCompanyId, input.subCompanyId);
    if (cycle) {
      throw new AppError('bad_request', 'This link would make the subcontracting chain a cycle', { cycle });
    }
    const link = {
      mainCompanyId: input.mainCompanyId,
      subCompanyId: input.subCompanyId,
      worksiteId: input.worksiteId ?? null,
    };
    await tx
      .insert(subcontracts)
      .values(link)
      .onConflictDoUpdate({
        target: [subcontracts.mainCompanyId, subcontracts.subCompanyId],
        set: { worksiteId: link.worksiteId },
      });
    await writeAudit(tx, {
      action: 'target.link',
      actor,
      targetType: 'company',
      targetId: input.mainCompanyId,
      requestId,
      details: { link: 'subcontract', ...link },
    });
    await linkEvent(tx, actor, 'target.linked', [input.mainCompanyId, input.subCompanyId], {
      link: 'subcontract',
    });
    return link;
  });
}

export async function removeSubcontract(db: Db, actor: Actor, main: string, sub: string, requestId: string) {
  await requireTarget(db, actor, 'company', main);
  await requireTarget(db, actor, 'company', sub);
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(subcontracts)
      .where(and(eq(subcontracts.mainCompanyId, main), eq(subcontracts.subCompanyId, sub)))
      .returning();
    if (!removed.length) throw notFound('Link');
    await writeAudit(tx, {
      action: 'target.unlink',
      actor,
      targetType: 'company',
      targetId: main,
      requestId,
      details: { link: 'subcontract', mainCompanyId: main, subCompanyId: sub },
    });
    await linkEvent(tx, actor, 'target.unlinked', [main, sub], { link: 'subcontract' });
  });
}

export async function addEmployment(
  db: Db,
  actor: Actor,
  input: z.infer<typeof ZEmploymentInput>,
  requestId: string,
) {
  await requireTarget(db, actor, 'person', input.personId);
  await requireTarget(db, actor, 'company', input.companyId);
  const link = {
    personId: input.personId,
    companyId: input.companyId,
    role: input.role,
    permitType: input.permitType ?? null,
    startedOn: input.startedOn ?? null,
  };
  return db.transaction(async (tx) => {
    await tx
      .insert(employments)
      .values(link)
      .onConflictDoUpdate({
        target: [employments.personId, employments.companyId, employments.role],
        set: { permitType: link.permitType, startedOn: link.startedOn },
      });
    await writeAudit(tx, {
      action: 'target.link',
      actor,
      targetType: 'person' satisfies TargetType,
      targetId: input.personId,
      requestId,
      details: { link: 'employment', companyId: input.companyId, role: input.role },
    });
    await linkEvent(tx, actor, 'target.linked', [input.personId, input.companyId], { link: 'employment' });
    return link;
  });
}

export async function removeEmployment(
  db: Db,
  actor: Actor,
  key: { personId: string; companyId: string; role: string },
  requestId: string,
) {
  await requireTarget(db, actor, 'person', key.personId);
  await requireTarget(db, actor, 'company', key.companyId);
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(employments)
      .where(
        and(
          eq(employments.personId, key.personId),
          eq(employments.companyId, key.companyId),
          eq(employments.role, key.role),
        ),
      )
      .returning();
    if (!removed.length) throw notFound('Link');
    await writeAudit(tx, {
      action: 'target.unlink',
      actor,
      targetType: 'person',
      targetId: key.personId,
      requestId,
      details: { link: 'employment', companyId: key.companyId, role: key.role },
    });
    await linkEvent(tx, actor, 'target.unlinked', [key.personId, key.companyId], { link: 'employment' });
  });
}
